@NullMarked
package io.clientele.billing.ui;

import org.jspecify.annotations.NullMarked;
