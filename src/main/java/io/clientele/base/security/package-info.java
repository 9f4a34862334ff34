@NullMarked
package io.clientele.base.security;

import org.jspecify.annotations.NullMarked;
