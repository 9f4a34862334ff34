package io.clientele.portal;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.PasswordField;
import io.clientele.base.security.UserDirectory;
import io.clientele.base.ui.MainLayout;
import io.clientele.billing.PaymentService;
import io.clientele.client.PortalSections;
import io.clientele.portal.ui.PortalHomeView;
import io.clientele.portal.ui.PortalLayout;
import io.clientele.portal.ui.PortalPasswordView;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import io.clientele.support.TestDocuments;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Client Center's routes over the access matrix, and what its pages show. */
class PortalViewsTest extends KaribuTest {

    static final List<String> LISTS = List.of("invoices", "quotes", "payments", "projects", "timesheets", "support");
    static final List<String> BACK_OFFICE =
            List.of("clients", "clients/trash", "invoices", "quotes", "payments", "projects", "settings");

    @Autowired
    TestDocuments documents;

    @Autowired
    PaymentService payments;

    @Autowired
    UserDirectory users;

    PortalFixture own;
    PortalFixture other;

    @BeforeEach
    void setUp() {
        own = PortalFixture.create(testData, documents, payments, "Own Co");
        other = PortalFixture.create(testData, documents, payments, "Other Co");
        testData.linkClientUser(TestData.CLIENT_USER, own.client());
    }

    @Test
    void the_root_address_takes_a_client_user_to_the_client_center_without_the_back_office_shell() {
        login(TestData.CLIENT_USER);
        UI.getCurrent().navigate("");
        _get(PortalHomeView.class);
        _get(PortalLayout.class);
        _assertNone(MainLayout.class);
        assertThat(_get(Span.class, s -> s.withId("portal-open-invoices")).getText())
                .isEqualTo("1");
        assertThat(_get(Component.class, s -> s.withId("portal-client-name"))
                        .getElement()
                        .getText())
                .isEqualTo("Own Co");
    }

    @Test
    void invoices_quotes_and_the_statement_offer_pdf_downloads() {
        login(TestData.CLIENT_USER);

        UI.getCurrent().navigate("portal/invoices");
        assertThat(cell(grid("invoices"), 0, "pdf", Anchor.class).getElement().getAttribute("download"))
                .endsWith(".pdf");
        UI.getCurrent().navigate("portal/quotes");
        assertThat(cell(grid("quotes"), 0, "pdf", Anchor.class).getText()).isEqualTo("PDF");
        assertThat(open("portal/invoices/" + own.id("invoices"))).isEqualTo("shown");
        var invoicePdf = _get(Anchor.class, s -> s.withId("portal-invoice-pdf"));
        assertThat(invoicePdf.getText()).isEqualTo("Download PDF");
        assertThat(invoicePdf.getHref()).isNotBlank();

        UI.getCurrent().navigate("");
        var statement = _get(Anchor.class, s -> s.withId("portal-statement-pdf"));
        var from = _get(DatePicker.class, s -> s.withId("portal-statement-from"));
        var to = _get(DatePicker.class, s -> s.withId("portal-statement-to"));
        assertThat(statement.isEnabled()).isTrue();
        userSets(to, from.getValue().minusDays(1));
        assertThat(to.isInvalid()).isTrue();
        assertThat(statement.isEnabled()).isFalse();
    }

    @Test
    void an_enabled_client_user_sees_only_their_own_rows_in_every_list() {
        login(TestData.CLIENT_USER);
        for (String list : LISTS) {
            UI.getCurrent().navigate("portal/" + list);
            assertThat(GridKt._size(grid(list))).as(list).isEqualTo(1);
            assertThat(navItems()).as(list).contains("portal-nav-" + list);
        }
        assertThat(open("portal/invoices/" + own.id("invoices"))).isEqualTo("shown");
        assertThat(_get(Component.class, s -> s.withId("portal-invoice-total"))
                        .getElement()
                        .getText())
                .isEqualTo("€100.00");
        assertThat(open("portal/invoices/" + other.id("invoices"))).isEqualTo("not found");
        assertThat(open("portal/invoices/987654321")).isEqualTo("not found");
        assertThat(open("portal/invoices/abc")).isEqualTo("not found");
        assertThat(open("portal/password")).isEqualTo("shown");
    }

    @Test
    void a_section_that_is_off_is_missing_from_the_menu_and_empty() {
        login(TestData.CLIENT_USER);
        for (String off : LISTS) {
            testData.setPortalSections(own.client(), only(off));
            UI.getCurrent().navigate("portal/" + off);
            assertThat(GridKt._size(grid(off))).as(off).isZero();
            assertThat(navItems()).as(off).doesNotContain("portal-nav-" + off);
            // Credit notes belong to the invoices section: one entry more while it is on, gone with it.
            assertThat(navItems()).as(off).hasSize(LISTS.size() - 1 + (off.equals("invoices") ? 0 : 1));
            assertThat(navItems().contains("portal-nav-credit-notes")).as(off).isEqualTo(!off.equals("invoices"));
        }
        testData.setPortalSections(own.client(), only("invoices"));
        assertThat(open("portal/invoices/" + own.id("invoices"))).isEqualTo("not found");
    }

