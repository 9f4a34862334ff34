/** The Statements tab of the client overview: the schedule, the next statement, "Send statement now" and the log. */
@NullMarked
package io.clientele.statement.ui;

import org.jspecify.annotations.NullMarked;
