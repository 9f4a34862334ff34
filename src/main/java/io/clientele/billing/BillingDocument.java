package io.clientele.billing;

import io.clientele.base.domain.AbstractEntity;
import io.clientele.client.Client;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.jspecify.annotations.Nullable;

/**
 * What invoices, quotes and credit notes share: a number, a client, dates, a currency fixed at creation, lines and the
 * totals computed from them with the currency's scale.
 *
 * <p>A draft has no number and may change freely. Issuing takes the next number and freezes everything the document
 * prints in columns of its own: the seller (company name, address, tax ID), the buyer (name, tax ID, billing and
 * shipping address), the language, next to the lines, amounts, dates and currency. From then on the document never
 * reads live client or settings data again; the service refuses any change to that content.
 */
@Entity
@Table(name = "billing_documents")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "doc_type", length = 10)
public abstract class BillingDocument extends AbstractEntity {

    public static final int NOTES_MAX = 2000;
    public static final int ADDRESS_MAX = 600;

    public static final int PARTY_NAME_MAX = 200;
    public static final int TAX_ID_MAX = 50;

    /** Null while a draft: numbers are taken on issue only, so the sequence has no gaps. */
    @Column(length = 50)
    private @Nullable String number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id", updatable = false)
    private @Nullable Client client;

    /** The subclass's status enum by name; one column for both document types. */
    @Column(name = "status", nullable = false, length = 20)
    protected String statusCode = "DRAFT";

    @NotNull(message = "{billing.issue-date.required}")
    @Column(name = "issue_date", nullable = false)
    private LocalDate issueDate = LocalDate.now();

    @Column(name = "due_date")
    private @Nullable LocalDate dueDate;

    @Column(nullable = false, length = 3, updatable = false)
    private String currency = "EUR";

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal subtotal = BigDecimal.ZERO;

    @Column(name = "tax_total", nullable = false, precision = 19, scale = 4)
    private BigDecimal taxTotal = BigDecimal.ZERO;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal total = BigDecimal.ZERO;

    @Column(name = "paid_total", nullable = false, precision = 19, scale = 4)
    private BigDecimal paidTotal = BigDecimal.ZERO;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal balance = BigDecimal.ZERO;

    @Size(max = ADDRESS_MAX)
    @Column(name = "billing_address", length = ADDRESS_MAX)
    private @Nullable String billingAddress;

    @Size(max = ADDRESS_MAX)
    @Column(name = "shipping_address", length = ADDRESS_MAX)
    private @Nullable String shippingAddress;

    @Size(max = NOTES_MAX)
    @Column(length = NOTES_MAX)
    private @Nullable String notes;

    /** Staff-only remarks; unlike {@link #notes} never printed, so they stay editable after issue. */
    @Size(max = NOTES_MAX)
    @Column(name = "internal_notes", length = NOTES_MAX)
    private @Nullable String internalNotes;

    @Column(name = "issued_at")
    private @Nullable Instant issuedAt;

    @Column(name = "issued_by_id")
    private @Nullable Long issuedById;

    @Column(name = "issued_by", length = PARTY_NAME_MAX)
    private @Nullable String issuedBy;

    @Column(name = "seller_name", length = PARTY_NAME_MAX)
    private @Nullable String sellerName;

    @Column(name = "seller_address", length = ADDRESS_MAX)
    private @Nullable String sellerAddress;

    @Column(name = "seller_tax_id", length = TAX_ID_MAX)
    private @Nullable String sellerTaxId;

    @Column(name = "buyer_name", length = PARTY_NAME_MAX)
    private @Nullable String buyerName;

    @Column(name = "buyer_tax_id", length = TAX_ID_MAX)
    private @Nullable String buyerTaxId;

    // --- issue 22: billed to the parent company ---
    /**
     * The draft's choice: bill the client's parent company (its name, tax ID and address as the buyer) for this
     * subsidiary's document. The document stays the subsidiary's record (its client, balance and statement); the
     * parent sees it in its roll-up and, once issued, in its Client Center.
     */
    @Column(name = "bill_to_parent", nullable = false)
    private boolean billToParent;

    /** Frozen on issue: the parent company billed, by id; null when the client itself was billed. */
    @Column(name = "bill_to_client_id")
    private @Nullable Long billToClientId;

    /** Frozen on issue: the subsidiary's name the PDF prints as "For"; null when the client itself was billed. */
    @Column(name = "for_name", length = PARTY_NAME_MAX)
    private @Nullable String forName;

