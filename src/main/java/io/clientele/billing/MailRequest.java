package io.clientele.billing;

import java.util.List;

/**
 * An invoice or quote e-mail as the user confirmed it.
 *
 * @param idempotencyKey made once per dialog (a UUID): a second send with the same key sends nothing, so a double
 *                       click or a repeated request delivers one e-mail
 */
public record MailRequest(
        String idempotencyKey, List<String> to, List<String> cc, List<String> bcc, String subject, String body) {

    public MailRequest {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        bcc = List.copyOf(bcc);
    }
}
