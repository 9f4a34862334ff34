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
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
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

    public static final int VAT_ID_MAX = 50;
    public static final int STREET_MAX = 255;
    public static final int POSTAL_CODE_MAX = 20;
    public static final int CITY_MAX = 100;
    public static final int CONTACT_MAX = 200;
    public static final int PHONE_MAX = 50;
    public static final int EMAIL_MAX = 254;
    public static final int ENDPOINT_ID_MAX = 100;

    /** BT-31: the seller's VAT identifier (e.g. DE123456789). */
    @Size(max = VAT_ID_MAX)
    @Column(name = "company_vat_id", length = 50)
    private @Nullable String companyVatId;

    /** BT-32: the seller's national tax number, needed where there is no VAT ID. */
    @Size(max = VAT_ID_MAX)
    @Column(name = "company_tax_number", length = 50)
    private @Nullable String companyTaxNumber;

    /** BT-35: street line of the seller's structured address. */
    @Size(max = STREET_MAX)
    @Column(name = "company_street", length = 255)
    private @Nullable String companyStreet;

    /** BT-38. */
    @Size(max = POSTAL_CODE_MAX)
    @Column(name = "company_postal_code", length = 20)
    private @Nullable String companyPostalCode;

    /** BT-37. */
    @Size(max = CITY_MAX)
    @Column(name = "company_city", length = 100)
    private @Nullable String companyCity;

    /** BT-40: ISO 3166-1 alpha-2. */
    @Pattern(regexp = "(?i)[A-Z]{2}", message = "{einvoice.country.invalid}")
    @Column(name = "company_country", length = 2)
    private @Nullable String companyCountry;

    /** BT-41: who answers questions about an invoice. */
    @Size(max = CONTACT_MAX)
    @Column(name = "company_contact_name", length = 200)
    private @Nullable String companyContactName;

    /** BT-42. */
    @Size(max = PHONE_MAX)
    @Column(name = "company_phone", length = 50)
    private @Nullable String companyPhone;

    /** BT-43. */
    @Email(message = "{einvoice.email.invalid}")
    @Size(max = EMAIL_MAX)
    @Column(name = "company_email", length = 254)
    private @Nullable String companyEmail;

    /** BT-34: where the seller receives e-invoices (e.g. Peppol participant id or e-mail). */
    @Size(max = ENDPOINT_ID_MAX)
    @Column(name = "company_endpoint_id", length = 100)
    private @Nullable String companyEndpointId;

    /** BT-34-1: EAS code of the endpoint (0088, 0204, 9930, EM...). */
    @Pattern(regexp = "(?i)[A-Z0-9]{2,4}", message = "{einvoice.endpoint-scheme.invalid}")
    @Column(name = "company_endpoint_scheme", length = 10)
    private @Nullable String companyEndpointScheme;

    /** BT-84: the account credit transfers go to. */
    @Pattern(regexp = "(?i)[A-Z]{2} ?[0-9]{2}( ?[A-Z0-9]){11,30} ?", message = "{einvoice.iban.invalid}")
    @Column(name = "company_iban", length = 34)
    private @Nullable String companyIban;

    /** BT-86. */
    @Pattern(regexp = "(?i)[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?", message = "{einvoice.bic.invalid}")
    @Column(name = "company_bic", length = 11)
    private @Nullable String companyBic;

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

    public @Nullable String getCompanyVatId() {
        return companyVatId;
    }

    public void setCompanyVatId(@Nullable String companyVatId) {
        this.companyVatId = companyVatId == null || companyVatId.isBlank()
                ? null
                : companyVatId.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    public @Nullable String getCompanyTaxNumber() {
        return companyTaxNumber;
    }

    public void setCompanyTaxNumber(@Nullable String companyTaxNumber) {
        this.companyTaxNumber =
                companyTaxNumber == null || companyTaxNumber.isBlank() ? null : companyTaxNumber.strip();
    }

    public @Nullable String getCompanyStreet() {
        return companyStreet;
    }

    public void setCompanyStreet(@Nullable String companyStreet) {
        this.companyStreet = companyStreet == null || companyStreet.isBlank() ? null : companyStreet.strip();
    }

    public @Nullable String getCompanyPostalCode() {
        return companyPostalCode;
    }

    public void setCompanyPostalCode(@Nullable String companyPostalCode) {
        this.companyPostalCode =
                companyPostalCode == null || companyPostalCode.isBlank() ? null : companyPostalCode.strip();
    }

    public @Nullable String getCompanyCity() {
        return companyCity;
    }

    public void setCompanyCity(@Nullable String companyCity) {
        this.companyCity = companyCity == null || companyCity.isBlank() ? null : companyCity.strip();
    }

    public @Nullable String getCompanyCountry() {
        return companyCountry;
    }

    public void setCompanyCountry(@Nullable String companyCountry) {
        this.companyCountry = companyCountry == null || companyCountry.isBlank()
                ? null
                : companyCountry.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    public @Nullable String getCompanyContactName() {
        return companyContactName;
    }

    public void setCompanyContactName(@Nullable String companyContactName) {
        this.companyContactName =
                companyContactName == null || companyContactName.isBlank() ? null : companyContactName.strip();
    }

    public @Nullable String getCompanyPhone() {
        return companyPhone;
    }

    public void setCompanyPhone(@Nullable String companyPhone) {
        this.companyPhone = companyPhone == null || companyPhone.isBlank() ? null : companyPhone.strip();
    }

    public @Nullable String getCompanyEmail() {
        return companyEmail;
    }

    public void setCompanyEmail(@Nullable String companyEmail) {
        this.companyEmail = companyEmail == null || companyEmail.isBlank() ? null : companyEmail.strip();
    }

    public @Nullable String getCompanyEndpointId() {
        return companyEndpointId;
    }

    public void setCompanyEndpointId(@Nullable String companyEndpointId) {
        this.companyEndpointId =
                companyEndpointId == null || companyEndpointId.isBlank() ? null : companyEndpointId.strip();
    }

    public @Nullable String getCompanyEndpointScheme() {
        return companyEndpointScheme;
    }

    public void setCompanyEndpointScheme(@Nullable String companyEndpointScheme) {
        this.companyEndpointScheme = companyEndpointScheme == null || companyEndpointScheme.isBlank()
                ? null
                : companyEndpointScheme.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    public @Nullable String getCompanyIban() {
        return companyIban;
    }

    public void setCompanyIban(@Nullable String companyIban) {
        this.companyIban = companyIban == null || companyIban.isBlank()
                ? null
                : companyIban.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    public @Nullable String getCompanyBic() {
        return companyBic;
    }

    public void setCompanyBic(@Nullable String companyBic) {
        this.companyBic = companyBic == null || companyBic.isBlank()
                ? null
                : companyBic.replace(" ", "").toUpperCase(Locale.ROOT);
    }
}
