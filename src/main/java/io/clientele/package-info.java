@NullMarked
package io.clientele;

import org.jspecify.annotations.NullMarked;
