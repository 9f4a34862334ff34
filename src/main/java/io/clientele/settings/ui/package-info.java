@NullMarked
package io.clientele.settings.ui;

import org.jspecify.annotations.NullMarked;
