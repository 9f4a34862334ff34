package io.clientele.billing;

import java.time.LocalDate;
import java.util.List;

/**
 * A client statement to e-mail.
 *
 * @param from               first day of the period
 * @param to                 last day of the period
 * @param attachOpenInvoices whether the client's open invoices go with the statement (at most
 *                           {@link DocumentMailService#STATEMENT_INVOICES_MAX}, oldest first)
 * @param recipients         the addresses it goes to, all in To (the statement feature picks them)
 */
public record StatementMail(LocalDate from, LocalDate to, boolean attachOpenInvoices, List<String> recipients) {

    public StatementMail {
        recipients = List.copyOf(recipients);
    }
}
