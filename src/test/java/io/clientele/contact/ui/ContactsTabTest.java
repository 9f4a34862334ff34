package io.clientele.contact.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.tabs.Tab;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.client.Client;
import io.clientele.client.ui.ClientOverviewView;
import io.clientele.contact.Contact;
import io.clientele.contact.ContactService;
import io.clientele.contact.RecipientRole;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ContactsTabTest extends KaribuTest {

    @Autowired
    ContactService contacts;

    private Client acme;

    @BeforeEach
    void acme() {
        acme = testData.company("Acme GmbH", "info@acme.example");
    }

    private ContactsTab openAs(String user) {
        login(user);
        navigate("clients/" + acme.getId(), ClientOverviewView.class);
        return _get(ContactsTab.class);
    }

    private static String nameCell(ContactsTab tab, int row) {
        return cell(tab.grid, row, "name", Div.class).getElement().getTextRecursively();
    }

    private static void clickOption(ContactsTab tab, int row, String itemId) {
        ContextMenuKt._clickItemWithID(cell(tab.grid, row, "options", MenuBar.class), itemId);
    }

    @Test
    void the_tab_lists_the_contacts_primary_first_with_their_badges() {
        testData.contact(acme, "Anna", "Becker", c -> {
            c.setTitle("CEO");
            c.setEmail("anna@acme.example");
            c.setPhone("+49 30 1234");
            c.setMobile("+49 170 1234");
            c.setOptIn(true);
            c.setDefaultRole(RecipientRole.TO);
        });
        testData.contact(acme, "Ben", "Cole", c -> c.setDefaultRole(RecipientRole.BCC));
        testData.contact(acme, "Anton", "Adler");

        ContactsTab tab = openAs(TestData.STAFF);

        assertThat(_get(Tab.class, spec -> spec.withId("tab-contacts")).getLabel())
                .isEqualTo("Contacts");
        assertThat(_size(tab.grid)).isEqualTo(3);
        assertThat(nameCell(tab, 0)).isEqualTo("Anna BeckerPrimaryOpt-inTo");
        assertThat(nameCell(tab, 1)).isEqualTo("Anton Adler");
        assertThat(nameCell(tab, 2)).isEqualTo("Ben ColeBcc");
        assertThat(_getFormatted(tab.grid, 0, "title")).isEqualTo("CEO");
        assertThat(_getFormatted(tab.grid, 0, "email")).isEqualTo("anna@acme.example");
        assertThat(_getFormatted(tab.grid, 0, "phone")).isEqualTo("+49 30 1234");
        assertThat(_getFormatted(tab.grid, 0, "mobile")).isEqualTo("+49 170 1234");
        assertThat(tab.summary.getText()).isEqualTo("3 contacts");
        assertThat(tab.noPrimary.isVisible()).isFalse();
    }

    @Test
    void a_client_without_contacts_shows_an_empty_tab_with_add_contact() {
        ContactsTab tab = openAs(TestData.STAFF);
        assertThat(_size(tab.grid)).isZero();
        assertThat(tab.summary.getText()).isEqualTo("No contacts");
        assertThat(tab.add.isVisible()).isTrue();

        _click(tab.add);
        ContactDialog dialog = _get(ContactDialog.class);
        userSets(dialog.firstName, "Anna");
        userSets(dialog.lastName, "Becker");
        _click(dialog.save);

        assertThat(_size(tab.grid)).isEqualTo(1);
        assertThat(nameCell(tab, 0)).startsWith("Anna BeckerPrimary");
        assertThat(tab.summary.getText()).isEqualTo("1 contact");
    }

    @Test
    void make_primary_in_the_row_menu_moves_the_primary_badge() {
        testData.contact(acme, "Anna", "Becker");
        testData.contact(acme, "Ben", "Cole");
        ContactsTab tab = openAs(TestData.STAFF);

        clickOption(tab, 1, "contact-make-primary");

        assertThat(nameCell(tab, 0)).isEqualTo("Ben ColePrimary");
        assertThat(nameCell(tab, 1)).isEqualTo("Anna Becker");
        assertThat(notificationTexts()).anyMatch(t -> t.contains("\u201cBen Cole\u201d is now the primary contact."));
    }

    @Test
    void the_primary_has_no_make_primary_entry() {
        testData.contact(acme, "Anna", "Becker");
        ContactsTab tab = openAs(TestData.STAFF);
        MenuBar menu = cell(tab.grid, 0, "options", MenuBar.class);
        var ids = menu.getItems().getFirst().getSubMenu().getItems().stream()
                .map(item -> item.getId().orElse(""))
                .toList();
        assertThat(ids).containsExactly("contact-edit", "contact-trash");
    }

    @Test
    void trashing_the_primary_asks_the_user_to_pick_a_new_one_and_undo_brings_it_back() {
        testData.contact(acme, "Anna", "Becker");
        testData.contact(acme, "Ben", "Cole");
        ContactsTab tab = openAs(TestData.STAFF);

        clickOption(tab, 0, "contact-trash");
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("confirm-contact-trash"));
        assertThat(confirm.getElement().getProperty("message")).contains("\u201cAnna Becker\u201d will be moved");
        confirm(confirm);

        assertThat(_size(tab.grid)).isEqualTo(1);
        assertThat(nameCell(tab, 0)).isEqualTo("Ben Cole");
        assertThat(notificationTexts()).anyMatch(t -> t.contains("It was the primary contact: choose a new one."));
        assertThat(tab.noPrimary.isVisible()).isTrue();
        assertThat(tab.summary.getText()).isEqualTo("1 contact · 1 in the trash");

        _click(_get(Button.class, spec -> spec.withId("notification-action")));

        assertThat(_size(tab.grid)).isEqualTo(2);
        assertThat(nameCell(tab, 0)).isEqualTo("Anna BeckerPrimary");
        assertThat(tab.noPrimary.isVisible()).isFalse();
    }

    @Test
    void the_banner_goes_away_once_a_new_primary_is_picked() {
        Contact anna = testData.contact(acme, "Anna", "Becker");
        testData.contact(acme, "Ben", "Cole");
        SystemAuthentication.run(() -> contacts.trash(anna.getId()));
        ContactsTab tab = openAs(TestData.STAFF);
        assertThat(tab.noPrimary.isVisible()).isTrue();
        assertThat(tab.noPrimary.getText()).startsWith("This client has no primary contact.");

        clickOption(tab, 0, "contact-make-primary");

        assertThat(tab.noPrimary.isVisible()).isFalse();
    }

    @Test
    void show_trashed_lists_trashed_contacts_and_restore_brings_them_back_without_a_second_primary() {
        Contact anna = testData.contact(acme, "Anna", "Becker");
        testData.contact(acme, "Ben", "Cole");
        SystemAuthentication.run(() -> contacts.trash(anna.getId()));
        ContactsTab tab = openAs(TestData.STAFF);
        clickOption(tab, 0, "contact-make-primary");
        assertThat(_size(tab.grid)).isEqualTo(1);

        userSets(tab.showTrashed, true);

        assertThat(_size(tab.grid)).isEqualTo(2);
        assertThat(nameCell(tab, 1)).isEqualTo("Anna BeckerTrashed");
        clickOption(tab, 1, "contact-restore");
        confirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-contact-restore")));

        assertThat(notificationTexts()).anyMatch(t -> t.contains("Contact \u201cAnna Becker\u201d restored."));
        assertThat(_get(tab.grid, 0).name()).isEqualTo("Ben Cole");
        assertThat(nameCell(tab, 0)).isEqualTo("Ben ColePrimary");
        assertThat(nameCell(tab, 1)).as("restored, not primary").isEqualTo("Anna Becker");
        userSets(tab.showTrashed, false);
        assertThat(_size(tab.grid)).isEqualTo(2);
    }

    @Test
    void managers_see_the_contacts_but_cannot_change_them() {
        testData.contact(acme, "Anna", "Becker");
        ContactsTab tab = openAs(TestData.MANAGER);

        assertThat(_size(tab.grid)).isEqualTo(1);
        assertThat(tab.add.isVisible()).isFalse();
        assertThat(tab.grid.getColumnByKey("options")).isNull();
    }

    @Test
    void the_tab_speaks_the_user_s_language() {
        testData.contact(acme, "Anna", "Becker", c -> c.setDefaultRole(RecipientRole.TO));
        testData.contact(acme, "Ben", "Cole");
        login(TestData.STAFF);
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate("clients/" + acme.getId(), ClientOverviewView.class);
        ContactsTab tab = _get(ContactsTab.class);

        assertThat(tab.summary.getText()).isEqualTo("2 Kontakte");
        assertThat(tab.add.getText()).isEqualTo("Kontakt hinzufügen");
        assertThat(nameCell(tab, 0)).isEqualTo("Anna BeckerHauptkontaktAn");
    }
}
