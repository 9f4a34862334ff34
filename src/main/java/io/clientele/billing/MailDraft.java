package io.clientele.billing;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the "Email invoice/quote" dialog starts from: recipients proposed by the contacts' default roles, subject and
 * body in the client's language, and every address of the client and its live contacts to pick more from.
 *
 * @param addressBook the client's own address first, then its contacts', each once
 * @param publicUrl   the invoice's public page (quoted in the body), null for quotes
 */
public record MailDraft(
        DocumentType type,
        long documentId,
        String number,
        String clientName,
        List<String> to,
        List<String> cc,
        List<String> bcc,
        String subject,
        String body,
        List<MailRecipient> addressBook,
        @Nullable String publicUrl) {

    public MailDraft {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        bcc = List.copyOf(bcc);
        addressBook = List.copyOf(addressBook);
    }
}
