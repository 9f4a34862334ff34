package io.clientele.settings;

import io.clientele.base.domain.AbstractEntityWithAssignedId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The installation's defaults, one row; administrators change them under Settings. */
@Entity
@Table(name = "system_settings")
public class SystemSettings extends AbstractEntityWithAssignedId {

    public static final long SINGLETON_ID = 1L;
    /** Must contain {seq} exactly once; other text is limited to what is safe in file names and e-mail subjects. */
    public static final String NUMBER_PATTERN_REGEX =
            "^(?=.*\\{seq(:[1-9])?\\})(?!.*\\{seq(:[1-9])?\\}.*\\{seq)[A-Za-z0-9/_. #{}:-]{1,40}$";

    @NotBlank
    @Pattern(regexp = "[A-Z]{3}")
    @Column(name = "default_currency", nullable = false, length = 3)
    private String defaultCurrency = "EUR";

    @NotBlank
    @Column(name = "default_language", nullable = false, length = 8)
    private String defaultLanguage = "en";

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "default_payment_terms_id")
    private @Nullable PaymentTerm defaultPaymentTerm;

    /** Placeholders {yyyy}, {yy} and {seq} (4 digits; {seq:6} for six). */
    @NotBlank
    @Pattern(regexp = NUMBER_PATTERN_REGEX, message = "{settings.number-pattern.invalid}")
    @Column(name = "invoice_number_pattern", nullable = false, length = 50)
    private String invoiceNumberPattern = "INV-{yyyy}-{seq}";

    @NotBlank
    @Pattern(regexp = NUMBER_PATTERN_REGEX, message = "{settings.number-pattern.invalid}")
    @Column(name = "quote_number_pattern", nullable = false, length = 50)
    private String quoteNumberPattern = "QUO-{yyyy}-{seq}";

    public static final int COMPANY_NAME_MAX = 200;
    public static final int COMPANY_ADDRESS_MAX = 600;

    /** The sender on every client PDF; blank leaves the header empty. */
    @Size(max = COMPANY_NAME_MAX)
    @Column(name = "company_name", length = COMPANY_NAME_MAX)
    private @Nullable String companyName;

    @Size(max = COMPANY_ADDRESS_MAX)
    @Column(name = "company_address", length = COMPANY_ADDRESS_MAX)
    private @Nullable String companyAddress;

    public static final int COMPANY_TAX_ID_MAX = 50;

    /** The seller's VAT or tax number, printed in the sender block of every issued document. */
    @Size(max = COMPANY_TAX_ID_MAX)
    @Column(name = "company_tax_id", length = COMPANY_TAX_ID_MAX)
    private @Nullable String companyTaxId;

    /** Credit notes have their own sequence; same placeholders as the invoice pattern. */
    @NotBlank
    @Pattern(regexp = NUMBER_PATTERN_REGEX, message = "{settings.number-pattern.invalid}")
    @Column(name = "credit_note_number_pattern", nullable = false, length = 50)
    private String creditNoteNumberPattern = "CN-{yyyy}-{seq}";

    /** Whether a document can only be issued to a client with a billing address. */
    @Column(name = "issue_requires_address", nullable = false)
    private boolean issueRequiresAddress;

    /** Whether PDFs downloaded in the back office use the client's language; e-mails always do. */
    @Column(name = "pdf_in_client_language", nullable = false)
    private boolean pdfInClientLanguage = true;

    /**
     * Whether client forms take addresses structured or as one free-form block. Null only until the first start-up
     * after the column was added, which stores the start-up property there (see {@code AddressFormatDefault}).
     */
    @Enumerated(EnumType.STRING)
    @Column(name = "address_format", length = 20)
    private @Nullable AddressFormat addressFormat;

    protected SystemSettings() {}

    public AddressFormat getAddressFormat() {
        return addressFormat == null ? AddressFormat.STRUCTURED : addressFormat;
    }

    public void setAddressFormat(AddressFormat addressFormat) {
        this.addressFormat = addressFormat;
    }

    public String getDefaultCurrency() {
        return defaultCurrency;
    }

    public void setDefaultCurrency(String defaultCurrency) {
        this.defaultCurrency = defaultCurrency;
    }

    public String getDefaultLanguage() {
        return defaultLanguage;
    }

    public void setDefaultLanguage(String defaultLanguage) {
        this.defaultLanguage = defaultLanguage;
    }

    public String getInvoiceNumberPattern() {
        return invoiceNumberPattern;
    }

    public void setInvoiceNumberPattern(String invoiceNumberPattern) {
        this.invoiceNumberPattern = invoiceNumberPattern;
    }

    public String getQuoteNumberPattern() {
        return quoteNumberPattern;
    }

    public void setQuoteNumberPattern(String quoteNumberPattern) {
        this.quoteNumberPattern = quoteNumberPattern;
    }

    public @Nullable PaymentTerm getDefaultPaymentTerm() {
        return defaultPaymentTerm;
    }

    public void setDefaultPaymentTerm(@Nullable PaymentTerm defaultPaymentTerm) {
        this.defaultPaymentTerm = defaultPaymentTerm;
    }

    public @Nullable String getCompanyName() {
        return companyName;
    }

    public void setCompanyName(@Nullable String companyName) {
        this.companyName = companyName;
    }

    public @Nullable String getCompanyAddress() {
        return companyAddress;
    }

    public void setCompanyAddress(@Nullable String companyAddress) {
        this.companyAddress = companyAddress;
    }

    public boolean isPdfInClientLanguage() {
        return pdfInClientLanguage;
    }

    public void setPdfInClientLanguage(boolean pdfInClientLanguage) {
        this.pdfInClientLanguage = pdfInClientLanguage;
    }

    public @Nullable String getCompanyTaxId() {
        return companyTaxId;
    }

    public void setCompanyTaxId(@Nullable String companyTaxId) {
        this.companyTaxId = companyTaxId;
    }

    public String getCreditNoteNumberPattern() {
        return creditNoteNumberPattern;
    }

    public void setCreditNoteNumberPattern(String creditNoteNumberPattern) {
        this.creditNoteNumberPattern = creditNoteNumberPattern;
    }

    public boolean isIssueRequiresAddress() {
        return issueRequiresAddress;
    }

    public void setIssueRequiresAddress(boolean issueRequiresAddress) {
        this.issueRequiresAddress = issueRequiresAddress;
    }

    /** Whether the sender block of documents would be empty: no company name yet. */
    public boolean isCompanyMissing() {
        return companyName == null || companyName.isBlank();
    }
}
