@NullMarked
package io.clientele.client.imports;

import org.jspecify.annotations.NullMarked;
