package io.clientele.helpdesk;

import io.clientele.base.mail.MailIdentity;
import io.clientele.base.mail.MailTemplateText;
import io.clientele.base.mail.MailTemplates;
import io.clientele.base.mail.MailTexts;
import io.clientele.base.mail.Mailer;
import io.clientele.base.mail.OutgoingMail;
import io.clientele.base.security.UserDirectory;
import io.clientele.base.security.UserRef;
import java.time.Clock;
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
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Tells the other side of a support thread about a new message, once it is committed: the client's login hears of a
 * staff reply in the client's language; the assignee (else the client's owner) hears of a client's message in their
 * own language. The message id is the idempotency key: it is claimed in the database before the mail leaves, so a
 * message is announced once, and a mail failure loses nothing (the message stands and shows in the thread, and its
 * claim is rolled back, so it stays marked as not announced).
 */
@Component
class SupportMail {

    private static final Logger log = LoggerFactory.getLogger(SupportMail.class);
    private static final String BUNDLE = "support-mail.messages";

    private final SupportRequestRepository requests;
    private final SupportMessageRepository messages;
    private final UserDirectory users;
    private final Mailer mailer;
    private final Clock clock;
    private final MailIdentity identity;
    private final MailTemplates templates;

    SupportMail(
            SupportRequestRepository requests,
            SupportMessageRepository messages,
            UserDirectory users,
            Mailer mailer,
            Clock clock,
            MailIdentity identity,
            MailTemplates templates) {
        this.templates = templates;
        this.requests = requests;
        this.messages = messages;
        this.users = users;
        this.mailer = mailer;
        this.clock = clock;
        this.identity = identity;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onPosted(SupportMessagePosted event) {
        try {
            send(event);
        } catch (RuntimeException e) {
            // The claim goes back with the rollback: the message stays marked as not announced.
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            log.warn(
                    "Support request {}: e-mail about message {} not sent: {}",
                    event.requestId(),
                    event.messageId(),
                    e.toString());
        }
    }

    private void send(SupportMessagePosted event) {
        if (event.recipientId() == null) {
            log.info("Support request {}: nobody to tell about message {}", event.requestId(), event.messageId());
            return;
        }
        Optional<String> email = users.email(event.recipientId());
        Optional<UserRef> recipient = users.find(event.recipientId());
        if (email.isEmpty() || recipient.isEmpty()) {
            log.info("Support request {}: the recipient has no e-mail address", event.requestId());
            return;
        }
        if (messages.claimNotification(event.messageId(), clock.instant()) == 0) {
            return;
        }
        SupportRequest request = requests.findById(event.requestId()).orElseThrow();
        SupportMessage message = messages.findById(event.messageId()).orElseThrow();
        // The client reads its e-mails in its own language; staff in the one they chose for the back office.
        String language = event.fromClient()
                ? users.preferredLanguage(recipient.get().username()).orElse("en")
                : event.clientLanguage();
        Locale locale = Locale.forLanguageTag(language);
        MailTexts texts = new MailTexts(BUNDLE, locale);
        String link = event.fromClient()
                ? identity.url("support/" + event.requestId())
                : identity.url("portal/support/" + event.requestId());
        Object[] args = {
            recipient.get().displayName(),
            request.getSubject(),
            event.clientName(),
            message.getAuthorName(),
            message.getBody(),
            link,
            String.valueOf(event.requestId())
        };
        // A reply to the client is a template the business may change; the note to staff is internal and stays fixed.
        String subject;
        String body;
        if (event.fromClient()) {
            subject = texts.text("support.to-staff.subject", args);
            body = texts.text("support.to-staff.body", args);
        } else {
            MailTemplateText text = templates.render(
                    SupportMailKind.REPLY,
                    language,
                    SupportMailKind.values(recipient.get().displayName(), request, event.clientName(), message, link));
            subject = text.subject();
            body = text.body();
        }
        mailer.send(new OutgoingMail(
                identity.from(),
                identity.senderName(),
                List.of(email.get()),
                List.of(),
                List.of(),
                subject,
                body,
                List.of()));
    }
}
