@NullMarked
package io.clientele.settings;

import org.jspecify.annotations.NullMarked;
