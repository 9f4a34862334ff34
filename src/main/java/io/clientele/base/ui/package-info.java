@NullMarked
package io.clientele.base.ui;

import org.jspecify.annotations.NullMarked;
