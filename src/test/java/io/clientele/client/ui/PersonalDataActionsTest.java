package io.clientele.client.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.menubar.MenuBar;
import io.clientele.billing.Invoice;
import io.clientele.client.Client;
import io.clientele.contact.Contact;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import io.clientele.support.TestDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The client's data on request from the overview's and a contact's Options menu, as an administrator uses them. */
class PersonalDataActionsTest extends KaribuTest {

    @Autowired
    TestDocuments documents;

    @Autowired
    JdbcTemplate jdbc;

    Client acme;
    Contact anna;
    Contact ben;

    @BeforeEach
    void acme() {
        acme = testData.company("Acme GmbH", "info@acme.example");
        anna = testData.contact(acme, "Anna", "Becker", c -> c.setEmail("anna@acme.example"));
        ben = testData.contact(acme, "Ben", "Cole", c -> c.setEmail("ben@acme.example"));
    }

    private MenuBar options() {
        navigate("clients/" + acme.getId(), ClientOverviewView.class);
        return _get(MenuBar.class, s -> s.withId("overview-options"));
    }

    @Test
    void anonymising_names_the_open_invoices_first_and_then_replaces_the_name() {
        Invoice open = documents.issuedInvoice(acme, "Consulting|1|100|19");
        String number = documents.reload(open).getNumber();
        login(TestData.ADMIN);
        ContextMenuKt._clickItemWithID(options(), "option-anonymise-client");

        ConfirmDialog confirm = _get(ConfirmDialog.class, s -> s.withId("confirm-anonymise"));
        assertThat(confirm.getElement().getProperty("message")).contains(number);
        confirm(confirm);

        assertThat(_get(H2.class, s -> s.withId("overview-name")).getText()).isEqualTo("Anonymised #" + acme.getId());
        assertThat(jdbc.queryForObject(
                        "select buyer_name from billing_documents where id = ?", String.class, open.getId()))
                .isEqualTo("Acme GmbH");
    }

    @Test
    void the_export_is_offered_as_a_download() {
        login(TestData.ADMIN);
        ContextMenuKt._clickItemWithID(options(), "option-export-personal-data");

        Dialog dialog = _get(Dialog.class, s -> s.withId("personal-data-export"));
        Anchor link = _get(dialog, Anchor.class, s -> s.withId("personal-data-download"));
        assertThat(link.getElement().getAttribute("download")).isEqualTo("personal-data-" + acme.getId() + ".zip");
        assertThat(link.getHref()).isNotBlank();
    }

    @Test
    void one_contact_is_anonymised_from_its_options_and_the_others_stay() {
        login(TestData.ADMIN);
        navigate("clients/" + acme.getId(), ClientOverviewView.class);
        Grid<?> grid = _get(Grid.class, s -> s.withId("contact-grid"));
        ContextMenuKt._clickItemWithID(cell(grid, 1, "options", MenuBar.class), "anonymise-contact");
        confirm(_get(ConfirmDialog.class, s -> s.withId("confirm-anonymise-contact")));

        assertThat(jdbc.queryForList(
                        "select name from contacts where client_id = ? order by id", String.class, acme.getId()))
                .containsExactly("Anna Becker", "Anonymised #" + ben.getId());
    }

    @Test
    void staff_do_not_get_the_entries() {
        login(TestData.STAFF);
        assertThat(options().getItems().getFirst().getSubMenu().getItems())
                .extracting(i -> i.getId().orElse(""))
                .contains("option-edit")
                .doesNotContain("option-export-personal-data", "option-anonymise-client");
        assertThat(_find(ConfirmDialog.class)).isEmpty();
    }
}
