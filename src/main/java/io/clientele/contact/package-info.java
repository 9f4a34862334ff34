@NullMarked
package io.clientele.contact;

import org.jspecify.annotations.NullMarked;
