package io.clientele.contact;

import io.clientele.base.domain.AbstractEntity;
import io.clientele.base.domain.EmailAddresses;
import io.clientele.base.domain.PlainText;
import io.clientele.client.Client;
import io.clientele.client.PhoneNumbers;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.jspecify.annotations.Nullable;

/**
 * A person the business deals with at a client. One live contact per client is the primary one; the
 * {@code primary_client_id} column makes the database refuse a second (see {@link #deriveColumns()}).
 */
@Entity
@Table(name = "contacts")
public class Contact extends AbstractEntity {

    public static final int FIRST_NAME_MAX = 100;
    public static final int LAST_NAME_MAX = 100;
    /** Long enough for the joined first and last name, so the automatic name always fits. */
    public static final int NAME_MAX = FIRST_NAME_MAX + 1 + LAST_NAME_MAX;

    public static final int EMAIL_MAX = Client.EMAIL_MAX;
    public static final int PHONE_MAX = Client.PHONE_MAX;
    public static final int TITLE_MAX = 100;
    public static final int NOTES_MAX = 2000;
    public static final int CONSENT_BY_MAX = 200;

    /** The client the contact belongs to; a contact never moves to another client. */
    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id", nullable = false, updatable = false)
    private Client client;

    /** The individual client this contact is, when a person is both a client and a company's contact. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "individual_id")
    private @Nullable Client individual;

    @Size(max = FIRST_NAME_MAX)
    @Column(name = "first_name", length = FIRST_NAME_MAX)
    private @Nullable String firstName;

    @Size(max = LAST_NAME_MAX)
    @Column(name = "last_name", length = LAST_NAME_MAX)
    private @Nullable String lastName;

    @NotBlank(message = "{contact.name.required}")
    @Size(max = NAME_MAX)
    @Column(nullable = false, length = NAME_MAX)
    private String name = "";

    @Email(regexp = EmailAddresses.PATTERN, message = "{contact.email.invalid}")
    @Size(max = EMAIL_MAX)
    @Column(length = EMAIL_MAX)
    private @Nullable String email;

    @Pattern(regexp = PhoneNumbers.PATTERN, message = "{contact.phone.invalid}")
    @Size(max = PHONE_MAX)
    @Column(length = PHONE_MAX)
    private @Nullable String phone;

    @Pattern(regexp = PhoneNumbers.PATTERN, message = "{contact.phone.invalid}")
    @Size(max = PHONE_MAX)
    @Column(length = PHONE_MAX)
    private @Nullable String mobile;

    /** Job title or designation, e.g. "Head of Purchasing". */
    @Size(max = TITLE_MAX)
    @Column(length = TITLE_MAX)
    private @Nullable String title;

    /**
     * Set by the service only. A trashed contact keeps the flag so that undoing the trash can give the client its
     * primary back; "the primary contact" always means a live one ({@link #isLivePrimary()}).
     */
    @Column(name = "is_primary", nullable = false)
    private boolean primary;

    /** Whether the contact has agreed to receive e-mail (the answer to an opt-in request). */
    @Column(name = "opt_in", nullable = false)
    private boolean optIn;

