@NullMarked
package io.clientele.dashboard.ui;

import org.jspecify.annotations.NullMarked;
