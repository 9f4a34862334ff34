package io.clientele.base.mail;

/** The mail server refused a message or could not be reached; nothing was sent. */
public class MailDeliveryException extends RuntimeException {

    public MailDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