    /**
     * Frozen on issue: the client's custom fields marked "on PDFs" as printed, one "Label: value" line each in the
     * document's language; null when there were none (and for documents issued before they were printed).
     */
    @Lob
    // A length above 16 MB: MariaDB's LONGTEXT (what Liquibase's CLOB becomes there), so validation matches.
    @Column(name = "printed_fields", length = 100_000_000)
    private @Nullable String printedFields;
    // --- end issue 22 ---

    /** Null until issued (and for documents issued before e-invoices): see {@link #einvoiceParties()}. */
    @Embedded
    private @Nullable EInvoiceParties einvoice;

    /** The language the document was issued in (ISO 639-1). */
    @Column(name = "doc_language", length = 8)
    private @Nullable String language;

    /** What credit notes took back from this invoice (always zero for quotes and credit notes). */
    @Column(name = "credited_total", nullable = false, precision = 19, scale = 4)
    private BigDecimal creditedTotal = BigDecimal.ZERO;

    /** Kept to show and re-send the link; never compared (the column's collation may ignore case). */
    @Column(name = "public_token", length = 64, unique = true)
    private @Nullable String publicToken;

    /** SHA-256 of the token in a binary column: a public link is looked up by this, byte for byte. */
    @Column(name = "public_token_hash", length = 32, unique = true)
    private byte @Nullable [] publicTokenHash;

    @Column(name = "sent_at")
    private @Nullable Instant sentAt;

    @Column(name = "viewed_at")
    private @Nullable Instant viewedAt;

    @Column(name = "paid_at")
    private @Nullable Instant paidAt;