    /** When the opt-in was last ticked; null without opt-in, and for consent given before dates were kept. */
    @Column(name = "opt_in_at")
    private @Nullable Instant optInAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "opt_in_source", length = 20)
    private @Nullable ConsentSource optInSource;

    /** Who recorded the consent (the back-office user or the importing user), as named then. */
    @Column(name = "opt_in_by", length = CONSENT_BY_MAX)
    private @Nullable String optInBy;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "default_role", nullable = false, length = 10)
    private RecipientRole defaultRole = RecipientRole.NONE;

    /**
     * Whether the client's scheduled statements go to this contact; they reach it only while it is opted in to e-mail
     * ({@link #isOptIn()}).
     */
    @Column(name = "receives_statements", nullable = false)
    private boolean receivesStatements;

    @Size(max = NOTES_MAX)
    @Column(length = NOTES_MAX)
    private @Nullable String notes;

    /**
     * The client's id while this is its live primary contact, else null. A unique index on it lets the database
     * refuse a second primary even if Java gets it wrong; MySQL and H2 both allow any number of NULLs there.
     */
    @Column(name = "primary_client_id")
    private @Nullable Long primaryClientId;

    @Column(name = "trashed_at")
    private @Nullable Instant trashedAt;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    private @Nullable Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    private @Nullable Instant updatedAt;

    /** For JPA, which sets the client. */
    protected Contact() {}

    public Contact(Client client) {
        this.client = client;
    }

    private static final java.util.regex.Pattern BLANKS = java.util.regex.Pattern.compile("\\s+");

    /** "First Last": stripped, blanks left out, single spaces; empty when both are blank. */
    public static String joinName(@Nullable String firstName, @Nullable String lastName) {
        return Stream.of(firstName, lastName)
                .filter(Objects::nonNull)
                .map(part -> BLANKS.matcher(part.strip()).replaceAll(" "))
                .filter(part -> !part.isEmpty())
                .collect(Collectors.joining(" "));
    }

    /** Whether the name is still the automatic one, i.e. nobody typed their own. */
    public boolean hasAutomaticName() {
        return name.isBlank() || name.equals(joinName(firstName, lastName));
    }

    @PrePersist
    @PreUpdate
    void deriveColumns() {
        primaryClientId = isLivePrimary() ? client.getId() : null;
    }

    public boolean isLivePrimary() {
        return primary && trashedAt == null;
    }

    public boolean isTrashed() {
        return trashedAt != null;
    }

    void setTrashedAt(@Nullable Instant trashedAt) {
        this.trashedAt = trashedAt;
    }

    void setClient(Client client) {
        this.client = client;
    }

    public Client getClient() {
        return client;
    }

    public @Nullable Client getIndividual() {
        return individual;
    }

    public void setIndividual(@Nullable Client individual) {
        this.individual = individual;
    }

    public @Nullable String getFirstName() {
        return firstName;
    }

    public void setFirstName(@Nullable String firstName) {
        this.firstName = PlainText.clean(firstName);
    }

    public @Nullable String getLastName() {
        return lastName;
    }

    public void setLastName(@Nullable String lastName) {
        this.lastName = PlainText.clean(lastName);
    }

    public String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name == null ? "" : PlainText.cleanNonNull(name);
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

    public @Nullable String getTitle() {
        return title;
    }

    public void setTitle(@Nullable String title) {
        this.title = title;
    }

    public boolean isPrimary() {
        return primary;
    }

    /**
     * What the user asks for. {@link ContactService#save} has the last word: a client's first live contact is primary
     * whatever is asked, asking for primary demotes the previous one, and the primary cannot simply be unticked.
     */
    public void setPrimary(boolean primary) {
        this.primary = primary;
    }

    public boolean isOptIn() {
        return optIn;
    }

    public void setOptIn(boolean optIn) {
        this.optIn = optIn;
    }

    public @Nullable Instant getOptInAt() {
        return optInAt;
    }

    public @Nullable ConsentSource getOptInSource() {
        return optInSource;
    }

    public @Nullable String getOptInBy() {
        return optInBy;
    }

    /** Set by the service only, when the opt-in is ticked or cleared (see {@link ContactService#save}). */
    void recordConsent(@Nullable Instant at, @Nullable ConsentSource source, @Nullable String by) {
        this.optInAt = at;
        this.optInSource = source;
        this.optInBy = by == null || by.length() <= CONSENT_BY_MAX ? by : by.substring(0, CONSENT_BY_MAX);
    }

    public RecipientRole getDefaultRole() {
        return defaultRole;
    }

    public void setDefaultRole(RecipientRole defaultRole) {
        this.defaultRole = defaultRole;
    }

    public boolean isReceivesStatements() {
        return receivesStatements;
    }

    public void setReceivesStatements(boolean receivesStatements) {
        this.receivesStatements = receivesStatements;
    }

    public @Nullable String getNotes() {
        return notes;
    }

    public void setNotes(@Nullable String notes) {
        this.notes = notes;
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

    // Custom fields (issue 22): the values the form set, by field id, checked and written by ContactService in the
    // contact's transaction; null when not loaded, so the stored ones stay as they are.
    @Transient
    private @Nullable Map<Long, Object> customValues;

    /** The custom values the form or an import set, by field id; null when not loaded. */
    public @Nullable Map<Long, Object> getCustomValues() {
        return customValues;
    }

    public void setCustomValues(@Nullable Map<Long, Object> customValues) {
        this.customValues = customValues;
    }
}
