package io.clientele.crm;

import io.clientele.base.domain.AbstractEntity;
import io.clientele.base.domain.EmailAddresses;
import io.clientele.client.Client;
import io.clientele.client.PhoneNumbers;
import io.clientele.settings.LeadSource;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.jspecify.annotations.Nullable;

/** A company that might become a client: who to talk to, where the lead came from, and how far it has got. */
@Entity
@Table(name = "opportunities")
public class Opportunity extends AbstractEntity {

    public static final int COMPANY_NAME_MAX = Client.NAME_MAX;
    public static final int FIRST_NAME_MAX = 100;
    public static final int LAST_NAME_MAX = 100;

    @NotBlank(message = "{crm.company.required}")
    @Size(max = COMPANY_NAME_MAX)
    @Column(name = "company_name", nullable = false, length = COMPANY_NAME_MAX)
    private String companyName = "";

    @Size(max = FIRST_NAME_MAX)
    @Column(name = "first_name", length = FIRST_NAME_MAX)
    private @Nullable String firstName;

    @Size(max = LAST_NAME_MAX)
    @Column(name = "last_name", length = LAST_NAME_MAX)
    private @Nullable String lastName;

    @Email(regexp = EmailAddresses.PATTERN, message = "{client.email.invalid}")
    @Size(max = Client.EMAIL_MAX)
    @Column(length = Client.EMAIL_MAX)
    private @Nullable String email;

    @Pattern(regexp = PhoneNumbers.PATTERN, message = "{client.phone.invalid}")
    @Size(max = Client.PHONE_MAX)
    @Column(length = Client.PHONE_MAX)
    private @Nullable String phone;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lead_source_id")
    private @Nullable LeadSource leadSource;

    /** The STAFF or ADMIN account working the lead; an id, since accounts are another feature. */
    @Column(name = "owner_id")
    private @Nullable Long ownerId;

    @Column(name = "inquiry_date")
    private @Nullable LocalDate inquiryDate;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OpportunityStage stage = OpportunityStage.NEW;

    @DecimalMin(value = "0", message = "{crm.value.invalid}")
    @Digits(integer = 17, fraction = 2, message = "{crm.value.invalid}")
    @Column(name = "expected_value", precision = 19, scale = 2)
    private @Nullable BigDecimal expectedValue;

    /** The client it became (set once, by the conversion); an id, since clients are another feature. */
    @Column(name = "client_id", updatable = false, insertable = false)
    private @Nullable Long clientId;

    @Column(name = "won_on", updatable = false, insertable = false)
    private @Nullable LocalDate wonOn;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    private @Nullable Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    private @Nullable Instant updatedAt;

    public String getCompanyName() {
        return companyName;
    }

    public void setCompanyName(String companyName) {
        this.companyName = companyName;
    }

    public @Nullable String getFirstName() {
        return firstName;
    }

    public void setFirstName(@Nullable String firstName) {
        this.firstName = firstName;
    }

    public @Nullable String getLastName() {
        return lastName;
    }

    public void setLastName(@Nullable String lastName) {
        this.lastName = lastName;
    }

    /** First and last name joined, or empty. */
    public String contactName() {
        String first = firstName == null ? "" : firstName.strip();
        String last = lastName == null ? "" : lastName.strip();
        return (first + " " + last).strip();
    }

    public @Nullable String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = email;
    }

    public @Nullable String getPhone() {
        return phone;
    }

    public void setPhone(@Nullable String phone) {
        this.phone = phone;
    }

    public @Nullable LeadSource getLeadSource() {
        return leadSource;
    }

    public void setLeadSource(@Nullable LeadSource leadSource) {
        this.leadSource = leadSource;
    }

    public @Nullable Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(@Nullable Long ownerId) {
        this.ownerId = ownerId;
    }

    public @Nullable LocalDate getInquiryDate() {
        return inquiryDate;
    }

    public void setInquiryDate(@Nullable LocalDate inquiryDate) {
        this.inquiryDate = inquiryDate;
    }

    public OpportunityStage getStage() {
        return stage;
    }

    public void setStage(OpportunityStage stage) {
        this.stage = stage;
    }

    public @Nullable BigDecimal getExpectedValue() {
        return expectedValue;
    }

    public void setExpectedValue(@Nullable BigDecimal expectedValue) {
        this.expectedValue = expectedValue;
    }

    public @Nullable Long getClientId() {
        return clientId;
    }

    public @Nullable LocalDate getWonOn() {
        return wonOn;
    }

    public boolean isConverted() {
        return clientId != null;
    }
}
