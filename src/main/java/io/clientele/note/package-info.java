@NullMarked
package io.clientele.note;

import org.jspecify.annotations.NullMarked;
