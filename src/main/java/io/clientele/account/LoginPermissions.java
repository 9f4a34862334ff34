package io.clientele.account;

import io.clientele.client.PortalSections;

/**
 * What one Client Center login may open. The client's own switches ({@link PortalSections}) stay the ceiling: a login
 * never sees a section its client has off, whatever it is granted here.
 *
 * @param invoices invoices, credit notes, payments and statements of account
 * @param quotes quotes (and, with them, accepting or declining a quote)
 * @param projects projects
 * @param timesheets hours worked on the client's projects
 * @param support support requests: opening them, reading their threads and replying
 */
public record LoginPermissions(
        boolean invoices, boolean quotes, boolean projects, boolean timesheets, boolean support) {

    /** Everything the client allows: what every login had before logins had permissions of their own. */
    public static final LoginPermissions ALL = new LoginPermissions(true, true, true, true, true);

    /** Nothing: what a caller without a Client Center login gets. */
    public static final LoginPermissions NONE = new LoginPermissions(false, false, false, false, false);

    /** The sections this login opens under its client's switches. */
    public PortalSections within(PortalSections client) {
        return new PortalSections(
                client.invoices() && invoices,
                client.quotes() && quotes,
                client.payments() && invoices,
                client.projects() && projects,
                client.timesheets() && timesheets,
                client.support() && support);
    }
}
