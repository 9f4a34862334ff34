/**
 * Scheduled statements: each client's choice of monthly or quarterly statement e-mails (optionally with its open
 * invoices), the job that sends each period's statement once to the contacts marked to receive statements, "Send
 * statement now", and the log of what went out. The statement PDF and the e-mail belong to billing, the recipients'
 * flag to contacts; this feature reaches them through their services.
 */
@NullMarked
package io.clientele.statement;

import org.jspecify.annotations.NullMarked;
