package io.clientele.account;

import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.mail.Mailer;
import io.clientele.base.mail.OutgoingMail;
import io.clientele.base.security.PasswordResetRequests;
import io.clientele.base.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Welcome e-mails with a set-password link, and setting a password through such a link. The link's token is random
 * (256 bits); only its SHA-256 is stored, it works once and expires after {@code clientele.accounts.token-hours}.
 */
@Service
public class PasswordLinks implements PasswordResetRequests {

    /** The public route of the set-password page. */
    public static final String PATH = "set-password";

    private static final String BUNDLE = "account-mail.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final UserAccountRepository accounts;
    private final PasswordTokenRepository tokens;
    private final PasswordEncoder passwordEncoder;
    private final Mailer mailer;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Duration validity;
    private final String publicUrl;
    private final String from;
    private final String senderName;

    PasswordLinks(
            UserAccountRepository accounts,
            PasswordTokenRepository tokens,
            PasswordEncoder passwordEncoder,
            Mailer mailer,
            Clock clock,
            @Value("${clientele.accounts.token-hours:72}") int tokenHours,
            @Value("${clientele.public-url:http://localhost:8080}") String publicUrl,
            @Value("${clientele.mail.from:billing@clientele.example}") String from,
            @Value("${clientele.mail.sender-name:Clientele}") String senderName) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.mailer = mailer;
        this.clock = clock;
        this.validity = Duration.ofHours(tokenHours);
        this.publicUrl = publicUrl.replaceAll("/+$", "");
        this.from = from;
        this.senderName = senderName;
    }

    /**
     * E-mails the account a welcome with the login address and a fresh set-password link, in its client's language.
     *
     * @throws IllegalArgumentException when the account has no e-mail address
     */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public void sendWelcome(long accountId) {
        sendLink(accounts.findById(accountId).orElseThrow(), "welcome");
    }

    /** Whether welcome e-mails reach anyone; without an SMTP server an administrator hands the link over instead. */
    @PermitAll
    public boolean mailDelivers() {
        return mailer.delivers();
    }

    /**
     * A fresh set-password link for the account, for an administrator to hand over when no mail is delivered. It is
     * shown once (only its hash is stored), works once and expires like an e-mailed one.
     */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public String issueLink(long accountId) {
        UserAccount account = accounts.findById(accountId).orElseThrow();
        if (!account.isEnabled()) {
            throw new RuleViolationException("account.link.disabled");
        }
        String token = newToken();
        tokens.save(new PasswordToken(hash(token), accountId, clock.instant().plus(validity)));
        return publicUrl + "/" + PATH + "/" + token;
    }

    /**
     * "Forgot password": e-mails a set-password link to the enabled account with this username or e-mail. Says
     * nothing either way, and a failed delivery is only logged, so the answer never reveals whether an account
     * exists.
     */
    @Override
    @Transactional
    @PermitAll
    public void request(String usernameOrEmail) {
        String typed = usernameOrEmail.strip();
        if (typed.isEmpty() || typed.length() > UserAccount.EMAIL_MAX) {
            return;
        }
        java.util.List<UserAccount> matches = new java.util.ArrayList<>();
        accounts.findByUsernameIgnoreCase(typed).ifPresent(matches::add);
        if (matches.isEmpty()) {
            matches.addAll(accounts.findByEmailIgnoreCase(typed));
        }
        for (UserAccount account : matches) {
            if (account.isEnabled()
                    && account.getEmail() != null
                    && !account.getEmail().isBlank()) {
                try {
                    sendLink(account, "reset");
                } catch (RuntimeException e) {
                    org.slf4j.LoggerFactory.getLogger(PasswordLinks.class)
                            .warn("Could not send a password reset link to account {}", account.getId(), e);
                }
            }
        }
    }

    private void sendLink(UserAccount account, String template) {
        long accountId = java.util.Objects.requireNonNull(account.getId());
        String email = account.getEmail();
        if (email == null || email.isBlank()) {
            throw new IllegalArgumentException("The account has no e-mail address");
        }
        String token = newToken();
        tokens.save(new PasswordToken(hash(token), accountId, clock.instant().plus(validity)));
        Long clientId = account.getClientId();
        String language =
                clientId == null ? null : accounts.clientLanguage(clientId).orElse(null);
        String name = clientId == null
                ? account.getDisplayName()
                : accounts.clientName(clientId).orElse(account.getDisplayName());
        Locale locale = language == null ? Locale.ENGLISH : Locale.forLanguageTag(language);
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
        String[] args = {name, publicUrl + "/login", publicUrl + "/" + PATH + "/" + token, account.getUsername()};
        mailer.send(new OutgoingMail(
                from,
                senderName,
                List.of(email),
                List.of(),
                List.of(),
                new MessageFormat(texts.getString(template + ".subject"), locale).format(args),
                new MessageFormat(texts.getString(template + ".body"), locale).format(args),
                List.of()));
    }

    /** Whether a link's token can still set a password (exists, unused, not expired, account enabled). */
    @Transactional(readOnly = true)
    @PermitAll
    public boolean isValid(String token) {
        return usable(token).isPresent();
    }

    /**
     * Sets the account's password through a link, which is then used up; also lifts a lockout.
     *
     * @throws RuleViolationException {@code account.link.invalid}, or a {@link PasswordPolicy} key
     */
    @Transactional
    @PermitAll
    public void setPassword(String token, String password) {
        PasswordToken link = usable(token).orElseThrow(() -> new RuleViolationException("account.link.invalid"));
        UserAccount account = accounts.findById(link.getAccountId()).orElseThrow();
        PasswordPolicy.check(password, account.getUsername(), account.getEmail());
        account.setPasswordHash(passwordEncoder.encode(password));
        account.setFailedLogins(0);
        account.setLockedUntil(null);
        link.markUsed(clock.instant());
    }

    private Optional<PasswordToken> usable(String token) {
        if (token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByTokenHash(hash(token))
                .filter(t -> t.isUsable(now))
                .filter(t -> accounts.findById(t.getAccountId())
                        .map(UserAccount::isEnabled)
                        .orElse(false));
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
