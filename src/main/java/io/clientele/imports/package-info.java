@NullMarked
package io.clientele.imports;

import org.jspecify.annotations.NullMarked;
