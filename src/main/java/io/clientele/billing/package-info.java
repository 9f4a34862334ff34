@NullMarked
package io.clientele.billing;

import org.jspecify.annotations.NullMarked;
