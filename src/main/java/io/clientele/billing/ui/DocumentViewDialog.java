package io.clientele.billing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import io.clientele.base.domain.LocalizedFormat;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.ui.Downloads;
import io.clientele.base.ui.Fields;
import io.clientele.base.ui.Formats;
import io.clientele.base.ui.Notifications;
import io.clientele.billing.BillingDocument;
import io.clientele.billing.CreditNote;
import io.clientele.billing.DocumentLine;
import io.clientele.billing.DocumentType;
import io.clientele.billing.Invoice;
import io.clientele.billing.Parties;
import io.clientele.billing.PdfLanguage;
import io.clientele.billing.Quote;
import io.clientele.billing.QuoteResponse;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An issued invoice or quote as the record it is: parties as frozen at issue, lines, totals, who issued it and when,
 * and for an invoice its credit notes. Nothing printed can be changed here; only the staff-only internal notes.
 */
public class DocumentViewDialog extends Dialog {

    final TextArea internalNotes = new TextArea();
    final Button saveNotes = new Button();
    final Div creditNotes = new Div();

    @Nullable
    Button openInvoice;

    private DocumentViewDialog(BillingEditors editors, BillingDocument document, Runnable afterChange) {
        setId("document-view");
        setWidth("min(64rem, 96vw)");
        boolean invoice = document.getType() == DocumentType.INVOICE;
        String number = document.getNumber() == null ? getTranslation("billing.number.draft") : document.getNumber();
        setHeaderTitle(getTranslation(invoice ? "billing.view.invoice" : "billing.view.quote", number));

        FlexLayout facts = new FlexLayout();
        facts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        facts.addClassName("document-facts");
        String status = invoice
                ? getTranslation("billing.status.invoice."
                        + ((Invoice) document).getStatus().name())
                : getTranslation(
                        "billing.status.quote." + ((Quote) document).getStatus().name());
        facts.add(Formats.fact(getTranslation("billing.column.status"), new Span(status)));
        facts.add(Formats.fact(
                getTranslation("billing.field.issue-date"),
                new Span(LocalizedFormat.date(document.getIssueDate(), getLocale()))));
        if (document.getDueDate() != null) {
            facts.add(Formats.fact(
                    getTranslation(invoice ? "billing.field.due-date" : "billing.column.valid-until"),
                    new Span(LocalizedFormat.date(document.getDueDate(), getLocale()))));
        }
        if (document.getIssuedAt() != null) {
            String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(getLocale())
                    .withZone(ZoneId.systemDefault())
                    .format(document.getIssuedAt());
            String who =
                    document.getIssuedBy() == null ? getTranslation("billing.view.system") : document.getIssuedBy();
            Span issued = new Span(getTranslation("billing.view.issued-by", who, when));
            issued.setId("document-issued-by");
            facts.add(Formats.fact(getTranslation("billing.view.issued"), issued));
        }
        if (document.getLanguage() != null) {
            facts.add(Formats.fact(
                    getTranslation("client.field.language"),
                    new Span(LocalizedFormat.languageName(document.getLanguage(), getLocale()))));
        }
        add(facts, parties(document.parties(), document.getForName()), lines(document), totals(document));

        if (document instanceof Quote answered) {
            // The client's answer from the Client Center: who, when, the typed signature, PO number and note.
            editors.quoteResponses.latestFor(answered).ifPresent(r -> {
                String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(getLocale())
                        .withZone(ZoneId.systemDefault())
                        .format(r.getRespondedAt());
                Span answer = new Span(
                        r.getDecision() == QuoteResponse.Decision.ACCEPTED
                                ? getTranslation(
                                        "quoteaccept.office.accepted",
                                        r.getAccountName(),
                                        when,
                                        r.getSignedName(),
                                        r.getPoNumber() == null ? "–" : r.getPoNumber(),
                                        r.getNote() == null ? "–" : r.getNote())
                                : getTranslation("quoteaccept.office.declined", r.getAccountName(), when, r.getNote()));
                answer.setId("document-quote-answer");
                add(answer);
            });
        }
        if (document instanceof Quote quote && quote.getConvertedInvoiceId() != null) {
            long invoiceId = quote.getConvertedInvoiceId();
            openInvoice = new Button(getTranslation("billing.action.open-invoice"), e -> {
                close();
                editors.openInvoice(invoiceId, afterChange);
            });
            openInvoice.setId("document-open-invoice");
            openInvoice.addThemeVariants(ButtonVariant.TERTIARY);
            add(openInvoice);
        }
        if (document instanceof Invoice inv) {
            creditNotes.setId("document-credit-notes");
            List<CreditNote> notes = editors.creditNotes.forInvoice(inv.getId());
            if (!notes.isEmpty()) {
                creditNotes.add(new H4(getTranslation("billing.credit.title")));
                for (CreditNote note : notes) {
                    HorizontalLayout row = new HorizontalLayout();
                    row.add(new Span(note.getNumber() + " · " + LocalizedFormat.date(note.getIssueDate(), getLocale())
                            + " · " + LocalizedFormat.money(note.getTotal(), note.getCurrency(), getLocale())));
                    if (note.getForName() != null) {
                        // Issue 22: the note bills whom its invoice billed (the parent), for the subsidiary.
                        Span billed = new Span(getTranslation(
                                "parent.view.credit-billed", note.parties().buyerName(), note.getForName()));
                        billed.addClassName("credit-note-billed");
                        row.add(billed);
                    }
                    long noteId = note.getId();
                    row.add(Downloads.link(
                            getTranslation("billing.pdf.download"),
                            note.getNumber() + ".pdf",
                            Downloads.PDF,
                            () -> editors.pdfs.creditNotePdf(noteId, PdfLanguage.BACK_OFFICE)));
                    creditNotes.add(row);
                }
            }
            add(creditNotes);
            internalNotes.setId("document-internal-notes");
            internalNotes.setLabel(getTranslation("billing.field.internal-notes"));
            internalNotes.setHelperText(getTranslation("billing.field.internal-notes.help"));
            Fields.limit(internalNotes, BillingDocument.NOTES_MAX);
            internalNotes.setWidthFull();
            internalNotes.setValue(inv.getInternalNotes() == null ? "" : inv.getInternalNotes());
            saveNotes.setId("document-save-internal-notes");
            saveNotes.setText(getTranslation("billing.action.save-internal-notes"));
            saveNotes.addClickListener(e -> {
                try {
                    editors.invoices.saveInternalNotes(inv.getId(), internalNotes.getValue());
                    Notifications.success(getTranslation("billing.internal-notes.saved"));
                } catch (RuleViolationException ex) {
                    Notifications.error(getTranslation(ex.getMessageKey(), ex.getArguments()));
                }
            });
            add(internalNotes, saveNotes);
        }
        long id = document.getId();
        DocumentType type = document.getType();
        getFooter()
                .add(
                        Downloads.link(
                                getTranslation("billing.pdf.download"),
                                number + ".pdf",
                                Downloads.PDF,
                                () -> editors.pdfs.documentPdf(type, id, PdfLanguage.BACK_OFFICE)),
                        new Button(getTranslation("action.close"), e -> close()));
    }

