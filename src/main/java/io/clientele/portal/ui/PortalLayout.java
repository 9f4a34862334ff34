package io.clientele.portal.ui;

import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import io.clientele.base.security.CurrentUser;
import io.clientele.base.security.Roles;
import io.clientele.base.ui.AppLanguages;
import io.clientele.base.ui.AppShellLayout;
import io.clientele.base.ui.UserLocale;
import io.clientele.client.PortalSections;
import io.clientele.portal.PortalNotFoundException;
import io.clientele.portal.PortalService;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;

/**
 * The Client Center's shell, apart from the back office's: the client's name, links to the sections the client may
 * open, and the user menu (language, password, logout). Not a {@code @Layout}: portal routes name it explicitly.
 */
@RolesAllowed(Roles.CLIENT)
public class PortalLayout extends AppShellLayout {

    private final UserLocale userLocale;

    public PortalLayout(PortalService portal, CurrentUser currentUser, UserLocale userLocale) {
        this.userLocale = userLocale;
        addClassName("portal-layout");
        setPrimarySection(Section.DRAWER);
        String clientName;
        try {
            clientName = portal.dashboard().clientName();
        } catch (PortalNotFoundException e) {
            clientName = "";
        }
        H1 brand = new H1(getTranslation("portal.title"));
        brand.addClassName("brand-name");
        Div client = new Div(clientName);
        client.setId("portal-client-name");
        Div header = new Div(brand, client);
        header.addClassName("brand");
        addToDrawer(header, navigation(portal.sections()));
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu.toggle"));
        Div spacer = new Div();
        spacer.addClassName("top-bar-spacer");
        addToNavbar(toggle, spacer, userMenu(currentUser));
    }

    private SideNav navigation(PortalSections sections) {
        SideNav nav = new SideNav();
        nav.setId("portal-nav");
        nav.addClassName("main-nav");
        nav.addItem(item("portal.nav.home", PortalRoutes.HOME, VaadinIcon.HOME));
        if (sections.invoices()) {
            nav.addItem(item("portal.nav.invoices", PortalRoutes.INVOICES, VaadinIcon.INVOICE));
            nav.addItem(item("portal.nav.credit-notes", PortalRoutes.CREDIT_NOTES, VaadinIcon.ARROW_BACKWARD));
        }
        if (sections.quotes()) {
            nav.addItem(item("portal.nav.quotes", PortalRoutes.QUOTES, VaadinIcon.FILE_TEXT_O));
        }
        if (sections.payments()) {
            nav.addItem(item("portal.nav.payments", PortalRoutes.PAYMENTS, VaadinIcon.MONEY));
        }
        if (sections.projects()) {
            nav.addItem(item("portal.nav.projects", PortalRoutes.PROJECTS, VaadinIcon.BRIEFCASE));
        }
        if (sections.timesheets()) {
            nav.addItem(item("portal.nav.timesheets", PortalRoutes.TIMESHEETS, VaadinIcon.CLOCK));
        }
        if (sections.support()) {
            nav.addItem(item("portal.nav.support", PortalRoutes.SUPPORT, VaadinIcon.COMMENTS_O));
        }
        return nav;
    }

    private SideNavItem item(String key, String path, VaadinIcon icon) {
        SideNavItem item = new SideNavItem(getTranslation(key), path);
        item.setPrefixComponent(new Icon(icon));
        item.setId("portal-nav-" + (path.equals(PortalRoutes.HOME) ? "home" : path.substring(path.indexOf('/') + 1)));
        return item;
    }

    private MenuBar userMenu(CurrentUser currentUser) {
        MenuBar menu = new MenuBar();
        menu.setId("user-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        Span name = new Span(currentUser.displayName().orElse(""));
        name.addClassName("user-name");
        HorizontalLayout label = new HorizontalLayout(new Icon(VaadinIcon.USER), name);
        label.setSpacing(false);
        label.addClassName("user-label");
        var userItem = menu.addItem(label);
        var languages = userItem.getSubMenu().addItem(getTranslation("layout.language"));
        languages.setId("language-menu");
        for (Locale locale : AppLanguages.LOCALES) {
            var item = languages.getSubMenu().addItem(locale.getDisplayLanguage(locale), e -> {
                userLocale.choose(getUI().orElseThrow(), locale);
                getUI().ifPresent(ui -> ui.getPage().reload());
            });
            item.setId("language-" + locale.getLanguage());
            item.setCheckable(true);
            item.setChecked(locale.getLanguage().equals(getLocale().getLanguage()));
        }
        userItem.getSubMenu()
                .addItem(
                        getTranslation("portal.nav.password"),
                        e -> getUI().ifPresent(ui -> ui.navigate(PortalRoutes.PASSWORD)))
                .setId("portal-password-link");
        userItem.getSubMenu()
                .addItem(getTranslation("layout.logout"), e -> currentUser.logout())
                .setId("logout");
        return menu;
    }
}
