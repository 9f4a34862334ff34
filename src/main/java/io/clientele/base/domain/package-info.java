@NullMarked
package io.clientele.base.domain;

import org.jspecify.annotations.NullMarked;
