package io.clientele.billing;

/** An address a document can be e-mailed to, with whom it belongs to (the client or one of its contacts). */
public record MailRecipient(String name, String email) {

    /** "Anna Berg &lt;anna@example.com&gt;", or the bare address when there is no name. */
    public String label() {
        return name.isBlank() ? email : name + " <" + email + ">";
    }
}