    @Valid
    @OneToMany(mappedBy = "document", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<DocumentLine> lines = new ArrayList<>();

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    private @Nullable Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    private @Nullable Instant updatedAt;

    public abstract DocumentType getType();

    /** Amounts come back from DECIMAL(19,4) columns; show and compare them at the currency's scale. */
    @PostLoad
    void normalizeScale() {
        subtotal = Money.round(subtotal, currency);
        taxTotal = Money.round(taxTotal, currency);
        total = Money.round(total, currency);
        paidTotal = Money.round(paidTotal, currency);
        creditedTotal = Money.round(creditedTotal, currency);
        balance = Money.round(balance, currency);
    }

    /**
     * Recomputes every line and the totals; the balance is what is left after payments. The tax is rounded once per
     * rate ({@link TaxBasis}); the lines keep their own rounded tax for reference.
     */
    void recalculate() {
        BigDecimal sub = Money.zero(currency);
        TaxBasis basis = new TaxBasis();
        for (int i = 0; i < lines.size(); i++) {
            DocumentLine line = lines.get(i);
            line.attach(this, i);
            line.calculate(currency);
            sub = sub.add(line.getAmount());
            basis.add(line.getAmount(), line.getTaxRate());
        }
        BigDecimal tax = basis.tax(currency);
        subtotal = sub;
        taxTotal = tax;
        total = sub.add(tax);
        balance = total.subtract(creditedTotal).subtract(paidTotal);
    }

    void setPaidTotal(BigDecimal paidTotal) {
        this.paidTotal = paidTotal;
        this.balance = total.subtract(creditedTotal).subtract(paidTotal);
    }

    void setCreditedTotal(BigDecimal creditedTotal) {
        this.creditedTotal = creditedTotal;
        this.balance = total.subtract(creditedTotal).subtract(paidTotal);
    }

    void assign(Client client, String currency) {
        this.client = client;
        this.currency = currency;
    }

    /** Takes the number and freezes the parties as they are now; see the class comment. */
    void issue(
            String number,
            Instant at,
            @Nullable Long byId,
            @Nullable String by,
            Parties parties,
            EInvoiceParties einvoiceParties) {
        this.einvoice = einvoiceParties;
        this.number = number;
        this.issuedAt = at;
        this.issuedById = byId;
        this.issuedBy = by;
        this.sellerName = parties.sellerName();
        this.sellerAddress = parties.sellerAddress();
        this.sellerTaxId = parties.sellerTaxId();
        this.buyerName = parties.buyerName();
        this.buyerTaxId = parties.buyerTaxId();
        this.billingAddress = parties.billingAddress();
        this.shippingAddress = parties.shippingAddress();
        this.language = parties.language();
    }

    /** Issue 22: freezes whom the document was billed to and for, next to the parties. */
    void freezeBillTo(@Nullable Long billToClientId, @Nullable String forName) {
        this.billToClientId = billToClientId;
        this.forName = forName;
    }

    /** Issue 22: freezes the custom-field lines the PDF prints, next to the parties. */
    void freezePrintedFields(@Nullable String printedFields) {
        this.printedFields = printedFields;
    }

    /** Issue 22: the custom-field lines frozen on issue; null for a draft (it prints the live ones). */
    public @Nullable String getPrintedFields() {
        return printedFields;
    }

    public boolean isBillToParent() {
        return billToParent;
    }

    public void setBillToParent(boolean billToParent) {
        this.billToParent = billToParent;
    }

    public @Nullable Long getBillToClientId() {
        return billToClientId;
    }

    public @Nullable String getForName() {
        return forName;
    }

    /** Whether the document was issued: it then has a number and its content is frozen. */
    public boolean isIssued() {
        return issuedAt != null;
    }

    /** The number, or null for a draft (which has none yet). */
    public @Nullable String getNumber() {
        return number;
    }

    /**
     * The parties as printed: for an issued document what was frozen at issue; for a draft the live data it would be
     * issued with.
     */
    public Parties parties() {
        return new Parties(
                sellerName,
                sellerAddress,
                sellerTaxId,
                buyerName == null && client != null ? client.getName() : buyerName,
                buyerTaxId,
                billingAddress,
                shippingAddress,
                language);
    }

    /**
     * The e-invoice details frozen at issue; for a document issued before they existed, an empty set (its e-invoice
     * then fails the checks it would fail). Drafts read them live through the service.
     */
    public EInvoiceParties einvoiceParties() {
        return einvoice == null ? new EInvoiceParties() : einvoice;
    }

    public @Nullable String getInternalNotes() {
        return internalNotes;
    }

    void setInternalNotes(@Nullable String internalNotes) {
        this.internalNotes = internalNotes;
    }

    public @Nullable Instant getIssuedAt() {
        return issuedAt;
    }

    public @Nullable String getIssuedBy() {
        return issuedBy;
    }

    public @Nullable Long getIssuedById() {
        return issuedById;
    }

    public @Nullable String getLanguage() {
        return language;
    }

    public BigDecimal getCreditedTotal() {
        return creditedTotal;
    }

    public Client getClient() {
        if (client == null) {
            throw new IllegalStateException("document has no client yet");
        }
        return client;
    }

    public @Nullable Client getClientOrNull() {
        return client;
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public void setIssueDate(LocalDate issueDate) {
        this.issueDate = issueDate;
    }

    public @Nullable LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(@Nullable LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public String getCurrency() {
        return currency;
    }

    public BigDecimal getSubtotal() {
        return subtotal;
    }

    public BigDecimal getTaxTotal() {
        return taxTotal;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public BigDecimal getPaidTotal() {
        return paidTotal;
    }

    public BigDecimal getBalance() {
        return balance;
    }

    public @Nullable String getBillingAddress() {
        return billingAddress;
    }

    public void setBillingAddress(@Nullable String billingAddress) {
        this.billingAddress = billingAddress;
    }

    public @Nullable String getShippingAddress() {
        return shippingAddress;
    }

    public void setShippingAddress(@Nullable String shippingAddress) {
        this.shippingAddress = shippingAddress;
    }

    public @Nullable String getNotes() {
        return notes;
    }

    public void setNotes(@Nullable String notes) {
        this.notes = notes;
    }

    public @Nullable String getPublicToken() {
        return publicToken;
    }

    void setPublicToken(@Nullable String publicToken) {
        this.publicToken = publicToken;
        this.publicTokenHash = publicToken == null ? null : tokenHash(publicToken);
    }

    /** The SHA-256 of a public link token, as stored in {@code public_token_hash}. */
    static byte[] tokenHash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public @Nullable Instant getSentAt() {
        return sentAt;
    }

    void setSentAt(@Nullable Instant sentAt) {
        this.sentAt = sentAt;
    }

    public @Nullable Instant getViewedAt() {
        return viewedAt;
    }

    void setViewedAt(@Nullable Instant viewedAt) {
        this.viewedAt = viewedAt;
    }

    public @Nullable Instant getPaidAt() {
        return paidAt;
    }

    void setPaidAt(@Nullable Instant paidAt) {
        this.paidAt = paidAt;
    }

    public List<DocumentLine> getLines() {
        return lines;
    }

    /** Replaces the lines (as edited in a form); totals follow on the next save. */
    public void setLines(List<DocumentLine> newLines) {
        lines.clear();
        lines.addAll(newLines);
    }

    public @Nullable Instant getCreatedAt() {
        return createdAt;
    }
}
