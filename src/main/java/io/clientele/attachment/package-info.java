@NullMarked
package io.clientele.attachment;

import org.jspecify.annotations.NullMarked;
