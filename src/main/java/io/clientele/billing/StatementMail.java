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
 * @param includeSubsidiaries issue 22: the statement of a parent company also lists its subsidiaries' documents, as
 *                           {@link DocumentPdfService#statementPdf(long, LocalDate, LocalDate, PdfLanguage, boolean)}
 *                           does for the caller (the job: every live subsidiary)
 */
public record StatementMail(
        LocalDate from,
        LocalDate to,
        boolean attachOpenInvoices,
        List<String> recipients,
        boolean includeSubsidiaries) {

    public StatementMail {
        recipients = List.copyOf(recipients);
    }

    /** A statement of the client alone. */
    public StatementMail(LocalDate from, LocalDate to, boolean attachOpenInvoices, List<String> recipients) {
        this(from, to, attachOpenInvoices, recipients, false);
    }
}
