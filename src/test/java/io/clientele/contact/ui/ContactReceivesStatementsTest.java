package io.clientele.contact.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.vaadin.flow.component.menubar.MenuBar;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.client.Client;
import io.clientele.client.ui.ClientOverviewView;
import io.clientele.contact.Contact;
import io.clientele.contact.ContactRow;
import io.clientele.contact.ContactService;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The contact form's "Receives statements" box (issue 21, scheduled statements). */
class ContactReceivesStatementsTest extends KaribuTest {

    @Autowired
    ContactService contacts;

    private Client acme;

    @BeforeEach
    void loginAsStaff() {
        acme = testData.company("Acme GmbH", "info@acme.example");
        login(TestData.STAFF);
    }

    private ContactDialog openEdit(Contact contact) {
        navigate("clients/" + acme.getId(), ClientOverviewView.class);
        ContactsTab tab = _get(ContactsTab.class);
        int row = SystemAuthentication.call(() -> contacts.page(acme.getId(), true, PageRequest.of(0, 50))).stream()
                .map(ContactRow::id)
                .toList()
                .indexOf(contact.getId());
        ContextMenuKt._clickItemWithID(cell(tab.grid, row, "options", MenuBar.class), "contact-edit");
        return _get(ContactDialog.class);
    }

    @Test
    void staff_mark_an_opted_in_contact_to_receive_statements_and_it_becomes_a_statement_recipient() {
        Contact fay = testData.contact(acme, "Fay", "Finance", c -> {
            c.setEmail("fay@acme.example");
            c.setOptIn(true);
        });
        ContactDialog dialog = openEdit(fay);
        assertThat(dialog.receivesStatements.getValue()).as("off by default").isFalse();

        userSets(dialog.receivesStatements, true);
        _click(dialog.save);

        assertThat(SystemAuthentication.call(() -> contacts.get(fay.getId()).isReceivesStatements()))
                .isTrue();
        assertThat(SystemAuthentication.call(() -> contacts.statementRecipients(acme.getId())))
                .containsExactly("fay@acme.example");
        assertThat(SystemAuthentication.call(() -> contacts.page(acme.getId(), false, PageRequest.of(0, 5))))
                .singleElement()
                .satisfies(r -> assertThat(r.receivesStatements()).isTrue());
    }

    @Test
    void a_contact_marked_to_receive_statements_who_opts_out_of_e_mail_receives_none() {
        Contact fay = testData.contact(acme, "Fay", "Finance", c -> {
            c.setEmail("fay@acme.example");
            c.setOptIn(true);
            c.setReceivesStatements(true);
        });
        ContactDialog dialog = openEdit(fay);

        userSets(dialog.optIn, false);
        _click(dialog.save);

        assertThat(SystemAuthentication.call(() -> contacts.get(fay.getId()).isReceivesStatements()))
                .isTrue();
        assertThat(SystemAuthentication.call(() -> contacts.statementRecipients(acme.getId())))
                .isEmpty();
    }
}
