package io.clientele.contact;

import org.jspecify.annotations.Nullable;

/**
 * Published inside the transaction that saved, trashed or restored a contact, for features that keep something in
 * step with a contact without the contact knowing them (a Client Center login takes the contact's name and e-mail,
 * and is disabled when the contact is trashed). A listener that throws a rule violation undoes the change.
 *
 * @param live false when the contact was just trashed
 */
public record ContactChanged(
        long contactId,
        long clientId,
        String name,
        @Nullable String email,
        boolean live) {}
