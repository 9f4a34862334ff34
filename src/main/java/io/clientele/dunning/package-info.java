/**
 * Payment reminders (dunning): the installation's reminder schedule and each client's override or opt-out, the job
 * that e-mails each invoice's due step once, "Send reminder now", and the log of what went out. Invoices, their
 * disputed flag and the reminder e-mail itself belong to billing; this feature reaches them through its services.
 */
@NullMarked
package io.clientele.dunning;

import org.jspecify.annotations.NullMarked;
