/**
 * Support requests: a Client Center login writes to the back office (subject, message, an optional file under the
 * attachment rules, an optional link to one of its client's documents or projects) and both sides reply in a thread
 * of plain-text messages; staff assign and close requests. The requests belong to the client and are read through
 * {@link io.clientele.client.ClientScope}, like everything else of a client.
 */
@NullMarked
package io.clientele.helpdesk;

import org.jspecify.annotations.NullMarked;
