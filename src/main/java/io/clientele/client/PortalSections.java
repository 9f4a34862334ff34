package io.clientele.client;

/**
 * The Client Center sections a client's users may open; a section that is off behaves as if it had no records.
 */
public record PortalSections(boolean invoices, boolean quotes, boolean payments, boolean projects, boolean timesheets) {

    public static final PortalSections ALL = new PortalSections(true, true, true, true, true);
}
