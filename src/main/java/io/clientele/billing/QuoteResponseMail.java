package io.clientele.billing;

import io.clientele.base.mail.MailIdentity;
import io.clientele.base.mail.MailTexts;
import io.clientele.base.mail.Mailer;
import io.clientele.base.mail.OutgoingMail;
import io.clientele.base.security.UserDirectory;
import io.clientele.base.security.UserRef;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the back office a client answered a quote: an e-mail to the client's owner, in their language, once the answer
 * is committed. A mail failure is logged and loses nothing: the answer stands and shows on the quote.
 */
@Component
class QuoteResponseMail {

    private static final Logger log = LoggerFactory.getLogger(QuoteResponseMail.class);
    private static final String BUNDLE = "quote-response-mail.messages";

    private final QuoteResponseRepository responses;
    private final QuoteRepository quotes;
    private final UserDirectory users;
    private final Mailer mailer;
    private final MailIdentity identity;

    QuoteResponseMail(
            QuoteResponseRepository responses,
            QuoteRepository quotes,
            UserDirectory users,
            Mailer mailer,
            MailIdentity identity) {
        this.responses = responses;
        this.quotes = quotes;
        this.users = users;
        this.mailer = mailer;
        this.identity = identity;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public void onResponded(QuoteResponded event) {
        try {
            send(event);
        } catch (RuntimeException e) {
            log.warn("Quote {}: answer e-mail to the owner not sent: {}", event.quoteId(), e.toString());
        }
    }

    private void send(QuoteResponded event) {
        QuoteResponse response = responses.findById(event.responseId()).orElseThrow();
        Quote quote = quotes.findById(event.quoteId()).orElseThrow();
        Long ownerId = quote.getClient().getOwnerId();
        Optional<String> email = ownerId == null ? Optional.empty() : users.email(ownerId);
        Optional<UserRef> owner = ownerId == null ? Optional.empty() : users.find(ownerId);
        if (email.isEmpty() || owner.isEmpty()) {
            log.info("Quote {}: the client has no owner with an e-mail address to tell", event.quoteId());
            return;
        }
        Locale locale = users.preferredLanguage(owner.get().username())
                .map(Locale::forLanguageTag)
                .orElse(Locale.ENGLISH);
        MailTexts texts = new MailTexts(BUNDLE, locale);
        String at = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(ZoneId.systemDefault())
                .format(response.getRespondedAt());
        boolean accepted = response.getDecision() == QuoteResponse.Decision.ACCEPTED;
        Object[] args = {
            owner.get().displayName(),
            quote.getNumber(),
            quote.getClient().getName(),
            response.getAccountName(),
            at,
            response.getSignedName() == null ? "" : response.getSignedName(),
            response.getNote() == null ? "" : response.getNote(),
            response.getPoNumber() == null ? "" : response.getPoNumber(),
            identity.url("quotes")
        };
        String kind = accepted ? "accepted" : "declined";
        mailer.send(new OutgoingMail(
                identity.from(),
                identity.senderName(),
                List.of(email.get()),
                List.of(),
                List.of(),
                texts.text("quote." + kind + ".subject", args),
                texts.text("quote." + kind + ".body", args),
                List.of()));
    }
}
