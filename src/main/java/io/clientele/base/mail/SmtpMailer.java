package io.clientele.base.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Sends through Spring's {@link JavaMailSender}, which Boot configures from {@code spring.mail.*}. */
class SmtpMailer implements Mailer {

    private static final Logger log = LoggerFactory.getLogger(SmtpMailer.class);

    // Looked up per message: the sender bean's settings (host, port) are then read when a message goes out.
    private final ObjectProvider<JavaMailSender> sender;

    SmtpMailer(ObjectProvider<JavaMailSender> sender) {
        this.sender = sender;
    }

    @Override
    public void send(OutgoingMail mail) {
        JavaMailSender javaMail = sender.getObject();
        try {
            MimeMessage message = javaMail.createMimeMessage();
            MimeMessageHelper helper =
                    new MimeMessageHelper(message, !mail.attachments().isEmpty(), StandardCharsets.UTF_8.name());
            if (mail.fromName() == null) {
                helper.setFrom(mail.from());
            } else {
                helper.setFrom(mail.from(), mail.fromName());
            }
            helper.setTo(mail.to().toArray(String[]::new));
            helper.setCc(mail.cc().toArray(String[]::new));
            helper.setBcc(mail.bcc().toArray(String[]::new));
            helper.setSubject(mail.subject());
            helper.setText(mail.body(), false);
            for (OutgoingMail.Attachment a : mail.attachments()) {
                helper.addAttachment(a.fileName(), new ByteArrayResource(a.content()), a.contentType());
            }
            javaMail.send(message);
            log.info(
                    "Mail \"{}\" sent to {} recipient(s)",
                    mail.subject(),
                    mail.recipients().size());
        } catch (MessagingException | UnsupportedEncodingException | MailException e) {
            throw new MailDeliveryException("Mail \"" + mail.subject() + "\" not sent: " + e.getMessage(), e);
        }
    }
}
