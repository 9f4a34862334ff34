package io.clientele.contact.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.menubar.MenuBar;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.base.ui.ConflictDialog;
import io.clientele.client.Client;
import io.clientele.client.ClientService;
import io.clientele.client.ui.ClientOverviewView;
import io.clientele.contact.Contact;
import io.clientele.contact.ContactRow;
import io.clientele.contact.ContactService;
import io.clientele.contact.RecipientRole;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class ContactDialogTest extends KaribuTest {

    @Autowired
    ContactService contacts;

    @Autowired
    ClientService clients;

    private Client acme;

    @BeforeEach
    void loginAsStaff() {
        acme = testData.company("Acme GmbH", "info@acme.example");
        login(TestData.STAFF);
    }

    private ContactsTab openTab() {
        navigate("clients/" + acme.getId(), ClientOverviewView.class);
        return _get(ContactsTab.class);
    }

    private ContactDialog openNew() {
        _click(openTab().add);
        return _get(ContactDialog.class);
    }

    private ContactDialog openEdit(Contact contact) {
        ContactsTab tab = openTab();
        int row = rows().stream().map(ContactRow::id).toList().indexOf(contact.getId());
        ContextMenuKt._clickItemWithID(cell(tab.grid, row, "options", MenuBar.class), "contact-edit");
        return _get(ContactDialog.class);
    }

    private List<ContactRow> rows() {
        return SystemAuthentication.call(() -> contacts.page(acme.getId(), true, PageRequest.of(0, 50)));
    }

    private Contact stored(long id) {
        return SystemAuthentication.call(() -> contacts.get(id));
    }

    @Test
    void the_name_follows_first_and_last_name_until_the_user_types_their_own() {
        ContactDialog dialog = openNew();

        userSets(dialog.firstName, " Anna ");
        assertThat(dialog.name.getValue()).isEqualTo("Anna");
        userSets(dialog.lastName, "Becker");
        assertThat(dialog.name.getValue()).isEqualTo("Anna Becker");

        userSets(dialog.name, "Dr. Anna Becker");
        userSets(dialog.firstName, "Annette");
        assertThat(dialog.name.getValue()).as("typed name is kept").isEqualTo("Dr. Anna Becker");

        userSets(dialog.name, "");
        assertThat(dialog.name.getValue()).as("clearing hands the name back").isEqualTo("Annette Becker");
        userSets(dialog.lastName, "Brandt");
        assertThat(dialog.name.getValue()).isEqualTo("Annette Brandt");
    }

    @Test
    void a_new_contact_is_saved_with_what_the_user_typed() {
        testData.contact(acme, "Existing", "Person");
        ContactDialog dialog = openNew();
        assertThat(dialog.primary.getValue()).isFalse();
        assertThat(dialog.defaultRole.getValue()).isEqualTo(RecipientRole.NONE);

        userSets(dialog.firstName, "Łukasz");
        userSets(dialog.lastName, "Wiśniewski");
        userSets(dialog.title, "Head of Purchasing");
        userSets(dialog.email, "lukasz@acme.example");
        userSets(dialog.phone, "+48 (22) 123-45-67");
        userSets(dialog.mobile, "+48 600 000 000");
        userSets(dialog.optIn, true);
        userSets(dialog.defaultRole, RecipientRole.CC);
        userSets(dialog.notes, "Prefers calls before 10.");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(notificationTexts())
                .anyMatch(t -> t.contains("Contact \u201c\u0141ukasz Wi\u015bniewski\u201d saved"));
        long id = rows().stream()
                .filter(r -> r.name().equals("Łukasz Wiśniewski"))
                .findFirst()
                .orElseThrow()
                .id();
        Contact saved = stored(id);
        assertThat(saved.getTitle()).isEqualTo("Head of Purchasing");
        assertThat(saved.getEmail()).isEqualTo("lukasz@acme.example");
        assertThat(saved.getPhone()).isEqualTo("+48 (22) 123-45-67");
        assertThat(saved.getMobile()).isEqualTo("+48 600 000 000");
        assertThat(saved.isOptIn()).isTrue();
        assertThat(saved.getDefaultRole()).isEqualTo(RecipientRole.CC);
        assertThat(saved.getNotes()).isEqualTo("Prefers calls before 10.");
        assertThat(saved.isPrimary()).isFalse();
    }

    @Test
    void the_first_contact_is_primary_and_the_box_says_why_it_cannot_be_unticked() {
        ContactDialog dialog = openNew();

        assertThat(dialog.primary.getValue()).isTrue();
        assertThat(dialog.primary.isReadOnly()).isTrue();
        assertThat(dialog.primary.getHelperText())
                .isEqualTo("A client\u2019s first contact is always its primary contact.");
        assertThat(dialog.defaultRole.getValue()).isEqualTo(RecipientRole.TO);
        userSets(dialog.lastName, "Becker");
        _click(dialog.save);

        assertThat(rows()).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("Becker");
            assertThat(r.primary()).isTrue();
        });
    }

    @Test
    void invalid_input_keeps_the_dialog_open_with_field_messages_and_saves_nothing() {
        ContactDialog dialog = openNew();
        userSets(dialog.email, "not-an-email");
        userSets(dialog.phone, "call me maybe");
        assertThat(dialog.name.getMaxLength()).isEqualTo(Contact.NAME_MAX);
        assertThat(dialog.firstName.getMaxLength()).isEqualTo(Contact.FIRST_NAME_MAX);

        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.name.getErrorMessage()).isEqualTo("Enter the contact\u2019s name, or a first or last name.");
        assertThat(dialog.email.getErrorMessage()).isEqualTo("Enter a valid email address, like name@example.com.");
        assertThat(dialog.phone.getErrorMessage())
                .isEqualTo("Enter a phone number using digits, spaces, +, ( ), -, . or /.");
        assertThat(notificationTexts()).anyMatch(t -> t.contains("Please correct the highlighted fields."));
        assertThat(rows()).isEmpty();
    }

    @Test
    void an_overridden_name_is_kept_on_edit_while_an_automatic_one_follows() {
        Contact bob = testData.contact(acme, "Robert", "Smith", c -> c.setName("Bob Smith"));
        Contact anna = testData.contact(acme, "Anna", "Becker");

        ContactDialog dialog = openEdit(bob);
        userSets(dialog.lastName, "Smith-Jones");
        assertThat(dialog.name.getValue()).isEqualTo("Bob Smith");
        _click(dialog.save);
        assertThat(stored(bob.getId()).getName()).isEqualTo("Bob Smith");
        assertThat(stored(bob.getId()).getLastName()).isEqualTo("Smith-Jones");

        dialog = openEdit(anna);
        userSets(dialog.lastName, "Brandt");
        assertThat(dialog.name.getValue()).isEqualTo("Anna Brandt");
        _click(dialog.save);
        assertThat(stored(anna.getId()).getName()).isEqualTo("Anna Brandt");
    }

    @Test
    void saving_another_contact_as_primary_demotes_the_previous_one() {
        Contact anna = testData.contact(acme, "Anna", "Becker");
        Contact ben = testData.contact(acme, "Ben", "Cole");

        ContactDialog dialog = openEdit(ben);
        assertThat(dialog.primary.isReadOnly()).isFalse();
        userSets(dialog.primary, true);
        _click(dialog.save);

        assertThat(stored(ben.getId()).isPrimary()).isTrue();
        assertThat(stored(anna.getId()).isPrimary()).isFalse();
        assertThat(cell(_get(ContactsTab.class).grid, 0, "name", Div.class)
                        .getElement()
                        .getTextRecursively())
                .startsWith("Ben Cole")
                .contains("Primary");
    }

    @Test
    void the_primary_contact_cannot_be_unticked_in_the_dialog() {
        Contact anna = testData.contact(acme, "Anna", "Becker");
        testData.contact(acme, "Ben", "Cole");

        ContactDialog dialog = openEdit(anna);

        assertThat(dialog.primary.getValue()).isTrue();
        assertThat(dialog.primary.isReadOnly()).isTrue();
        assertThat(dialog.primary.getHelperText())
                .isEqualTo("To change the primary contact, make another contact primary.");
    }

    @Test
    void picking_an_individual_client_fills_the_empty_fields_from_it() {
        Client kathe = testData.individual("Käthe Schäfer", "kaethe@example.org", "+49 221 1234");
        ContactDialog dialog = openNew();
        assertThat(dialog.individual.isVisible()).isTrue();
        userSets(dialog.phone, "+49 221 9999");

        userSets(dialog.individual, SystemAuthentication.call(() -> clients.get(kathe.getId())));

        assertThat(dialog.name.getValue()).isEqualTo("Käthe Schäfer");
        assertThat(dialog.email.getValue()).isEqualTo("kaethe@example.org");
        assertThat(dialog.phone.getValue()).as("typed input is kept").isEqualTo("+49 221 9999");
        _click(dialog.save);
        Contact saved = stored(rows().getFirst().id());
        assertThat(saved.getIndividual()).isEqualTo(kathe);
    }

    @Test
    void contacts_of_an_individual_offer_no_individual_link() {
        acme = testData.individual("Pat Person", "pat@example.com", "123 456");
        ContactDialog dialog = openNew();
        assertThat(dialog.individual.isVisible()).isFalse();
    }

    @Test
    void disjoint_changes_of_two_sessions_both_survive_without_a_dialog() {
        Contact anna = testData.contact(acme, "Anna", "Becker");
        ContactDialog dialog = openEdit(anna);
        inOtherSession(() -> {
            Contact theirs = contacts.get(anna.getId());
            theirs.setPhone("+49 30 1234567");
            contacts.save(theirs);
        });

        userSets(dialog.title, "CEO");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(stored(anna.getId()).getTitle()).isEqualTo("CEO");
        assertThat(stored(anna.getId()).getPhone()).isEqualTo("+49 30 1234567");
        assertThat(notificationTexts()).anyMatch(t -> t.contains(dialog.phone.getLabel()));
    }

    @Test
    void a_field_both_changed_is_a_conflict_and_the_typed_values_stay_in_the_dialog() {
        Contact anna = testData.contact(acme, "Anna", "Becker");
        ContactDialog dialog = openEdit(anna);
        inOtherSession(() -> {
            Contact theirs = contacts.get(anna.getId());
            theirs.setTitle("CFO");
            contacts.save(theirs);
        });

        userSets(dialog.title, "CEO");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.title.getValue()).isEqualTo("CEO");
        ConflictDialog conflict = _get(ConflictDialog.class);
        assertThat(GridKt._findAll(conflict.grid))
                .containsExactly(new ConflictDialog.Change(dialog.title.getLabel(), "—", "CFO", "CEO"));
        assertThat(stored(anna.getId()).getTitle()).isEqualTo("CFO");

        _click(conflict.reapply);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(stored(anna.getId()).getTitle()).isEqualTo("CEO");
    }

    @Test
    void after_a_conflict_reload_shows_the_stored_contact_and_discards_mine() {
        Contact anna = testData.contact(acme, "Anna", "Becker");
        ContactDialog dialog = openEdit(anna);
        Contact theirs = stored(anna.getId());
        theirs.setTitle("CFO");
        SystemAuthentication.run(() -> contacts.save(theirs));
        userSets(dialog.title, "CEO");
        _click(dialog.save);

        _click(_get(ConflictDialog.class).reload);

        assertThat(dialog.title.getValue()).isEqualTo("CFO");
        assertThat(stored(anna.getId()).getTitle()).isEqualTo("CFO");
    }

    @Test
    void a_contact_trashed_meanwhile_is_reported_as_gone() {
        Contact anna = testData.contact(acme, "Anna", "Becker");
        ContactDialog dialog = openEdit(anna);
        SystemAuthentication.run(() -> contacts.trash(anna.getId()));

        userSets(dialog.title, "CEO");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(notificationTexts()).anyMatch(t -> t.contains("This contact no longer exists"));
    }

    @Test
    void cancel_asks_before_discarding_typed_input_and_saves_nothing() {
        ContactDialog dialog = openNew();
        userSets(dialog.lastName, "Never Saved");
        _click(dialog.cancel);
        assertThat(dialog.isOpened())
                .as("typed input is not dropped without asking")
                .isTrue();
        confirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-discard")));
        assertThat(dialog.isOpened()).isFalse();
        assertThat(rows()).isEmpty();
    }
}
