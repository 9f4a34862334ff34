/** The Client Center: what a client's own users see of their records, read-only and scoped to their client. */
@NullMarked
package io.clientele.portal;

import org.jspecify.annotations.NullMarked;
