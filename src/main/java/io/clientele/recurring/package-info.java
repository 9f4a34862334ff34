@NullMarked
package io.clientele.recurring;

import org.jspecify.annotations.NullMarked;
