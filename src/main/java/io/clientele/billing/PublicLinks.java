package io.clientele.billing;

import io.clientele.base.mail.MailIdentity;
import org.springframework.stereotype.Component;

/** Where an invoice's public page lives, as the client reaches it from an e-mail: no login, only the token. */
@Component
public class PublicLinks {

    /** The route of the public invoice page, without the token. */
    public static final String INVOICE_PATH = "public/invoice";

    private final MailIdentity identity;

    PublicLinks(MailIdentity identity) {
        this.identity = identity;
    }

    /** The full address of an invoice's public page, e.g. {@code https://billing.example.com/public/invoice/…}. */
    public String invoiceUrl(String token) {
        return identity.url(INVOICE_PATH + "/" + token);
    }
}