    @Test
    void staff_cannot_open_any_client_center_route_and_client_users_no_back_office_route() {
        login(TestData.STAFF);
        for (String path : portalPaths()) {
            assertThatThrownBy(() -> UI.getCurrent().navigate(path))
                    .as(path)
                    .isInstanceOf(MockAccessDeniedException.class);
        }
        _assertNone(PortalLayout.class);
        logout();
        login(TestData.CLIENT_USER);
        for (String path : BACK_OFFICE) {
            assertThatThrownBy(() -> UI.getCurrent().navigate(path))
                    .as(path)
                    .isInstanceOf(MockAccessDeniedException.class);
        }
        _assertNone(MainLayout.class);
    }

    @Test
    void a_client_user_disabled_while_logged_in_is_sent_to_the_login_on_any_route() {
        for (String path : portalPaths()) {
            login(TestData.CLIENT_USER);
            UI.getCurrent().navigate("portal");
            _get(PortalHomeView.class);
            testData.setEnabled(TestData.CLIENT_USER, false);
            UI.getCurrent().navigate(path);
            _get(LoginForm.class);
            _assertNone(PortalLayout.class);
            assertThat(_find(Grid.class)).as(path).isEmpty();
            testData.setEnabled(TestData.CLIENT_USER, true);
        }
    }

    @Test
    void the_client_center_speaks_the_client_language_unless_the_user_chose_one() {
        own.client().setLanguage("de");
        testData.save(testData.reload(own.client()));
        var client = testData.reload(own.client());
        client.setLanguage("de");
        testData.save(client);
        assertThat(users.preferredLanguage(TestData.CLIENT_USER)).contains("de");
        users.setPreferredLanguage(TestData.CLIENT_USER, "fr");
        assertThat(users.preferredLanguage(TestData.CLIENT_USER)).contains("fr");
    }

    @Test
    void a_client_user_changes_their_own_password_with_the_current_one() {
        testData.clientAccount("pwuser", own.client());
        login("pwuser");
        PortalPasswordView view = navigate("portal/password", PortalPasswordView.class);
        PasswordField current = _get(PasswordField.class, s -> s.withId("portal-password-current"));
        PasswordField password = _get(PasswordField.class, s -> s.withId("portal-password-new"));
        PasswordField confirm = _get(PasswordField.class, s -> s.withId("portal-password-confirm"));
        Button save = _get(Button.class, s -> s.withId("portal-password-save"));

        userSets(current, "wrong password!");
        userSets(password, "a long new passphrase");
        userSets(confirm, "a long new passphrase");
        ButtonKt._click(save);
        assertThat(current.isInvalid()).isTrue();

        userSets(current, TestData.PASSWORD);
        userSets(password, "short");
        userSets(confirm, "short");
        ButtonKt._click(save);
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo(t("account.password.too-short", 12));

        userSets(password, "a long new passphrase");
        userSets(confirm, "a long new passphrase, typo");
        ButtonKt._click(save);
        assertThat(confirm.isInvalid()).isTrue();

        userSets(confirm, "a long new passphrase");
        ButtonKt._click(save);
        assertThat(notificationTexts()).anyMatch(n -> n.contains(t("portal.password.changed")));
        assertThat(view).isNotNull();
    }

    private List<String> portalPaths() {
        return List.of(
                "portal",
                "portal/invoices",
                "portal/quotes",
                "portal/payments",
                "portal/projects",
                "portal/timesheets",
                "portal/password",
                "portal/invoices/" + own.id("invoices"),
                "portal/invoices/" + other.id("invoices"),
                "portal/invoices/987654321");
    }

    private static String open(String path) {
        UI.getCurrent().navigate(path);
        return _find(Component.class, s -> s.withId("portal-not-found")).isEmpty() ? "shown" : "not found";
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> grid(String list) {
        return _get(Grid.class, s -> s.withId("portal-" + list + "-grid"));
    }

    private static List<String> navItems() {
        return _find(SideNavItem.class).stream()
                .map(i -> i.getId().orElse(""))
                .filter(id -> !id.endsWith("home"))
                .toList();
    }

    private static PortalSections only(String off) {
        return new PortalSections(
                !off.equals("invoices"),
                !off.equals("quotes"),
                !off.equals("payments"),
                !off.equals("projects"),
                !off.equals("timesheets"),
                !off.equals("support"));
    }

    @Test
    void a_partly_paid_invoice_reads_as_in_the_back_office_and_quotes_show_quote_columns() {
        login(TestData.CLIENT_USER);

        UI.getCurrent().navigate("portal/invoices");
        var invoices = _get(Grid.class, g -> g.withId("portal-invoices-grid"));
        // The fixture's invoice of 100.00 has a payment of 40.00.
        assertThat(cell(invoices, 0, "status", HorizontalLayout.class)
                        .getElement()
                        .getTextRecursively())
                .contains("Sent")
                .contains("Partly paid");

        UI.getCurrent().navigate("portal/invoices/" + own.id("invoices"));
        assertThat(_get(Component.class, s -> s.withId("portal-invoice-status"))
                        .getElement()
                        .getTextRecursively())
                .contains("Partly paid");

        UI.getCurrent().navigate("portal/quotes");
        Grid<?> quotes = _get(Grid.class, g -> g.withId("portal-quotes-grid"));
        assertThat(quotes.getColumns().stream().map(c -> c.getKey()).toList())
                .contains("validUntil", "status", "total")
                .doesNotContain("dueDate", "balance");
        assertThat(quotes.getColumnByKey("validUntil").getHeaderText()).isEqualTo("Valid until");
    }
}
