package io.clientele.client;

import io.clientele.base.domain.AbstractEntity;
import io.clientele.base.domain.EmailAddresses;
import io.clientele.base.domain.PlainText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.jspecify.annotations.Nullable;

/** A company or a person the business invoices. */
@Entity
@Table(name = "clients")
public class Client extends AbstractEntity {

    public static final int NAME_MAX = 200;
    public static final int EMAIL_MAX = 254;
    public static final int PHONE_MAX = 50;
    public static final int WEBSITE_MAX = 255;
    public static final int TAX_ID_MAX = 50;
    public static final int NOTES_MAX = 2000;
    public static final int LOCATION_MAX = 255;
    public static final int DESIGNATION_MAX = 100;
    public static final int COMMUNICATION_ID_MAX = 100;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "client_type", nullable = false, length = 20)
    private ClientType type = ClientType.COMPANY;

    @NotBlank(message = "{client.name.required}")
    @Size(max = NAME_MAX)
    @Column(nullable = false, length = NAME_MAX)
    private String name = "";

    @Email(regexp = EmailAddresses.PATTERN, message = "{client.email.invalid}")
    @Size(max = EMAIL_MAX)
    @Column(length = EMAIL_MAX)
    private @Nullable String email;

    @Pattern(regexp = PhoneNumbers.PATTERN, message = "{client.phone.invalid}")
    @Size(max = PHONE_MAX)
    @Column(length = PHONE_MAX)
    private @Nullable String phone;

    @Pattern(regexp = PhoneNumbers.PATTERN, message = "{client.phone.invalid}")
    @Size(max = PHONE_MAX)
    @Column(length = PHONE_MAX)
    private @Nullable String mobile;

    /** Digits of phone and mobile, space separated: what the search matches a typed number against. */
    @Column(name = "phone_digits", length = 2 * PHONE_MAX + 1)
    private @Nullable String phoneDigits;

    @Pattern(regexp = "^$|^(https?://)?[\\p{L}0-9.-]+\\.[\\p{L}]{2,}(/\\S*)?$", message = "{client.website.invalid}")
    @Size(max = WEBSITE_MAX)
    @Column(length = WEBSITE_MAX)
    private @Nullable String website;

    @Size(max = TAX_ID_MAX)
    @Column(name = "tax_id", length = TAX_ID_MAX)
    private @Nullable String taxId;

    @Size(max = NOTES_MAX)
    @Column(length = NOTES_MAX)
    private @Nullable String notes;

    public static final int ENDPOINT_ID_MAX = 100;
    public static final int ENDPOINT_SCHEME_MAX = 10;
    public static final int BUYER_REFERENCE_MAX = 100;
    public static final int SUBDIVISION_MAX = 100;

    /** The format invoices and credit notes go out in (e-mails, Client Center); PDF alone unless chosen otherwise. */
    @Enumerated(EnumType.STRING)
    @Column(name = "einvoice_format", nullable = false, length = 20)
    private EInvoiceFormat einvoiceFormat = EInvoiceFormat.PDF;

    /** EN 16931 BT-49: where the client receives e-invoices (e.g. a Peppol participant id or an e-mail address). */
    @Size(max = ENDPOINT_ID_MAX)
    @Column(name = "endpoint_id", length = ENDPOINT_ID_MAX)
    private @Nullable String endpointId;

    /** BT-49-1: the scheme of {@link #endpointId}, an EAS code such as 0088 (GLN), 0204 (Leitweg-ID) or EM (e-mail). */
    @Pattern(regexp = "(?i)[A-Z0-9]{2,4}", message = "{einvoice.endpoint-scheme.invalid}")
    @Column(name = "endpoint_scheme", length = ENDPOINT_SCHEME_MAX)
    private @Nullable String endpointScheme;

    /** BT-10: the reference the buyer asks every invoice to carry; for German public buyers the Leitweg-ID. */
    @Size(max = BUYER_REFERENCE_MAX)
    @Column(name = "buyer_reference", length = BUYER_REFERENCE_MAX)
    private @Nullable String buyerReference;

    /** BT-54: region, state or province of the billing address as e-invoices name it. */
    @Size(max = SUBDIVISION_MAX)
    @Column(name = "country_subdivision", length = SUBDIVISION_MAX)
    private @Nullable String countrySubdivision;

    @Column(nullable = false)
    private boolean active = true;

    /** The company an individual belongs to; always null for companies. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "company_id")
    private @Nullable Client company;

    // --- issue 22: parent company ---
    /**
     * The parent company of a company client (a group's holding, say); null for individuals and for companies on
     * their own. Never the client itself nor one of its subsidiaries: {@link ClientParents} refuses cycles.
     */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private @Nullable Client parent;
    // --- end issue 22 ---

    @Valid
    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "street", column = @Column(name = "billing_street")),
        @AttributeOverride(name = "city", column = @Column(name = "billing_city")),
        @AttributeOverride(name = "state", column = @Column(name = "billing_state")),
        @AttributeOverride(name = "postalCode", column = @Column(name = "billing_postal_code")),
        @AttributeOverride(name = "country", column = @Column(name = "billing_country")),
        @AttributeOverride(name = "text", column = @Column(name = "billing_text")),
        @AttributeOverride(name = "form", column = @Column(name = "billing_address_form"))
    })
    private @Nullable Address billingAddress = new Address();

    @Column(name = "shipping_same_as_billing", nullable = false)
    private boolean shippingSameAsBilling = true;

    @Valid
    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "street", column = @Column(name = "shipping_street")),
        @AttributeOverride(name = "city", column = @Column(name = "shipping_city")),
        @AttributeOverride(name = "state", column = @Column(name = "shipping_state")),
        @AttributeOverride(name = "postalCode", column = @Column(name = "shipping_postal_code")),
        @AttributeOverride(name = "country", column = @Column(name = "shipping_country")),
        @AttributeOverride(name = "text", column = @Column(name = "shipping_text")),
        @AttributeOverride(name = "form", column = @Column(name = "shipping_address_form"))
    })
    private @Nullable Address shippingAddress = new Address();

    /** ISO 4217; fixed once the client has invoices, quotes or payments (see ClientService). */
    @NotNull
    @Pattern(regexp = "[A-Z]{3}", message = "{client.currency.invalid}")
    @Column(nullable = false, length = 3)
    private String currency = "EUR";

    /** ISO 639-1, one of the app's languages: what the client's documents and portal speak. */
    @NotNull
    @Column(nullable = false, length = 8)
    private String language = "en";

    /** The payment terms (Settings → Payment terms) by id: settings rows belong to the settings feature. */
    @Column(name = "payment_terms_id")
    private @Nullable Long paymentTermId;

    /** The STAFF or ADMIN account responsible for the client; ids, since accounts are another feature. */
    @Column(name = "owner_id")
    private @Nullable Long ownerId;

    @ElementCollection
    @CollectionTable(name = "client_staff", joinColumns = @JoinColumn(name = "client_id"))
    @Column(name = "user_id")
    private Set<Long> assignedStaffIds = new HashSet<>();

    @ManyToMany
    @JoinTable(
            name = "client_group_members",
            joinColumns = @JoinColumn(name = "client_id"),
            inverseJoinColumns = @JoinColumn(name = "group_id"))
    private Set<ClientGroup> groups = new HashSet<>();

    // Issue 22, tags: free names shared by clients (ClientTags); a change shows in the client's history by name.
    @ManyToMany
    @JoinTable(
            name = "client_tag_members",
            joinColumns = @JoinColumn(name = "client_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    private Set<ClientTag> tags = new HashSet<>();

    /**
     * What the client owes over all sent invoices, in its currency. Kept by billing in the same transaction as
     * each invoice or payment change; read-only here so a form save never writes a stale amount back.
     */
    @Column(name = "amount_owed", nullable = false, insertable = false, updatable = false)
    private BigDecimal amountOwed = BigDecimal.ZERO;

    /** Derived from the billing address on every save, so the list can sort by it in SQL. */
    @Column(length = LOCATION_MAX)
    private @Nullable String location;

    /** Client Center sections this client's users see (see {@link #portalSections()}). */
    @Column(name = "portal_invoices", nullable = false)
    private boolean portalInvoices = true;

    @Column(name = "portal_quotes", nullable = false)
    private boolean portalQuotes = true;

    @Column(name = "portal_payments", nullable = false)
    private boolean portalPayments = true;

    @Column(name = "portal_projects", nullable = false)
    private boolean portalProjects = true;

    @Column(name = "portal_timesheets", nullable = false)
    private boolean portalTimesheets = true;

    /** Off until the office switches it on: support requests are a channel somebody must be ready to answer. */
    @Column(name = "portal_support", nullable = false)
    private boolean portalSupport;

    /** Where the client came from (Settings → Lead sources), by id. */
    @Column(name = "lead_source_id")
    private @Nullable Long leadSourceId;

    /** When the client first asked about the business's services. */
    @Column(name = "inquiry_date")
    private @Nullable LocalDate inquiryDate;

    /** When the client signed up (an opportunity marked Won sets it to that day). */
    @Column(name = "finalized_date")
    private @Nullable LocalDate finalizedDate;

    /** The client's (or its primary contact's) job title, e.g. "Head of Purchasing". */
    @Size(max = DESIGNATION_MAX)
    @Column(length = DESIGNATION_MAX)
    private @Nullable String designation;

    /** An instant-messaging handle or other communication id (Skype, Teams, Signal…). */
    @Size(max = COMMUNICATION_ID_MAX)
    @Column(name = "communication_id", length = COMMUNICATION_ID_MAX)
    private @Nullable String communicationId;

    @Email(regexp = EmailAddresses.PATTERN, message = "{client.email.invalid}")
    @Size(max = EMAIL_MAX)
    @Column(name = "alternate_email", length = EMAIL_MAX)
    private @Nullable String alternateEmail;

    /** {@link ClientNames#key} of the name, derived on every save: what duplicate checks compare in SQL. */
    @Column(name = "name_key", length = NAME_MAX)
    private @Nullable String nameKey;

    @Column(name = "trashed_at")
    private @Nullable Instant trashedAt;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    private @Nullable Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    private @Nullable Instant updatedAt;

    // Custom fields (issue 22): the values the form or an import set, by field id, checked and written by
    // ClientService in the client's transaction; null when not loaded, so the stored ones stay as they are.
    @Transient
    private @Nullable Map<Long, Object> customValues;

    public Client() {}

    public Client(ClientType type, String name) {
        this.type = type;
        this.name = PlainText.cleanNonNull(name);
    }

    @PrePersist
    @PreUpdate
    void deriveColumns() {
        if (type == ClientType.COMPANY) {
            company = null;
        }
        String loc = getBillingAddress().location();
        location = loc == null ? null : loc.length() > LOCATION_MAX ? loc.substring(0, LOCATION_MAX) : loc;
        phoneDigits = PhoneNumbers.searchDigits(phone, mobile);
        nameKey = ClientNames.key(name);
    }

    /** The address goods go to: the billing address unless a separate one is kept. */
    public Address effectiveShippingAddress() {
        return shippingSameAsBilling ? getBillingAddress() : getShippingAddress();
    }

    public boolean isTrashed() {
        return trashedAt != null;
    }

    void setTrashedAt(@Nullable Instant trashedAt) {
        this.trashedAt = trashedAt;
    }

    public ClientType getType() {
        return type;
    }

    public void setType(ClientType type) {
        this.type = type;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = PlainText.cleanNonNull(name);
    }

    public @Nullable String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = PlainText.clean(email);
    }

    public @Nullable String getPhone() {
        return phone;
    }

    public void setPhone(@Nullable String phone) {
        this.phone = PlainText.clean(phone);
    }

    public @Nullable String getMobile() {
        return mobile;
    }

    public void setMobile(@Nullable String mobile) {
        this.mobile = PlainText.clean(mobile);
    }

    public @Nullable String getWebsite() {
        return website;
    }

    public void setWebsite(@Nullable String website) {
        this.website = website;
    }

    public EInvoiceFormat getEinvoiceFormat() {
        return einvoiceFormat;
    }

    public void setEinvoiceFormat(EInvoiceFormat einvoiceFormat) {
        this.einvoiceFormat = einvoiceFormat;
    }

    public @Nullable String getEndpointId() {
        return endpointId;
    }

    public void setEndpointId(@Nullable String endpointId) {
        this.endpointId = PlainText.clean(endpointId);
    }

    public @Nullable String getEndpointScheme() {
        return endpointScheme;
    }

    public void setEndpointScheme(@Nullable String endpointScheme) {
        String scheme = PlainText.clean(endpointScheme);
        this.endpointScheme =
                scheme == null || scheme.isBlank() ? null : scheme.strip().toUpperCase(java.util.Locale.ROOT);
    }

    public @Nullable String getBuyerReference() {
        return buyerReference;
    }

    public void setBuyerReference(@Nullable String buyerReference) {
        this.buyerReference = PlainText.clean(buyerReference);
    }

    public @Nullable String getCountrySubdivision() {
        return countrySubdivision;
    }

    public void setCountrySubdivision(@Nullable String countrySubdivision) {
        this.countrySubdivision = PlainText.clean(countrySubdivision);
    }

    public @Nullable String getTaxId() {
        return taxId;
    }

    public void setTaxId(@Nullable String taxId) {
        this.taxId = PlainText.clean(taxId);
    }

    public @Nullable String getNotes() {
        return notes;
    }

    public void setNotes(@Nullable String notes) {
        this.notes = notes;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public @Nullable Client getParent() {
        return parent;
    }

    public void setParent(@Nullable Client parent) {
        this.parent = parent;
    }

    public @Nullable Client getCompany() {
        return company;
    }

    public void setCompany(@Nullable Client company) {
        this.company = company;
    }

    public Address getBillingAddress() {
        // Hibernate loads an embeddable whose columns are all null as null.
        if (billingAddress == null) {
            billingAddress = new Address();
        }
        return billingAddress;
    }

    public void setBillingAddress(Address billingAddress) {
        this.billingAddress = billingAddress;
    }

    public boolean isShippingSameAsBilling() {
        return shippingSameAsBilling;
    }

    public void setShippingSameAsBilling(boolean shippingSameAsBilling) {
        this.shippingSameAsBilling = shippingSameAsBilling;
    }

    public Address getShippingAddress() {
        if (shippingAddress == null) {
            shippingAddress = new Address();
        }
        return shippingAddress;
    }

    public void setShippingAddress(Address shippingAddress) {
        this.shippingAddress = shippingAddress;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public @Nullable Long getPaymentTermId() {
        return paymentTermId;
    }

    public void setPaymentTermId(@Nullable Long paymentTermId) {
        this.paymentTermId = paymentTermId;
    }

    public @Nullable Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(@Nullable Long ownerId) {
        this.ownerId = ownerId;
    }

    public Set<Long> getAssignedStaffIds() {
        return assignedStaffIds;
    }

    public void setAssignedStaffIds(Set<Long> assignedStaffIds) {
        this.assignedStaffIds = new HashSet<>(assignedStaffIds);
    }

    public Set<ClientGroup> getGroups() {
        return groups;
    }

    public void setGroups(Set<ClientGroup> groups) {
        this.groups = new HashSet<>(groups);
    }

    public Set<ClientTag> getTags() {
        return tags;
    }

    public void setTags(Set<ClientTag> tags) {
        this.tags = new HashSet<>(tags);
    }

    public BigDecimal getAmountOwed() {
        return amountOwed;
    }

    public @Nullable String getLocation() {
        return location;
    }

    public @Nullable Instant getTrashedAt() {
        return trashedAt;
    }

    public @Nullable Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getUpdatedAt() {
        return updatedAt;
    }

    /** Which Client Center sections this client's users may open. */
    public PortalSections portalSections() {
        return new PortalSections(
                portalInvoices, portalQuotes, portalPayments, portalProjects, portalTimesheets, portalSupport);
    }

    public void setPortalSections(PortalSections sections) {
        this.portalInvoices = sections.invoices();
        this.portalQuotes = sections.quotes();
        this.portalPayments = sections.payments();
        this.portalProjects = sections.projects();
        this.portalTimesheets = sections.timesheets();
        this.portalSupport = sections.support();
    }

    public @Nullable Long getLeadSourceId() {
        return leadSourceId;
    }

    public void setLeadSourceId(@Nullable Long leadSourceId) {
        this.leadSourceId = leadSourceId;
    }

    public @Nullable LocalDate getInquiryDate() {
        return inquiryDate;
    }

    public void setInquiryDate(@Nullable LocalDate inquiryDate) {
        this.inquiryDate = inquiryDate;
    }

    public @Nullable LocalDate getFinalizedDate() {
        return finalizedDate;
    }

    public void setFinalizedDate(@Nullable LocalDate finalizedDate) {
        this.finalizedDate = finalizedDate;
    }

    public @Nullable String getDesignation() {
        return designation;
    }

    public void setDesignation(@Nullable String designation) {
        this.designation = designation;
    }

    public @Nullable String getCommunicationId() {
        return communicationId;
    }

    public void setCommunicationId(@Nullable String communicationId) {
        this.communicationId = communicationId;
    }

    public @Nullable String getAlternateEmail() {
        return alternateEmail;
    }

    public void setAlternateEmail(@Nullable String alternateEmail) {
        this.alternateEmail = PlainText.clean(alternateEmail);
    }

    // Custom fields (issue 22).
    /** The custom values the form or an import set, by field id; null when not loaded (see {@link CustomFields}). */
    public @Nullable Map<Long, Object> getCustomValues() {
        return customValues;
    }

    public void setCustomValues(@Nullable Map<Long, Object> customValues) {
        this.customValues = customValues;
    }
}
