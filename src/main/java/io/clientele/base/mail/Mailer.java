package io.clientele.base.mail;

/** Sends one e-mail now. Implementations: SMTP through Spring Mail, or a log-only sender when none is configured. */
public interface Mailer {

    /**
     * Hands the message to the mail server (or the log). Returns once it was accepted.
     *
     * @throws MailDeliveryException when the server refused it or could not be reached
     */
    void send(OutgoingMail mail);

    /** Whether mail reaches anyone: false for the log-only sender, when no SMTP server is configured. */
    default boolean delivers() {
        return true;
    }
}
