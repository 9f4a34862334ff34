package io.clientele.account;

import io.clientele.base.domain.AbstractEntity;
import io.clientele.base.domain.EmailAddresses;
import io.clientele.base.domain.PlainText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.hibernate.annotations.CreationTimestamp;
import org.jspecify.annotations.Nullable;

/** A login: back-office staff, managers, admins and (later) client users. */
@Entity
@Table(name = "user_accounts")
public class UserAccount extends AbstractEntity {

    public static final int USERNAME_MAX = 100;
    public static final int NAME_MAX = 200;
    public static final int EMAIL_MAX = 254;

    @NotBlank
    @Size(max = USERNAME_MAX)
    @Column(nullable = false, unique = true, length = USERNAME_MAX)
    private String username = "";

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(name = "display_name", nullable = false, length = NAME_MAX)
    private String displayName = "";

    @Email(regexp = EmailAddresses.PATTERN, message = "{client.email.invalid}")
    @Size(max = EMAIL_MAX)
    @Column(length = EMAIL_MAX)
    private @Nullable String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "account_type", nullable = false, length = 20)
    private AccountType type = AccountType.STAFF;

    @Column(nullable = false)
    private boolean enabled = true;

    /** STAFF only: sees every client, not just those they own or are assigned to. */
    @Column(name = "view_all_clients", nullable = false)
    private boolean viewAllClients;

    /** The UI language the user picked (ISO 639-1); null means the browser's. */
    @Column(length = 8)
    private @Nullable String language;

    /** CLIENT only: the client whose Client Center this login opens; null for back-office accounts. */
    @Column(name = "client_id")
    private @Nullable Long clientId;

    /**
     * CLIENT only: the contact this login is for; its name and e-mail follow the contact's, and trashing the contact
     * disables the login. Null for back-office accounts and for client logins older than contacts' logins whose client
     * had no contact.
     */
    @Column(name = "contact_id")
    private @Nullable Long contactId;

    @Column(name = "portal_invoices", nullable = false)
    private boolean portalInvoices = true;

    @Column(name = "portal_quotes", nullable = false)
    private boolean portalQuotes = true;

    @Column(name = "portal_projects", nullable = false)
    private boolean portalProjects = true;

    @Column(name = "portal_timesheets", nullable = false)
    private boolean portalTimesheets = true;

    @Column(name = "portal_support", nullable = false)
    private boolean portalSupport = true;

    /** When the password last changed; sessions that signed in before it end. */
    @Column(name = "credentials_changed_at")
    private @Nullable Instant credentialsChangedAt;

    @Column(name = "last_login_at")
    private @Nullable Instant lastLoginAt;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    private @Nullable Instant createdAt;

    protected UserAccount() {}

    public UserAccount(String username, String displayName, AccountType type) {
        this.username = PlainText.cleanNonNull(username);
        this.displayName = PlainText.cleanNonNull(displayName);
        this.type = type;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = PlainText.cleanNonNull(displayName);
    }

    public @Nullable String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = PlainText.clean(email);
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public AccountType getType() {
        return type;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isViewAllClients() {
        return viewAllClients;
    }

    public void setViewAllClients(boolean viewAllClients) {
        this.viewAllClients = viewAllClients;
    }

    public @Nullable String getLanguage() {
        return language;
    }

    public void setLanguage(@Nullable String language) {
        this.language = language;
    }

    public @Nullable Instant getLastLoginAt() {
        return lastLoginAt;
    }

    void setLastLoginAt(@Nullable Instant lastLoginAt) {
        this.lastLoginAt = lastLoginAt;
    }

    public @Nullable Instant getCredentialsChangedAt() {
        return credentialsChangedAt;
    }

    /**
     * What a session keeps of the password it proved ({@code SessionStamps}): a digest of the hash, which a new
     * password (salted afresh) always changes, so the session ends on its next request.
     */
    String credentialsStamp() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(passwordHash.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new password, changed at {@code at}: sessions that proved the old one end on their next request. */
    void passwordChanged(String hash, Instant at) {
        this.passwordHash = hash;
        this.credentialsChangedAt = at;
    }

    public @Nullable Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Long getClientId() {
        return clientId;
    }

    public void setClientId(@Nullable Long clientId) {
        this.clientId = clientId;
    }

    public @Nullable Long getContactId() {
        return contactId;
    }

    void setContactId(@Nullable Long contactId) {
        this.contactId = contactId;
    }

    /** CLIENT only: what this login may open, under its client's switches. */
    public LoginPermissions getPermissions() {
        return new LoginPermissions(portalInvoices, portalQuotes, portalProjects, portalTimesheets, portalSupport);
    }

    void setPermissions(LoginPermissions permissions) {
        this.portalInvoices = permissions.invoices();
        this.portalQuotes = permissions.quotes();
        this.portalProjects = permissions.projects();
        this.portalTimesheets = permissions.timesheets();
        this.portalSupport = permissions.support();
    }
}
