package io.clientele.contact.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.menubar.MenuBar;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.client.Client;
import io.clientele.client.ClientRow;
import io.clientele.client.ui.ClientListView;
import io.clientele.client.ui.ClientOverviewView;
import io.clientele.contact.ContactRow;
import io.clientele.contact.ContactService;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class AddContactActionTest extends KaribuTest {

    @Autowired
    ContactService contacts;

    private List<ContactRow> contactsOf(Client client) {
        return SystemAuthentication.call(() -> contacts.page(client.getId(), false, PageRequest.of(0, 50)));
    }

    @Test
    void add_contact_in_the_client_list_options_menu_adds_a_contact_to_that_client() {
        Client acme = testData.company("Acme GmbH", "info@acme.example");
        login(TestData.STAFF);
        ClientListView list = navigate("clients", ClientListView.class);

        ContextMenuKt._clickItemWithID(list.rowMenu(), "option-add-contact", GridKt._get(clientGrid(), 0));
        ContactDialog dialog = _get(ContactDialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("New contact for Acme GmbH");
        userSets(dialog.firstName, "Anna");
        userSets(dialog.lastName, "Becker");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(contactsOf(acme)).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("Anna Becker");
            assertThat(r.primary()).isTrue();
        });
        assertThat(notificationTexts()).anyMatch(t -> t.contains("Contact \u201cAnna Becker\u201d saved."));
    }

    @Test
    void add_contact_in_the_overview_options_menu_shows_the_new_contact_in_the_tab() {
        Client acme = testData.company("Acme GmbH", "info@acme.example");
        testData.contact(acme, "Anna", "Becker");
        login(TestData.STAFF);
        navigate("clients/" + acme.getId(), ClientOverviewView.class);

        ContextMenuKt._clickItemWithID(
                _get(MenuBar.class, spec -> spec.withId("overview-options")), "option-add-contact");
        ContactDialog dialog = _get(ContactDialog.class);
        userSets(dialog.firstName, "Ben");
        userSets(dialog.lastName, "Cole");
        _click(dialog.save);

        ContactsTab tab = _get(ContactsTab.class);
        assertThat(_size(tab.grid)).isEqualTo(2);
        assertThat(contactsOf(acme)).extracting(ContactRow::name).containsExactly("Anna Becker", "Ben Cole");
    }

    @Test
    void managers_are_not_offered_add_contact() {
        testData.company("Acme GmbH", "info@acme.example");
        login(TestData.MANAGER);
        ClientListView list = navigate("clients", ClientListView.class);
        var ids = list.rowMenu().getItems().stream()
                .map(item -> item.getId().orElse(""))
                .toList();
        assertThat(ids).contains("option-view").doesNotContain("option-add-contact");
    }

    @SuppressWarnings("unchecked")
    private static Grid<ClientRow> clientGrid() {
        return _get(Grid.class, spec -> spec.withId("client-grid"));
    }
}
