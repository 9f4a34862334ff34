/**
 * The back office's home page: what needs attention today across billing, CRM and clients, scoped to the clients the
 * user may see. Reads other features only through their public services.
 */
@NullMarked
package io.clientele.dashboard;

import org.jspecify.annotations.NullMarked;
