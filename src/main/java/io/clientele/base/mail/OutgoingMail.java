package io.clientele.base.mail;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * One plain-text e-mail as it leaves the application.
 *
 * @param from        sender address
 * @param fromName    sender's display name, or null for the bare address
 * @param to          at least one of to, cc and bcc holds an address
 * @param attachments files sent along (the PDF of an invoice, later); may be empty
 */
public record OutgoingMail(
        String from,
        @Nullable String fromName,
        List<String> to,
        List<String> cc,
        List<String> bcc,
        String subject,
        String body,
        List<Attachment> attachments) {

    public OutgoingMail {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        bcc = List.copyOf(bcc);
        attachments = List.copyOf(attachments);
        if (to.isEmpty() && cc.isEmpty() && bcc.isEmpty()) {
            throw new IllegalArgumentException("An e-mail needs at least one recipient");
        }
    }

    /** Every recipient, To first, then Cc, then Bcc. */
    public List<String> recipients() {
        return Stream.of(to, cc, bcc).flatMap(List::stream).toList();
    }

    /** A file attached to the message. */
    public record Attachment(String fileName, String contentType, byte[] content) {

        public Attachment {
            Objects.requireNonNull(fileName);
            Objects.requireNonNull(contentType);
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Attachment a
                    && a.fileName.equals(fileName)
                    && a.contentType.equals(contentType)
                    && Arrays.equals(a.content, content);
        }

        @Override
        public int hashCode() {
            return Objects.hash(fileName, contentType, Arrays.hashCode(content));
        }

        @Override
        public String toString() {
            return "Attachment[" + fileName + ", " + contentType + ", " + content.length + " bytes]";
        }
    }
}
