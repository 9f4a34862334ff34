package io.clientele.account;

import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.mail.MailIdentity;
import io.clientele.base.mail.MailTemplateText;
import io.clientele.base.mail.MailTemplates;
import io.clientele.base.mail.Mailer;
import io.clientele.base.mail.OutgoingMail;
import io.clientele.base.security.LoginThrottle;
import io.clientele.base.security.PasswordResetRequests;
import io.clientele.base.security.Roles;
import io.clientele.client.ClientDirectory;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Welcome e-mails with a set-password link, and setting a password through such a link. The link's token is random
 * (256 bits); only its SHA-256 is stored, it works once and expires after {@code clientele.accounts.token-hours}.
 */
@Service
public class PasswordLinks implements PasswordResetRequests {

    /** The public route of the set-password page. */
    public static final String PATH = "set-password";

    private final UserAccountRepository accounts;
    private final ClientDirectory clients;
    private final PasswordTokenRepository tokens;
    private final PasswordEncoder passwordEncoder;
    private final Mailer mailer;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Duration validity;
    private final MailIdentity identity;
    private final MailTemplates templates;

    /** Reset mails per account per hour, and reset requests per source address per hour. */
    static final int MAILS_PER_ACCOUNT_HOUR = 3;

    static final int REQUESTS_PER_ADDRESS_HOUR = 10;

    private final AccountEventRepository events;
    private final LoginThrottle throttle;
    private final TransactionTemplate transactions;
    private final Map<String, Deque<Instant>> requestsByAddress = new ConcurrentHashMap<>();
    /**
     * One thread, a short queue, and requests beyond it dropped: "forgot password" answers at once whether or not the
     * account exists, and a flood of requests cannot pile up mail work.
     */
    private final ExecutorService mailWork = new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(100),
            Thread.ofPlatform().name("password-reset-mail").daemon().factory(),
            new ThreadPoolExecutor.DiscardPolicy());

    PasswordLinks(
            UserAccountRepository accounts,
            ClientDirectory clients,
            PasswordTokenRepository tokens,
            AccountEventRepository events,
            LoginThrottle throttle,
            PlatformTransactionManager transactionManager,
            PasswordEncoder passwordEncoder,
            Mailer mailer,
            Clock clock,
            @Value("${clientele.accounts.token-hours:72}") int tokenHours,
            MailIdentity identity,
            MailTemplates templates) {
        this.templates = templates;
        this.accounts = accounts;
        this.clients = clients;
        this.tokens = tokens;
        this.events = events;
        this.throttle = throttle;
        this.transactions = new TransactionTemplate(transactionManager);
        this.passwordEncoder = passwordEncoder;
        this.mailer = mailer;
        this.clock = clock;
        this.validity = Duration.ofHours(tokenHours);
        this.identity = identity;
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
        return identity.url(PATH + "/" + token);
    }

    /**
     * "Forgot password": e-mails a set-password link to the enabled account with this username or e-mail. Says
     * nothing either way and answers at once: the look-up and the mail run off the request thread, so neither the
     * answer nor its timing reveals whether an account exists. At most {@value #MAILS_PER_ACCOUNT_HOUR} mails per
     * account and {@value #REQUESTS_PER_ADDRESS_HOUR} requests per source address an hour; a new link makes the
     * account's older ones useless.
     */
    @Override
    @PermitAll
    public void request(String usernameOrEmail) {
        String typed = usernameOrEmail.strip();
        if (typed.isEmpty() || typed.length() > UserAccount.EMAIL_MAX || !addressMayRequest(currentAddress())) {
            return;
        }
        mailWork.execute(() -> transactions.executeWithoutResult(status -> sendResets(typed)));
    }

    @PreDestroy
    void stop() {
        mailWork.shutdownNow();
    }

    private boolean addressMayRequest(String address) {
        Instant now = clock.instant();
        Instant hourAgo = now.minus(Duration.ofHours(1));
        if (requestsByAddress.size() > 100_000) {
            requestsByAddress.clear();
        }
        Deque<Instant> times = requestsByAddress.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(hourAgo)) {
                times.pollFirst();
            }
            if (times.size() >= REQUESTS_PER_ADDRESS_HOUR) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }

    private static String currentAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr()
                : "local";
    }

    private void sendResets(String typed) {
        List<UserAccount> matches = new ArrayList<>();
        accounts.findByUsernameIgnoreCase(typed).ifPresent(matches::add);
        if (matches.isEmpty()) {
            matches.addAll(accounts.findByEmailIgnoreCase(typed));
        }
        // Links sent within the last hour still have (almost) their full validity ahead.
        Instant sentWithinHour = clock.instant().plus(validity).minus(Duration.ofHours(1));
        for (UserAccount account : matches) {
            if (account.isEnabled()
                    && account.getEmail() != null
                    && !account.getEmail().isBlank()
                    && tokens.countSentSince(Objects.requireNonNull(account.getId()), sentWithinHour)
                            < MAILS_PER_ACCOUNT_HOUR) {
                try {
                    sendLink(account, "reset");
                } catch (RuntimeException e) {
                    LoggerFactory.getLogger(PasswordLinks.class)
                            .warn("Could not send a password reset link to account {}", account.getId(), e);
                }
            }
        }
    }

    private void sendLink(UserAccount account, String template) {
        long accountId = Objects.requireNonNull(account.getId());
        String email = account.getEmail();
        if (email == null || email.isBlank()) {
            throw new IllegalArgumentException("The account has no e-mail address");
        }
        String token = newToken();
        // Only the newest link works: an older one lying in a mailbox can no longer set the password.
        tokens.invalidateUnused(accountId, clock.instant());
        tokens.save(new PasswordToken(hash(token), accountId, clock.instant().plus(validity)));
        Long clientId = account.getClientId();
        String language = clientId == null ? null : clients.language(clientId).orElse(null);
        String name = clientId == null
                ? account.getDisplayName()
                : clients.name(clientId).orElse(account.getDisplayName());
        MailTemplateText text = templates.render(
                template.equals("welcome") ? AccountMailKinds.WELCOME : AccountMailKinds.RESET,
                language,
                AccountMailKinds.values(name, account.getUsername(), identity.url(PATH + "/" + token), identity));
        mailer.send(new OutgoingMail(
                identity.from(),
                identity.senderName(),
                List.of(email),
                List.of(),
                List.of(),
                text.subject(),
                text.body(),
                List.of()));
    }

    /** Whether a link's token can still set a password (exists, unused, not expired, account enabled). */
    @Transactional(readOnly = true)
    @PermitAll
    public boolean isValid(String token) {
        return usable(token).isPresent();
    }

    /**
     * Sets the account's password through a link, which is then used up; ends every session of the account and clears
     * its throttling.
     *
     * @throws RuleViolationException {@code account.link.invalid}, or a {@link PasswordPolicy} key
     */
    @Transactional
    @PermitAll
    public void setPassword(String token, String password) {
        PasswordToken link = usable(token).orElseThrow(() -> new RuleViolationException("account.link.invalid"));
        UserAccount account = accounts.findById(link.getAccountId()).orElseThrow();
        PasswordPolicy.check(password, account.getUsername(), account.getEmail());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        // Every session of the account ends (ASVS 7.4.3), and the throttling collected against it is forgotten.
        account.passwordChanged(passwordEncoder.encode(password), now);
        throttle.clear(account.getUsername());
        link.markUsed(now);
        events.save(new AccountEvent(
                account, AccountEvent.Action.PASSWORD_RESET, account.getUsername(), now, "set-password link"));
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