    static DocumentViewDialog invoice(BillingEditors editors, Invoice invoice, Runnable afterChange) {
        return new DocumentViewDialog(editors, invoice, afterChange);
    }

    static DocumentViewDialog quote(BillingEditors editors, Quote quote, Runnable afterChange) {
        return new DocumentViewDialog(editors, quote, afterChange);
    }

    /**
     * Seller and buyer side by side, as the PDF prints them; issue 22: under the buyer, "For: subsidiary" when the
     * document was billed to the parent company (frozen on issue).
     */
    private Component parties(Parties parties, @Nullable String forName) {
        Div seller = block(
                "document-seller",
                getTranslation("billing.view.seller"),
                parties.sellerMissing() ? getTranslation("billing.view.seller-missing") : parties.sellerName(),
                taxId(parties.sellerTaxId()),
                parties.sellerAddress());
        Div buyer = block(
                "document-buyer",
                getTranslation("billing.view.bill-to"),
                parties.buyerName(),
                taxId(parties.buyerTaxId()),
                parties.billingAddress());
        if (forName != null) {
            Span billedFor = new Span(getTranslation("parent.view.for", forName));
            billedFor.setId("document-for");
            buyer.add(billedFor);
        }
        HorizontalLayout layout = new HorizontalLayout(seller, buyer);
        if (parties.distinctShippingAddress() != null) {
            layout.add(block(
                    "document-ship-to", getTranslation("billing.view.ship-to"), parties.distinctShippingAddress()));
        }
        layout.setWidthFull();
        return layout;
    }

