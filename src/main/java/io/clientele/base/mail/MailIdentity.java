package io.clientele.base.mail;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who the application's e-mails come from and where the links in them lead: {@code clientele.mail.from},
 * {@code clientele.mail.sender-name} and {@code clientele.public-url} (the address clients and staff reach this
 * installation at), read once for every feature that writes mail.
 */
@Component
public class MailIdentity {

    private final String from;
    private final String senderName;
    private final String publicUrl;

    MailIdentity(
            @Value("${clientele.mail.from:billing@clientele.example}") String from,
            @Value("${clientele.mail.sender-name:Clientele}") String senderName,
            @Value("${clientele.public-url:http://localhost:8080}") String publicUrl) {
        this.from = from.strip();
        this.senderName = senderName.strip();
        this.publicUrl = publicUrl.strip().replaceAll("/+$", "");
    }

    /** The sender address. */
    public String from() {
        return from;
    }

    /** The sender's display name. */
    public String senderName() {
        return senderName;
    }

    /** An absolute address of this installation: {@code url("login")} → {@code https://billing.example/login}. */
    public String url(String path) {
        return publicUrl + "/" + path.replaceAll("^/+", "");
    }
}
