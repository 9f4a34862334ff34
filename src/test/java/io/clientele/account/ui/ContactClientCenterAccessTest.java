package io.clientele.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.menubar.MenuBar;
import io.clientele.account.LoginPermissions;
import io.clientele.account.TestAccounts;
import io.clientele.client.Client;
import io.clientele.client.ui.ClientOverviewView;
import io.clientele.contact.Contact;
import io.clientele.support.MailTest;
import io.clientele.support.TestData;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A contact's Options → "Client Center access", as an administrator uses it. */
class ContactClientCenterAccessTest extends MailTest {

    @Autowired
    TestAccounts testAccounts;

    Client acme;
    Contact anna;
    Contact ben;

    @BeforeEach
    void acme() {
        acme = testData.company("Acme GmbH", "info@acme.example");
        anna = testData.contact(acme, "Anna", "Becker", c -> c.setEmail("anna@acme.example"));
        ben = testData.contact(acme, "Ben", "Cole");
    }

    /** The contact's Options menu in the contacts tab's grid (Anna, the primary, is on top). */
    private MenuBar options(Contact contact) {
        navigate("clients/" + acme.getId(), ClientOverviewView.class);
        Grid<?> grid = _get(Grid.class, s -> s.withId("contact-grid"));
        MenuBar menu = cell(grid, contact == anna ? 0 : 1, "options", MenuBar.class);
        assertThat(menu.getId()).contains("contact-options-" + contact.getId());
        return menu;
    }

    private ContactLoginDialog openFor(Contact contact) {
        ContextMenuKt._clickItemWithID(options(contact), "contact-client-center");
        return _get(ContactLoginDialog.class);
    }

    @Test
    void an_administrator_gives_a_contact_access_with_chosen_permissions_and_the_person_gets_the_link()
            throws Exception {
        login(TestData.ADMIN);
        ContactLoginDialog dialog = openFor(anna);
        assertThat(dialog.status.getText()).isEqualTo(t("contactlogin.dialog.none"));
        assertThat(dialog.permissions.getValue()).isEqualTo(LoginPermissions.ALL);
        userSets(dialog.permissions.timesheets, false);
        ButtonKt._click(dialog.save);

        var login = testAccounts.find("anna@acme.example").orElseThrow();
        assertThat(login.getContactId()).isEqualTo(anna.getId());
        assertThat(login.getDisplayName()).isEqualTo("Anna Becker");
        assertThat(login.getPermissions()).isEqualTo(new LoginPermissions(true, true, true, false, true));
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("anna@acme.example");
        assertThat(notificationTexts()).anyMatch(n -> n.contains(t("account.send-link.sent", "anna@acme.example")));

        // Opened again, the same entry shows the login and changes its permissions.
        dialog = openFor(anna);
        assertThat(dialog.status.getText()).isEqualTo(t("contactlogin.dialog.enabled", "anna@acme.example"));
        assertThat(dialog.permissions.timesheets.getValue()).isFalse();
        userSets(dialog.permissions.quotes, false);
        ButtonKt._click(dialog.save);
        assertThat(testAccounts.find("anna@acme.example").orElseThrow().getPermissions())
                .isEqualTo(new LoginPermissions(true, false, true, false, true));
    }

    @Test
    void a_contact_without_email_is_refused_in_the_dialog_with_the_reason() {
        login(TestData.ADMIN);
        ContactLoginDialog dialog = openFor(ben);
        ButtonKt._click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.error.isVisible()).isTrue();
        assertThat(dialog.error.getText()).isEqualTo(t("contactlogin.refused.no-email", "Ben Cole"));
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void staff_who_edit_contacts_do_not_get_the_entry() {
        login(TestData.STAFF);
        MenuBar options = options(anna);
        assertThat(options.getItems().getFirst().getSubMenu().getItems())
                .extracting(i -> i.getId().orElse(""))
                .contains("contact-edit")
                .doesNotContain("contact-client-center");
        assertThat(_find(ContactLoginDialog.class)).isEmpty();
    }
}
