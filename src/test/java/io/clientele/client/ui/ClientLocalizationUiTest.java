package io.clientele.client.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.base.security.UserDirectory;
import io.clientele.client.Client;
import io.clientele.client.ClientFilter;
import io.clientele.client.ClientGroup;
import io.clientele.client.ClientRow;
import io.clientele.client.ClientService;
import io.clientele.client.ClientType;
import io.clientele.support.FakeClientDocuments;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** Localization, groups, owners and the quick insert as a user meets them. */
class ClientLocalizationUiTest extends KaribuTest {

    @Autowired
    ClientService clients;

    @Autowired
    FakeClientDocuments documents;

    @Autowired
    UserDirectory users;

    @Test
    void the_overview_header_shows_localization_groups_owner_and_the_amount_owed() {
        ClientGroup vip = testData.group("VIP");
        Client c = SystemAuthentication.call(() -> clients.newClient(ClientType.COMPANY));
        c.setName("Lokal GmbH");
        c.setCurrency("CHF");
        c.setLanguage("de");
        c.setOwnerId(testData.accountId(TestData.STAFF));
        c.setGroups(Set.of(vip));
        Client saved = testData.save(c);
        login(TestData.MANAGER);

        navigate("clients/" + saved.getId(), ClientOverviewView.class);

        String header = _get(ClientOverviewView.class).getElement().getTextRecursively();
        assertThat(header).contains("Swiss Franc", "German", "VIP", "Sam Staff", "Net 30");
        assertThat(_get(Span.class, spec -> spec.withId("overview-balance")).getText())
                .isEqualTo("CHF\u00a00.00");
    }

    @Test
    void a_restricted_staff_member_typing_another_clients_address_gets_not_found() {
        Client foreign = new Client(ClientType.COMPANY, "Not Yours Ltd");
        foreign.setOwnerId(testData.accountId(TestData.ADMIN));
        Client saved = testData.save(foreign);
        testData.restrictStaff();
        login(TestData.STAFF);

        navigate("clients/" + saved.getId(), ClientOverviewView.class);

        assertThat(_get(H2.class, spec -> spec.withId("client-not-found")).getText())
                .isEqualTo("Client not found");
        ClientListView list = navigate("clients", ClientListView.class);
        assertThat(_size(list.grid)).isZero();
    }

    @Test
    void the_currency_field_is_read_only_once_the_client_has_documents() {
        Client c = testData.company("Billed AG", "b@example.com");
        documents.markHasDocuments(c.getId());
        login(TestData.STAFF);
        ClientListView list = navigate("clients", ClientListView.class);
        ContextMenuKt._clickItemWithID(list.rowMenu(), "option-edit", GridKt._get(list.grid, 0));
        ClientEditor editor = _get(ClientEditor.class);

        assertThat(editor.form.currency.isReadOnly()).isTrue();
        assertThat(editor.form.currency.getHelperText()).contains("Fixed");
    }

    @Test
    void the_group_filter_narrows_the_list_and_the_groups_column_names_them() {
        ClientGroup retail = testData.group("Retail");
        Client inGroup = testData.company("Shop One", "one@example.com");
        testData.company("Factory Two", "two@example.com");
        SystemAuthentication.run(() -> {
            Client c = clients.get(inGroup.getId());
            c.setGroups(Set.of(retail));
            clients.save(c);
        });
        login(TestData.STAFF);
        ClientListView view = navigate("clients", ClientListView.class);
        assertThat(_size(view.grid)).isEqualTo(2);

        userSets(view.groupFilter, Set.of(retail));

        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(GridKt._getFormatted(view.grid, 0, "groups")).isEqualTo("Retail");
    }

    @Test
    void the_quick_insert_creates_a_client_with_defaults_and_offers_to_open_it() {
        login(TestData.STAFF);
        navigate("clients", ClientListView.class);
        _click(_get(Button.class, spec -> spec.withId("quick-new-client")));
        QuickClientDialog dialog = _get(QuickClientDialog.class);
        userSets(dialog.type, ClientType.INDIVIDUAL);
        userSets(dialog.name, "Quick Quentin");
        userSets(dialog.email, "quentin@example.com");

        _click(dialog.save);

        List<ClientRow> rows =
                SystemAuthentication.call(() -> clients.list(ClientFilter.live("Quentin"), PageRequest.of(0, 5)));
        assertThat(rows).hasSize(1);
        Client stored =
                SystemAuthentication.call(() -> clients.get(rows.getFirst().id()));
        assertThat(stored.getType()).isEqualTo(ClientType.INDIVIDUAL);
        assertThat(stored.getCurrency()).isEqualTo("EUR");
        assertThat(stored.getOwnerId()).isEqualTo(testData.accountId(TestData.STAFF));
        _click(_get(Button.class, spec -> spec.withId("notification-action")));
        assertThat(_get(H2.class, spec -> spec.withId("overview-name")).getText())
                .isEqualTo("Quick Quentin");
    }

    @Test
    void the_quick_insert_refuses_a_missing_name() {
        login(TestData.STAFF);
        navigate("clients", ClientListView.class);
        _click(_get(Button.class, spec -> spec.withId("quick-new-client")));
        QuickClientDialog dialog = _get(QuickClientDialog.class);
        userSets(dialog.email, "nobody@example.com");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.name.getErrorMessage()).isEqualTo("Enter the client’s name.");
    }

    @Test
    void a_user_picks_their_ui_language_and_it_is_remembered() {
        login(TestData.STAFF);
        navigate("clients", ClientListView.class);
        MenuBar userMenu = _get(MenuBar.class, spec -> spec.withId("user-menu"));

        ContextMenuKt._clickItemWithID(userMenu, "language-de");

        assertThat(users.preferredLanguage(TestData.STAFF)).contains("de");
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.GERMAN);
        ClientListView german = navigate("clients", ClientListView.class);
        assertThat(german.newClient.getText()).isEqualTo(UI.getCurrent().getTranslation("client.list.new"));
        assertThat(german.newClient.getText()).isNotEqualTo("New client");
    }
}
