package io.clientele.base.mail;

import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sender when no SMTP server is configured (development, demos): writes who would have received what to the
 * log and delivers nothing. The body is logged at DEBUG only, since it can hold links that open client documents.
 */
class LogMailer implements Mailer {

    private static final Logger log = LoggerFactory.getLogger(LogMailer.class);

    private final AtomicBoolean warned = new AtomicBoolean();

    @Override
    public boolean delivers() {
        return false;
    }

    @Override
    public void send(OutgoingMail mail) {
        if (warned.compareAndSet(false, true)) {
            log.warn("spring.mail.host is not set: e-mails are only written to this log, NOT delivered");
        }
        log.info(
                "Mail (log only) from {} to {} cc {} bcc {}: \"{}\"{}",
                mail.from(),
                mail.to(),
                mail.cc(),
                mail.bcc(),
                mail.subject(),
                mail.attachments().isEmpty() ? "" : " with " + mail.attachments());
        log.debug("Mail body:\n{}", mail.body());
    }
}
