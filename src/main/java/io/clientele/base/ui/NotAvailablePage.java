package io.clientele.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import io.clientele.base.security.CurrentUser;
import io.clientele.base.security.Roles;
import java.util.List;
import java.util.Optional;

/**
 * The "page not available" page ({@link NotAvailableView}): "Page not available" for an unknown address or one the user may not open (the security layer reports both as not
 * found, so the answer never tells which pages exist), inside the user's own shell with a way home: the back office for
 * staff, the Client Center for client users, the login for anyone signed out.
 */
public abstract class NotAvailablePage extends Div implements HasDynamicTitle {

    private final CurrentUser currentUser;
    private final List<ShellFor> shells;
    private final List<TopBarAction> topBarActions;
    private final UserLocale userLocale;

    protected NotAvailablePage(
            CurrentUser currentUser, List<ShellFor> shells, List<TopBarAction> topBarActions, UserLocale userLocale) {
        this.currentUser = currentUser;
        this.shells = shells;
        this.topBarActions = topBarActions;
        this.userLocale = userLocale;
        setId("not-available");
        addClassName("not-available");
        setSizeFull();
    }

    /** Builds the page in the user's shell; also used for "access denied". */
    protected void show() {
        removeAll();
        H2 title = new H2(getTranslation("error.title"));
        title.addClassName("view-title");
        title.setId("not-available-title");
        Paragraph text = new Paragraph(getTranslation("error.text"));
        VerticalLayout page = new VerticalLayout(title, text);
        page.addClassName("not-available-page");
        if (currentUser.username().isEmpty()) {
            page.add(link(getTranslation("error.login"), "login"));
            add(page);
            return;
        }
        Optional<ShellFor> own =
                shells.stream().filter(s -> s.shell().isPresent()).findFirst();
        AppShellLayout shell;
        String home;
        if (own.isPresent()) {
            shell = own.get().shell().orElseThrow();
            home = own.get().homePath();
            page.add(link(getTranslation("error.home.portal"), home));
        } else if (currentUser.hasRole(Roles.CLIENT)) {
            // A client user whose Client Center is not available: no back-office shell for them.
            page.add(link(getTranslation("error.home"), HomeView.PORTAL_HOME));
            add(page);
            return;
        } else {
            shell = new MainLayout(currentUser, topBarActions, userLocale);
            home = "";
            page.add(link(getTranslation("error.home"), home));
        }
        shell.showRouterLayoutContent(page);
        add(shell);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.title") + " · " + getTranslation("app.name");
    }

    private static Anchor link(String text, String path) {
        // Resolved against the page's base address; "router-link" lets the router navigate without a reload.
        Anchor link = new Anchor(path.isEmpty() ? "." : path, text);
        link.getElement().setAttribute("router-link", true);
        link.setId("not-available-home");
        return link;
    }
}
