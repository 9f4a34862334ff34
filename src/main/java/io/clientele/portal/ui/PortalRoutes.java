package io.clientele.portal.ui;

/** The Client Center's addresses. */
public final class PortalRoutes {

    public static final String HOME = "portal";
    public static final String INVOICES = "portal/invoices";
    public static final String CREDIT_NOTES = "portal/credit-notes";
    public static final String QUOTES = "portal/quotes";
    public static final String PAYMENTS = "portal/payments";
    public static final String PROJECTS = "portal/projects";
    public static final String TIMESHEETS = "portal/timesheets";
    public static final String PASSWORD = "portal/password";
    public static final String SUPPORT = "portal/support";
    public static final String NEW_SUPPORT_REQUEST = "portal/support/new";

    private PortalRoutes() {}
}
