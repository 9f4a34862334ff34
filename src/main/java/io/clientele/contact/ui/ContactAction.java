package io.clientele.contact.ui;

/**
 * An entry in a live contact's Options menu contributed by another feature as a Spring bean (a Client Center login
 * for the contact), so the contact feature never depends on the features that act on a contact.
 */
public interface ContactAction {

    /** Translation key of the menu entry. */
    String labelKey();

    /** Element id of the menu entry, for tests. */
    String id();

    /** Whether the current user gets this entry at all. */
    boolean visible();

    /** Runs the action for a live contact of the client; {@code afterChange} refreshes the contacts tab. */
    void run(long clientId, long contactId, String contactName, Runnable afterChange);
}
