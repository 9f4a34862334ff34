package io.clientele.billing;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Where an invoice's public page lives, as the client reaches it from an e-mail: no login, only the token. */
@Component
public class PublicLinks {

    /** The route of the public invoice page, without the token. */
    public static final String INVOICE_PATH = "public/invoice";

    private final String baseUrl;

    PublicLinks(@Value("${clientele.public-url:http://localhost:8080}") String baseUrl) {
        this.baseUrl = baseUrl.strip().replaceAll("/+$", "");
    }

    /** The full address of an invoice's public page, e.g. {@code https://billing.example.com/public/invoice/…}. */
    public String invoiceUrl(String token) {
        return baseUrl + "/" + INVOICE_PATH + "/" + token;
    }
}
