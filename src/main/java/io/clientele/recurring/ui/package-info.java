@NullMarked
package io.clientele.recurring.ui;

import org.jspecify.annotations.NullMarked;
