package io.clientele.client.ui;

/**
 * An entry a feature adds to a client's Options menu in the list and on the overview (e.g. "Add contact"),
 * contributed as a Spring bean.
 */
public interface ClientAction {

    /** Position in the menu after the client's own View, Edit and Trash entries, lowest first. */
    int order();

    /** Translation key of the menu label. */
    String labelKey();

    /** Element id of the menu item. */
    String id();

    /** Whether the current user may use the action at all (checked again by the service behind it). */
    boolean isAvailable();

    /** Runs the action for one client; {@code afterChange} refreshes whatever view the menu sits on. */
    void run(long clientId, Runnable afterChange);
}
