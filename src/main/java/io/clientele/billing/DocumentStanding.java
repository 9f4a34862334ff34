package io.clientele.billing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * How an invoice's or quote's status reads, one rule for the back office and the Client Center alike: the status
 * itself, and for a sent invoice with money still open whether it is partly paid or not paid yet. Each label is a
 * translation key with a tone ({@code success}, {@code error}, {@code primary}, {@code contrast}, {@code warning})
 * that the views turn into a badge.
 */
public final class DocumentStanding {

    /** One badge: its translation key and its tone. */
    public record Label(String key, String tone) {}

    private DocumentStanding() {}

    /** The labels of a document in a list. */
    public static List<Label> of(DocumentType type, DocumentRow row) {
        return type == DocumentType.INVOICE
                ? ofInvoice(InvoiceStatus.valueOf(row.status()), row.total(), row.balance(), row.disputed())
                : ofQuote(QuoteStatus.valueOf(row.status()));
    }

    /** The labels of an invoice: its status, how much of it is paid, and whether the client disputes it. */
    public static List<Label> ofInvoice(InvoiceStatus s, BigDecimal total, BigDecimal balance, boolean disputed) {
        List<Label> labels = new ArrayList<>();
        labels.add(new Label(
                "billing.status.invoice." + s.name(),
                switch (s) {
                    case PAID -> "success";
                    case OVERDUE -> "error";
                    case SENT, VIEWED -> "primary";
                    case DRAFT, CANCELLED -> "contrast";
                }));
        boolean open = (s == InvoiceStatus.SENT || s == InvoiceStatus.VIEWED) && balance.signum() > 0;
        if (open && balance.compareTo(total) < 0) {
            labels.add(new Label("billing.status.partly-paid", "warning"));
        } else if (open) {
            labels.add(new Label("billing.status.not-paid", "warning"));
        }
        if (balance.signum() < 0) {
            // A credit note took back more than was still open: money goes back to the client.
            labels.add(new Label("billing.status.refund-due", "warning"));
        }
        if (disputed) {
            labels.add(new Label("billing.status.disputed", "error"));
        }
        return labels;
    }

    public static List<Label> ofQuote(QuoteStatus s) {
        return List.of(new Label(
                "billing.status.quote." + s.name(),
                switch (s) {
                    case APPROVED, CONVERTED -> "success";
                    case REJECTED -> "error";
                    case SENT, VIEWED -> "primary";
                    case DRAFT -> "contrast";
                }));
    }
}
