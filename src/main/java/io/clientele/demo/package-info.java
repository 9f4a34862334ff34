@NullMarked
package io.clientele.demo;

import org.jspecify.annotations.NullMarked;
