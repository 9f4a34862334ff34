package io.clientele.client;

/**
 * The Client Center sections a client's users may open; a section that is off behaves as if it had no records.
 * {@code support} opens support requests: the client's logins may write to the back office.
 */
public record PortalSections(
        boolean invoices, boolean quotes, boolean payments, boolean projects, boolean timesheets, boolean support) {

    public static final PortalSections ALL = new PortalSections(true, true, true, true, true, true);

    /** Nothing open: a trashed client, or a login without permissions. */
    public static final PortalSections NONE = new PortalSections(false, false, false, false, false, false);
}
