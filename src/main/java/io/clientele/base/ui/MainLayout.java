package io.clientele.base.ui;

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
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import io.clientele.base.security.CurrentUser;
import io.clientele.base.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;

/**
 * The back office shell: navigation built from the {@code @Menu} annotations of the views the user may open, and the
 * user menu with logout. Features contribute top-bar actions through {@link TopBarAction} beans. Client users never
 * see it: the Client Center has its own layout.
 */
@Layout
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANAGER})
public class MainLayout extends AppShellLayout {

    private final UserLocale userLocale;

    public MainLayout(CurrentUser currentUser, List<TopBarAction> topBarActions, UserLocale userLocale) {
        this.userLocale = userLocale;
        setPrimarySection(Section.DRAWER);
        addToDrawer(brand(), navigation());
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu.toggle"));
        HorizontalLayout actions = new HorizontalLayout();
        actions.addClassName("top-bar-actions");
        topBarActions.forEach(a -> actions.add(a.create()));
        Div spacer = new Div();
        spacer.addClassName("top-bar-spacer");
        addToNavbar(toggle, spacer, actions, userMenu(currentUser));
    }

    private Div brand() {
        H1 name = new H1(getTranslation("app.name"));
        name.addClassName("brand-name");
        Div brand = new Div(name);
        brand.addClassName("brand");
        return brand;
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setId("main-nav");
        nav.addClassName("main-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
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
            // Each language is named in itself, so anyone can find their own.
            var item = languages.getSubMenu().addItem(locale.getDisplayLanguage(locale), e -> {
                userLocale.choose(getUI().orElseThrow(), locale);
                getUI().ifPresent(ui -> ui.getPage().reload());
            });
            item.setId("language-" + locale.getLanguage());
            item.setCheckable(true);
            item.setChecked(locale.getLanguage().equals(getLocale().getLanguage()));
        }
        userItem.getSubMenu()
                .addItem(getTranslation("layout.logout"), e -> currentUser.logout())
                .setId("logout");
        return menu;
    }
}
