package io.clientele.contact.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.vaadin.flow.component.menubar.MenuBar;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.client.Client;
import io.clientele.client.ui.ClientOverviewView;
import io.clientele.contact.ConsentSource;
import io.clientele.contact.Contact;
import io.clientele.contact.ContactService;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Ticking a contact's opt-in records when, where and by whom; the contact dialog shows it. */
class ContactConsentTest extends KaribuTest {

    @Autowired
    ContactService contacts;

    Client acme;
    Contact anna;

    @BeforeEach
    void acme() {
        acme = testData.company("Acme GmbH", "info@acme.example");
        anna = testData.contact(acme, "Anna", "Becker", c -> c.setEmail("anna@acme.example"));
        login(TestData.STAFF);
    }

    private ContactDialog edit() {
        navigate("clients/" + acme.getId(), ClientOverviewView.class);
        ContactsTab tab = _get(ContactsTab.class);
        ContextMenuKt._clickItemWithID(cell(tab.grid, 0, "options", MenuBar.class), "contact-edit");
        return _get(ContactDialog.class);
    }

    private Contact stored() {
        return SystemAuthentication.call(() -> contacts.get(anna.getId()));
    }

    @Test
    void ticking_the_opt_in_records_the_date_the_back_office_and_the_user() {
        ContactDialog dialog = edit();
        assertThat(dialog.optIn.getHelperText()).as("no consent recorded yet").isNull();
        userSets(dialog.optIn, true);
        ButtonKt._click(dialog.save);

        Contact saved = stored();
        assertThat(saved.getOptInAt()).isNotNull();
        assertThat(saved.getOptInSource()).isEqualTo(ConsentSource.BACK_OFFICE);
        assertThat(saved.getOptInBy()).isEqualTo("Sam Staff");
        assertThat(edit().optIn.getHelperText()).contains("Sam Staff");
    }

    @Test
    void saving_again_keeps_the_first_date_and_unticking_drops_it() {
        ContactDialog dialog = edit();
        userSets(dialog.optIn, true);
        ButtonKt._click(dialog.save);
        Instant first = stored().getOptInAt();

        dialog = edit();
        userSets(dialog.title, "Buyer");
        ButtonKt._click(dialog.save);
        assertThat(stored().getOptInAt()).isEqualTo(first);

        dialog = edit();
        userSets(dialog.optIn, false);
        ButtonKt._click(dialog.save);
        assertThat(stored().getOptInAt()).isNull();
        assertThat(stored().getOptInSource()).isNull();
    }
}
