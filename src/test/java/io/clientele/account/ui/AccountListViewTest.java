package io.clientele.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import io.clientele.account.AccountRow;
import io.clientele.account.AccountService;
import io.clientele.account.LoginPermissions;
import io.clientele.account.TestAccounts;
import io.clientele.account.UserAccount;
import io.clientele.client.Client;
import io.clientele.contact.ClientChoice;
import io.clientele.contact.ContactRow;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class AccountListViewTest extends KaribuTest {

    @Autowired
    AccountService accounts;

    @Autowired
    TestAccounts testAccounts;

    @Test
    void an_administrator_creates_a_client_login_for_a_contact_of_a_client_with_its_permissions() {
        Client acme = testData.company("Acme", "billing@acme.example");
        testData.contact(acme, "Anna", "Becker", c -> c.setEmail("anna@acme.example"));
        testData.contact(acme, "Ben", "Cole");
        Client viaContact = testData.company("Contactless Ltd", null);
        testData.contact(viaContact, "Eve", "Example", c -> c.setEmail("eve@contactless.example"));
        testData.company("No Mail Inc", null);
        Client gone = testData.company("Gone Co", "gone@test.example");
        testData.trash(gone);
        login(TestData.ADMIN);
        AccountListView view = navigate("accounts", AccountListView.class);
        assertThat(GridKt._size(view.grid)).isEqualTo(4);

        ButtonKt._click(_get(Button.class, s -> s.withId("account-new-client")));
        AccountDialog dialog = _get(AccountDialog.class);
        assertThat(ComboBoxKt.getSuggestionItems(dialog.client))
                .extracting(c -> ((ClientChoice) c).name())
                .containsExactly("Acme", "Contactless Ltd");
        assertThat(dialog.contact.isEnabled()).isFalse();
        userSets(dialog.client, new ClientChoice(acme.getId(), "Acme", "billing@acme.example"));
        List<ContactRow> people = ComboBoxKt.getSuggestionItems(dialog.contact).stream()
                .map(ContactRow.class::cast)
                .toList();
        assertThat(people).extracting(ContactRow::name).containsExactly("Anna Becker", "Ben Cole");
        // Name, e-mail and username are the contact's, not typed.
        assertThat(dialog.displayName.isReadOnly()).isTrue();
        assertThat(dialog.email.isReadOnly()).isTrue();
        assertThat(dialog.username.isReadOnly()).isTrue();

        userSets(dialog.contact, people.get(1));
        userSets(dialog.password, "a long enough passphrase");
        userSets(dialog.confirm, "a long enough passphrase");
        ButtonKt._click(dialog.save);
        assertThat(dialog.contact.isInvalid()).isTrue();
        assertThat(dialog.contact.getErrorMessage()).isEqualTo(t("contactlogin.refused.no-email", "Ben Cole"));

        userSets(dialog.contact, people.get(0));
        assertThat(dialog.displayName.getValue()).isEqualTo("Anna Becker");
        assertThat(dialog.email.getValue()).isEqualTo("anna@acme.example");
        assertThat(dialog.username.getValue()).isEqualTo("anna@acme.example");
        userSets(dialog.permissions.projects, false);
        userSets(dialog.permissions.timesheets, false);
        userSets(dialog.password, "too short");
        userSets(dialog.confirm, "too short");
        ButtonKt._click(dialog.save);
        assertThat(dialog.password.isInvalid()).isTrue();
        assertThat(dialog.password.getErrorMessage()).isEqualTo(t("account.password.too-short", 12));
        userSets(dialog.password, "anna@acme.example");
        userSets(dialog.confirm, "anna@acme.example");
        ButtonKt._click(dialog.save);
        assertThat(dialog.password.getErrorMessage()).isEqualTo(t("account.password.same-as-username"));
        userSets(dialog.password, "a long enough passphrase");
        userSets(dialog.confirm, "a long enough passphrase");
        ButtonKt._click(dialog.save);

        assertThat(notificationTexts()).anyMatch(n -> n.contains(t("account.created", "Anna Becker")));
        assertThat(GridKt._size(view.grid)).isEqualTo(5);
        AccountRow row = accounts.list("anna@acme", PageRequest.of(0, 10)).getFirst();
        assertThat(row.clientName()).isEqualTo("Acme");
        UserAccount created = testAccounts.find("anna@acme.example").orElseThrow();
        assertThat(created.getClientId()).isEqualTo(acme.getId());
        assertThat(created.getContactId()).isEqualTo(people.get(0).id());
        assertThat(created.getPermissions()).isEqualTo(new LoginPermissions(true, true, false, false, true));

        // Editing it: name and e-mail stay the contact's, the permissions change.
        ContextMenuKt._clickItemWithID(view.rowMenu(), "option-edit", row);
        EditAccountDialog edit = _get(EditAccountDialog.class);
        assertThat(edit.displayName.isReadOnly()).isTrue();
        assertThat(edit.email.isReadOnly()).isTrue();
        userSets(Objects.requireNonNull(edit.permissions).quotes, false);
        ButtonKt._click(edit.save);
        assertThat(testAccounts.find("anna@acme.example").orElseThrow().getPermissions())
                .isEqualTo(new LoginPermissions(true, false, false, false, true));
    }

    @Test
    void an_administrator_searches_disables_and_deletes_accounts() {
        Client acme = testData.company("Acme", "billing@acme.example");
        testData.clientAccount("acmeuser", acme);
        login(TestData.ADMIN);
        AccountListView view = navigate("accounts", AccountListView.class);
        userSets(view.search, "acmeuser");
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        ContextMenuKt._clickItemWithID(view.rowMenu(), "option-toggle", GridKt._get(view.grid, 0));
        assertThat(testAccounts.find("acmeuser").orElseThrow().isEnabled()).isFalse();
        ContextMenuKt._clickItemWithID(view.rowMenu(), "option-edit", GridKt._get(view.grid, 0));
        EditAccountDialog edit = _get(EditAccountDialog.class);
        userSets(edit.displayName, "Acme Accounting");
        userSets(edit.email, "accounting@acme.example");
        ButtonKt._click(edit.save);
        assertThat(testAccounts.find("acmeuser").orElseThrow().getDisplayName()).isEqualTo("Acme Accounting");
        assertThat(testAccounts.find("acmeuser").orElseThrow().getEmail()).isEqualTo("accounting@acme.example");
        ContextMenuKt._clickItemWithID(view.rowMenu(), "option-delete", GridKt._get(view.grid, 0));
        confirm(_get(ConfirmDialog.class));
        assertThat(testAccounts.find("acmeuser")).isEmpty();
        assertThat(GridKt._size(view.grid)).isZero();
    }

    @Test
    void only_administrators_open_the_accounts_list() {
        for (String user : new String[] {TestData.STAFF, TestData.MANAGER, TestData.CLIENT_USER}) {
            login(user);
            assertThatThrownBy(() -> UI.getCurrent().navigate("accounts"))
                    .as(user)
                    .isInstanceOf(MockAccessDeniedException.class);
            logout();
        }
    }
}
