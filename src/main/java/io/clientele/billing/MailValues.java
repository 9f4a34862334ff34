package io.clientele.billing;

import io.clientele.base.mail.MailIdentity;
import io.clientele.base.mail.MailTexts;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The values billing's e-mail templates are filled with, formatted in the recipient's language: one place for the
 * mails themselves and for the editor's preview, so that the preview shows what a client would read.
 */
@Component
class MailValues {

    private static final Set<String> ISSUED_INVOICES = Set.of(
            InvoiceStatus.SENT.name(),
            InvoiceStatus.VIEWED.name(),
            InvoiceStatus.OVERDUE.name(),
            InvoiceStatus.PAID.name());
    private static final Set<String> ISSUED_QUOTES = Set.of(
            QuoteStatus.SENT.name(),
            QuoteStatus.VIEWED.name(),
            QuoteStatus.APPROVED.name(),
            QuoteStatus.REJECTED.name());

    private final InvoiceService invoices;
    private final QuoteService quotes;
    private final CreditNoteService creditNotes;
    private final PublicLinks links;
    private final MailIdentity identity;
    private final DocumentPdfService pdfs;

    MailValues(
            InvoiceService invoices,
            QuoteService quotes,
            CreditNoteService creditNotes,
            PublicLinks links,
            MailIdentity identity,
            DocumentPdfService pdfs) {
        this.pdfs = pdfs;
        this.invoices = invoices;
        this.quotes = quotes;
        this.creditNotes = creditNotes;
        this.links = links;
        this.identity = identity;
    }

    /**
     * The values of a document's mail. A value that does not apply (a quote without validity date, an invoice without
     * public link) is absent, so that its line is left out.
     */
    Map<String, String> of(BillingDocument document, @Nullable String publicUrl, Locale locale) {
        Map<String, String> values = new HashMap<>();
        values.put("{client.name}", document.getClient().getName());
        values.put("{company.name}", identity.senderName());
        String prefix = switch (document.getType()) {
            case INVOICE -> "invoice";
            case QUOTE -> "quote";
            case CREDIT_NOTE -> "credit-note";
        };
        values.put("{" + prefix + ".number}", document.getNumber() == null ? "" : document.getNumber());
        values.put("{" + prefix + ".total}", BillingFormat.money(document.getTotal(), document.getCurrency(), locale));
        if (document.getType() == DocumentType.INVOICE) {
            values.put("{invoice.balance}", BillingFormat.money(document.getBalance(), document.getCurrency(), locale));
        }
        if (document.getDueDate() != null) {
            String date = BillingFormat.date(document.getDueDate(), locale);
            values.put(
                    document.getType() == DocumentType.QUOTE ? "{quote.valid-until}" : "{" + prefix + ".due-date}",
                    date);
        }
        if (publicUrl != null) {
            values.put("{public.link}", publicUrl);
        }
        return values;
    }

    /**
     * The values of a client's statement e-mail for a period: the client, the sender, the period as the client's
     * language writes a date range, and the balance at its end in the client's currency (issue 22: with the
     * subsidiaries' if the statement rolls them up).
     */
    Map<String, String> statement(
            io.clientele.client.Client client,
            LocalDate from,
            LocalDate to,
            Locale locale,
            boolean includeSubsidiaries) {
        Map<String, String> values = new HashMap<>();
        values.put("{client.name}", client.getName());
        values.put("{company.name}", identity.senderName());
        values.put(
                "{statement.period}",
                new MailTexts(DocumentMailService.MAIL_BUNDLE, locale)
                        .text(
                                "mail.statement.period",
                                BillingFormat.date(from, locale),
                                BillingFormat.date(to, locale)));
        values.put(
                "{statement.balance}",
                BillingFormat.money(
                        pdfs.statementClosing(Objects.requireNonNull(client.getId()), to, includeSubsidiaries),
                        client.getCurrency(),
                        locale));
        return values;
    }

    /** Preview values of a statement: last month's of the client of the newest issued invoice, or null. */
    @Nullable
    Map<String, String> statementSample(Locale locale) {
        List<DocumentRow> rows = invoices.list(BillingFilter.all().withStatuses(ISSUED_INVOICES), PageRequest.of(0, 1));
        if (rows.isEmpty()) {
            return null;
        }
        LocalDate lastMonth = LocalDate.now().minusMonths(1);
        return statement(
                invoices.get(rows.getFirst().id()).getClient(),
                lastMonth.withDayOfMonth(1),
                lastMonth.withDayOfMonth(lastMonth.lengthOfMonth()),
                locale,
                false);
    }

    /** The values of a late-fee invoice a reminder names. */
    void addFee(Map<String, String> values, Invoice fee, String feeUrl, Locale locale) {
        values.put("{fee.amount}", BillingFormat.money(fee.getTotal(), fee.getCurrency(), locale));
        values.put("{fee.number}", String.valueOf(fee.getNumber()));
        values.put("{fee.link}", feeUrl);
    }

    /**
     * Preview values from the newest issued document of the type the caller may see, or null when there is none. The
     * public link is the invoice's own if it has one; a preview creates none.
     */
    @Nullable
    Map<String, String> sample(DocumentType type, Locale locale) {
        PageRequest first = PageRequest.of(0, 1);
        return switch (type) {
            case INVOICE -> {
                List<DocumentRow> rows = invoices.list(BillingFilter.all().withStatuses(ISSUED_INVOICES), first);
                if (rows.isEmpty()) {
                    yield null;
                }
                Invoice invoice = invoices.get(rows.getFirst().id());
                String token = invoice.getPublicToken();
                yield of(invoice, links.invoiceUrl(token == null ? "…" : token), locale);
            }
            case QUOTE -> {
                List<DocumentRow> rows = quotes.list(BillingFilter.all().withStatuses(ISSUED_QUOTES), first);
                yield rows.isEmpty() ? null : of(quotes.get(rows.getFirst().id()), null, locale);
            }
            case CREDIT_NOTE -> {
                List<CreditNoteRow> rows = creditNotes.list(BillingFilter.all(), first);
                yield rows.isEmpty() ? null : of(creditNotes.get(rows.getFirst().id()), null, locale);
            }
        };
    }
}
