@NullMarked
package io.clientele.account;

import org.jspecify.annotations.NullMarked;
