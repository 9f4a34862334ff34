package io.clientele.portal;

import io.clientele.billing.DocumentStanding;
import io.clientele.client.PortalSections;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the Client Center shows; plain values, so views never hold entities. */
public final class PortalRecords {

    private PortalRecords() {}

    /**
     * The landing page: the client, what it owes (null when invoices are hidden from it) and its sections.
     */
    public record Dashboard(
            String clientName,
            String language,
            @Nullable BigDecimal amountOwed,
            String currency,
            long openInvoices,
            PortalSections sections) {}

    /**
     * An invoice or quote in a list; {@code status} is the status enum's name, {@code standing} how it reads (the
     * back office's labels, e.g. "Sent" and "Partly paid"); {@code einvoice} whether it was issued as an e-invoice
     * (Factur-X or XRechnung, frozen at issue), so the Client Center offers its XML.
     */
    public record Document(
            long id,
            String number,
            String status,
            LocalDate issueDate,
            @Nullable LocalDate dueDate,
            String currency,
            BigDecimal total,
            BigDecimal balance,
            List<DocumentStanding.Label> standing,
            boolean einvoice) {}

    public record Line(
            String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal taxRate, BigDecimal amount) {}

    /** An invoice or quote with its lines and totals. */
    public record DocumentDetail(
            Document document,
            String clientName,
            @Nullable String billingAddress,
            @Nullable String notes,
            BigDecimal subtotal,
            BigDecimal taxTotal,
            BigDecimal paidTotal,
            List<Line> lines) {}

    public record Payment(
            long id,
            LocalDate date,
            String invoiceNumber,
            BigDecimal amount,
            String currency,
            String method,
            String reference) {}

    public record Project(
            long id,
            String name,
            @Nullable LocalDate startDate,
            @Nullable LocalDate dueDate,
            String billingMethod,
            @Nullable String description) {}

    public record TimeEntry(
            long id,
            @Nullable LocalDate date,
            String projectName,
            BigDecimal hours,
            @Nullable String description,
            boolean billable) {}

    /** A file the client downloads: its name and content. */
    public record PdfFile(String fileName, byte[] content) {}

    /**
     * The client's answer to a quote as the Client Center shows it.
     *
     * @param accepted true for an acceptance, false for a decline
     * @param note the acceptance's note or the decline's reason
     */
    public record QuoteAnswer(
            boolean accepted,
            @Nullable String signedName,
            @Nullable String note,
            @Nullable String poNumber,
            String by,
            java.time.Instant at) {}

    /** Where a quote stands for the caller: its latest answer, and whether it can be answered now. */
    public record QuoteState(@Nullable QuoteAnswer answer, boolean answerable) {}
}
