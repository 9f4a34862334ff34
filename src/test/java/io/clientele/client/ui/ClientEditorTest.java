package io.clientele.client.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.ShortcutsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.base.ui.ConflictDialog;
import io.clientele.client.Client;
import io.clientele.client.ClientFilter;
import io.clientele.client.ClientRow;
import io.clientele.client.ClientService;
import io.clientele.client.ClientType;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class ClientEditorTest extends KaribuTest {

    @Autowired
    ClientService clients;

    private ClientListView view;

    @BeforeEach
    void openList() {
        login(TestData.STAFF);
        view = navigate("clients", ClientListView.class);
    }

    private ClientEditor openNew() {
        _click(view.newClient);
        return _get(ClientEditor.class);
    }

    private List<ClientRow> stored() {
        return SystemAuthentication.call(() -> clients.list(ClientFilter.live(null), PageRequest.of(0, 50)));
    }

    @Test
    void a_new_client_without_a_name_is_not_saved_and_the_field_says_why() {
        ClientEditor editor = openNew();
        userSets(editor.form.email, "someone@example.com");

        _click(editor.save);

        assertThat(editor.form.name.isInvalid()).isTrue();
        assertThat(editor.form.name.getErrorMessage()).isEqualTo("Enter the client’s name.");
        assertThat(editor.isOpened()).isTrue();
        assertThat(stored()).isEmpty();
    }

    @Test
    void bad_email_phone_and_website_get_specific_messages() {
        ClientEditor editor = openNew();
        userSets(editor.form.name, "Valid Name Ltd");
        userSets(editor.form.email, "not-an-email");
        userSets(editor.form.phone, "call me maybe");
        userSets(editor.form.website, "no website");

        _click(editor.save);

        assertThat(editor.form.email.getErrorMessage())
                .isEqualTo("Enter a valid email address, like name@example.com.");
        assertThat(editor.form.phone.getErrorMessage())
                .isEqualTo("Enter a phone number using digits, spaces, +, ( ), -, . or /.");
        assertThat(editor.form.website.getErrorMessage()).isEqualTo("Enter a web address, like www.example.com.");
        assertThat(stored()).isEmpty();
    }

    @Test
    void too_long_a_name_is_refused_on_the_field() {
        ClientEditor editor = openNew();
        assertThat(editor.form.name.getMaxLength()).isEqualTo(Client.NAME_MAX);
        userSets(editor.form.name, "x".repeat(Client.NAME_MAX + 1));
        _click(editor.save);
        assertThat(editor.form.name.isInvalid()).isTrue();
        assertThat(stored()).isEmpty();
    }

    @Test
    void a_valid_new_client_is_saved_and_appears_in_the_list() {
        ClientEditor editor = openNew();
        userSets(editor.form.type, ClientType.COMPANY);
        userSets(editor.form.name, "Ελληνική Ναυτιλιακή Α.Ε.");
        userSets(editor.form.email, "info@naftiliaki.example");
        userSets(editor.form.phone, "+30 210 123 4567");
        userSets(editor.form.billing.street, "Οδός Ερμού 12");
        userSets(editor.form.billing.city, "Αθήνα");
        userSets(editor.form.billing.country, "GR");

        _click(editor.save);

        assertThat(editor.isOpened()).isFalse();
        List<ClientRow> rows = stored();
        assertThat(rows).extracting(ClientRow::name).containsExactly("Ελληνική Ναυτιλιακή Α.Ε.");
        assertThat(rows.getFirst().location()).isEqualTo("Αθήνα, GR");
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
    }

    @Test
    void an_individual_can_be_put_in_a_company() {
        Client company = testData.company("Parent Company GmbH", "parent@example.com");
        ClientEditor editor = openNew();
        assertThat(editor.form.company.isVisible()).isFalse();
        userSets(editor.form.type, ClientType.INDIVIDUAL);
        assertThat(editor.form.company.isVisible()).isTrue();
        userSets(editor.form.name, "Erika Mustermann");
        userSets(editor.form.company, SystemAuthentication.call(() -> clients.get(company.getId())));

        _click(editor.save);

        long id = stored().stream()
                .filter(r -> r.name().equals("Erika Mustermann"))
                .findFirst()
                .orElseThrow()
                .id();
        Client saved = SystemAuthentication.call(() -> clients.get(id));
        assertThat(saved.getCompany()).isNotNull();
        assertThat(saved.getCompany().getName()).isEqualTo("Parent Company GmbH");
    }

    @Test
    void a_separate_shipping_address_is_offered_only_when_asked_for() {
        ClientEditor editor = openNew();
        assertThat(editor.form.shipping.isVisible()).isFalse();
        userSets(editor.form.shippingSame, false);
        assertThat(editor.form.shipping.isVisible()).isTrue();
        userSets(editor.form.name, "Two Addresses Ltd");
        userSets(editor.form.billing.city, "Leeds");
        userSets(editor.form.shipping.city, "Bristol");
        _click(editor.save);

        long id = stored().getFirst().id();
        Client saved = SystemAuthentication.call(() -> clients.get(id));
        assertThat(saved.effectiveShippingAddress().getCity()).isEqualTo("Bristol");
        assertThat(saved.getBillingAddress().getCity()).isEqualTo("Leeds");
    }

    @Test
    void editing_from_the_row_menu_changes_the_stored_client() {
        Client c = testData.company("Old Name Ltd", "old@example.com");
        view = navigate("clients", ClientListView.class);
        ContextMenuKt._clickItemWithID(view.rowMenu(), "option-edit", GridKt._get(view.grid, 0));
        ClientEditor editor = _get(ClientEditor.class);
        assertThat(editor.form.name.getValue()).isEqualTo("Old Name Ltd");

        userSets(editor.form.name, "New Name Ltd");
        _click(editor.save);

        assertThat(stored()).extracting(ClientRow::name).containsExactly("New Name Ltd");
    }

    /** Opens the editor on a stored client, then someone else changes its name and phone in another session. */
    private ClientEditor editorWithConcurrentChange(Client c) {
        view = navigate("clients", ClientListView.class);
        ContextMenuKt._clickItemWithID(view.rowMenu(), "option-edit", GridKt._get(view.grid, 0));
        ClientEditor editor = _get(ClientEditor.class);

        inOtherSession(() -> {
            Client theirs = clients.get(c.getId());
            theirs.setPhone("+41 44 000 00 00");
            theirs.setName("Their Name AG");
            clients.save(theirs);
        });
        return editor;
    }

    private Client storedClient(Client c) {
        return SystemAuthentication.call(() -> clients.get(c.getId()));
    }

    @Test
    void disjoint_changes_of_two_sessions_both_survive_without_a_dialog() {
        Client c = testData.company("Contended AG", "c@example.com");
        ClientEditor editor = editorWithConcurrentChange(c);

        userSets(editor.form.website, "https://mine.example");
        _click(editor.save);

        assertThat(editor.isOpened()).isFalse();
        assertThat(editor.conflict).isNull();
        Client stored = storedClient(c);
        assertThat(stored.getPhone()).as("their phone is kept").isEqualTo("+41 44 000 00 00");
        assertThat(stored.getName()).as("their name is kept").isEqualTo("Their Name AG");
        assertThat(stored.getWebsite()).as("my website is applied").isEqualTo("https://mine.example");
        assertThat(notificationTexts())
                .anyMatch(t -> t.contains("Someone else changed")
                        && t.contains(editor.form.phone.getLabel())
                        && t.contains(editor.form.name.getLabel()));
    }

    @Test
    void only_fields_both_changed_are_conflicts_shown_with_base_theirs_and_yours() {
        Client c = testData.company("Contended AG", "c@example.com");
        ClientEditor editor = editorWithConcurrentChange(c);

        userSets(editor.form.name, "My Edit AG");
        userSets(editor.form.website, "https://mine.example");
        _click(editor.save);

        assertThat(editor.isOpened()).isTrue();
        assertThat(editor.form.name.getValue()).isEqualTo("My Edit AG");
        ConflictDialog dialog = _get(ConflictDialog.class);
        List<ConflictDialog.Change> changes = GridKt._findAll(dialog.grid);
        assertThat(changes)
                .containsExactly(new ConflictDialog.Change(
                        editor.form.name.getLabel(), "Contended AG", "Their Name AG", "My Edit AG"));
        assertThat(dialog.kept.getText()).contains(editor.form.phone.getLabel());
        assertThat(editor.form.phone.getValue())
                .as("their phone is taken into my form")
                .isEqualTo("+41 44 000 00 00");
        Client stored = storedClient(c);
        assertThat(stored.getName()).isEqualTo("Their Name AG");
        assertThat(stored.getWebsite()).isNull();
    }

    @Test
    void using_mine_for_a_conflict_keeps_their_other_change() {
        Client c = testData.company("Contended AG", "c@example.com");
        ClientEditor editor = editorWithConcurrentChange(c);
        userSets(editor.form.name, "My Edit AG");
        _click(editor.save);

        _click(_get(ConflictDialog.class).reapply);

        assertThat(editor.isOpened()).isFalse();
        Client stored = storedClient(c);
        assertThat(stored.getName()).isEqualTo("My Edit AG");
        assertThat(stored.getPhone()).as("their phone, which I never touched").isEqualTo("+41 44 000 00 00");
    }

    @Test
    void keeping_theirs_for_a_conflict_still_applies_my_other_changes() {
        Client c = testData.company("Contended AG", "c@example.com");
        ClientEditor editor = editorWithConcurrentChange(c);
        userSets(editor.form.name, "My Edit AG");
        userSets(editor.form.website, "https://mine.example");
        _click(editor.save);

        _click(_get(ConflictDialog.class).keepTheirs);

        assertThat(editor.isOpened()).isFalse();
        Client stored = storedClient(c);
        assertThat(stored.getName()).isEqualTo("Their Name AG");
        assertThat(stored.getWebsite()).isEqualTo("https://mine.example");
        assertThat(stored.getPhone()).isEqualTo("+41 44 000 00 00");
    }

    @Test
    void reloading_discards_mine_and_shows_the_stored_values() {
        Client c = testData.company("Contended AG", "c@example.com");
        ClientEditor editor = editorWithConcurrentChange(c);
        userSets(editor.form.name, "My Edit AG");
        _click(editor.save);

        _click(_get(ConflictDialog.class).reload);

        assertThat(editor.isOpened()).isTrue();
        assertThat(editor.form.name.getValue()).isEqualTo("Their Name AG");
        assertThat(editor.form.phone.getValue()).isEqualTo("+41 44 000 00 00");
        _click(editor.save);
        assertThat(editor.isOpened()).isFalse();
        assertThat(storedClient(c).getName()).isEqualTo("Their Name AG");
    }

    private void pressEsc(ClientEditor editor) {
        ComponentUtil.fireEvent(editor, new Dialog.DialogCloseActionEvent(editor, true));
    }

    @Test
    void esc_on_a_changed_form_asks_before_discarding_and_keep_editing_keeps_the_input() {
        ClientEditor editor = openNew();
        userSets(editor.form.name, "Half Typed Ltd");

        pressEsc(editor);

        assertThat(editor.isOpened()).isTrue();
        var ask = _get(ConfirmDialog.class, spec -> spec.withId("confirm-discard"));
        ComponentUtil.fireEvent(ask, new ConfirmDialog.CancelEvent(ask, true));
        ask.close();
        assertThat(editor.isOpened()).isTrue();
        assertThat(editor.form.name.getValue()).isEqualTo("Half Typed Ltd");

        _click(editor.cancel);
        confirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-discard")));
        assertThat(editor.isOpened()).isFalse();
        assertThat(stored()).isEmpty();
    }

    @Test
    void esc_on_an_unchanged_form_closes_it_at_once() {
        ClientEditor editor = openNew();

        pressEsc(editor);

        assertThat(editor.isOpened()).isFalse();
        assertThat(LocatorJ._find(ConfirmDialog.class)).isEmpty();
    }

    @Test
    void enter_in_a_single_line_field_saves_but_not_in_the_notes() {
        ClientEditor editor = openNew();
        userSets(editor.form.name, "Enter Key Ltd");
        userSets(editor.form.notes, "Line one");

        ShortcutsKt._fireShortcut(editor.form.notes, Key.ENTER);
        assertThat(editor.isOpened())
                .as("Enter in a multi-line field is a new line")
                .isTrue();
        assertThat(stored()).isEmpty();

        ShortcutsKt._fireShortcut(editor.form.name, Key.ENTER);
        assertThat(editor.isOpened()).isFalse();
        assertThat(stored()).extracting(ClientRow::name).containsExactly("Enter Key Ltd");
    }
}
