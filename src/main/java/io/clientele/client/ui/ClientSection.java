package io.clientele.client.ui;

import com.vaadin.flow.component.Component;

/**
 * A tab on the client overview contributed by a feature (contacts, invoices, projects, …) as a Spring bean, so the
 * client feature never depends on the features that hang off a client.
 */
public interface ClientSection {

    /** Position among the tabs, lowest first. */
    int order();

    /** Translation key of the tab label. */
    String titleKey();

    /** Element id of the tab, for tests and deep links. */
    String id();

    /** Whether the current user sees this section for the client at all; most sections are for everyone. */
    default boolean visible(long clientId) {
        return true;
    }

    /**
     * Builds the section's content for one client. Called once per overview; {@code context} lets the section ask
     * the overview to reload its header (e.g. after the primary contact changed).
     */
    Component create(long clientId, ClientContext context);

    /** What a section may ask of the overview it sits on. */
    interface ClientContext {

        /** Re-reads the client and refreshes the header and every section. */
        void refresh();

        /** Whether the current user may change this client (and so its contacts, notes, …). */
        boolean canEdit();
    }
}
