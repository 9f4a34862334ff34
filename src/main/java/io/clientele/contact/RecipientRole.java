package io.clientele.contact;

/** How a contact is addressed by default when quotes and invoices go out by e-mail. */
public enum RecipientRole {
    TO,
    CC,
    BCC,
    /** Not addressed unless picked by hand. */
    NONE
}
