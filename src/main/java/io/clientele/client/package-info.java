@NullMarked
package io.clientele.client;

import org.jspecify.annotations.NullMarked;