    private @Nullable String taxId(@Nullable String taxId) {
        return taxId == null ? null : getTranslation("billing.view.tax-id", taxId);
    }

    private static Div block(String id, String title, @Nullable String... lines) {
        Div block = new Div(new H4(title));
        block.setId(id);
        block.addClassName("document-party");
        for (String line : lines) {
            if (line != null && !line.isBlank()) {
                Div text = new Div(line);
                text.getStyle().set("white-space", "pre-line");
                block.add(text);
            }
        }
        return block;
    }

    private Grid<DocumentLine> lines(BillingDocument document) {
        String currency = document.getCurrency();
        Grid<DocumentLine> grid = new Grid<>();
        grid.setId("document-lines");
        grid.addColumn(DocumentLine::getDescription)
                .setHeader(getTranslation("billing.line.description"))
                .setFlexGrow(3);
        grid.addColumn(l -> l.getQuantity().stripTrailingZeros().toPlainString())
                .setHeader(getTranslation("billing.line.quantity"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(l -> LocalizedFormat.money(l.getUnitPrice(), currency, getLocale()))
                .setHeader(getTranslation("billing.line.unit-price"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(l -> l.getTaxRate().stripTrailingZeros().toPlainString() + " %")
                .setHeader(getTranslation("billing.line.tax-rate"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(l -> LocalizedFormat.money(l.getAmount(), currency, getLocale()))
                .setHeader(getTranslation("billing.column.total"))
                .setTextAlign(ColumnTextAlign.END);
        // A document's own lines: a handful, loaded with it; nothing to page.
        grid.setItems(document.getLines());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Component totals(BillingDocument document) {
        String c = document.getCurrency();
        List<Component> facts = new ArrayList<>();
        facts.add(fact("billing.subtotal", document.getSubtotal(), c, "document-subtotal"));
        facts.add(fact("billing.tax", document.getTaxTotal(), c, "document-tax"));
        facts.add(fact("billing.total", document.getTotal(), c, "document-total"));
        if (document instanceof Invoice invoice) {
            if (invoice.getCreditedTotal().signum() != 0) {
                facts.add(fact("billing.view.credited", invoice.getCreditedTotal(), c, "document-credited"));
            }
            facts.add(fact("billing.view.paid", invoice.getPaidTotal(), c, "document-paid"));
            if (invoice.getRefundDue().signum() > 0) {
                facts.add(fact("billing.status.refund-due", invoice.getRefundDue(), c, "document-refund-due"));
            } else {
                facts.add(fact("billing.column.balance", invoice.getBalance(), c, "document-balance"));
            }
        }
        FlexLayout layout = new FlexLayout(facts.toArray(Component[]::new));
        layout.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        layout.addClassName("document-facts");
        return layout;
    }

    private Component fact(String key, BigDecimal amount, String currency, String id) {
        Span value = new Span(LocalizedFormat.money(amount, currency, getLocale()));
        value.setId(id);
        return Formats.fact(getTranslation(key), value);
    }
}
