package io.clientele.client.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.GridKt._sortByKey;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import io.clientele.client.Client;
import io.clientele.client.ClientRow;
import io.clientele.client.ClientSort;
import io.clientele.client.ClientType;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import io.clientele.support.TestDocuments;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ClientListViewTest extends KaribuTest {

    private ClientListView openAs(String user) {
        login(user);
        return navigate("clients", ClientListView.class);
    }

    private static String summary() {
        return _get(Span.class, spec -> spec.withId("page-summary")).getText();
    }

    @Test
    void the_first_page_shows_25_clients_and_says_how_many_there_are() {
        testData.demoClients(60);
        ClientListView view = openAs(TestData.STAFF);

        assertThat(_size(view.grid)).isEqualTo(25);
        assertThat(summary()).isEqualTo("Showing 1\u201325 of 60");
        assertThat(_get(Span.class, spec -> spec.withId("page-of")).getText()).isEqualTo("Page 1 of 3");
    }

    @Test
    void paging_walks_through_every_client_once() {
        testData.demoClients(60);
        ClientListView view = openAs(TestData.STAFF);
        List<Long> seen = new ArrayList<>();

        seen.addAll(ids(view));
        _click(_get(Button.class, spec -> spec.withId("page-next")));
        assertThat(summary()).isEqualTo("Showing 26\u201350 of 60");
        seen.addAll(ids(view));
        _click(_get(Button.class, spec -> spec.withId("page-last")));
        assertThat(summary()).isEqualTo("Showing 51\u201360 of 60");
        assertThat(_get(Button.class, spec -> spec.withId("page-next")).isEnabled())
                .isFalse();
        seen.addAll(ids(view));

        assertThat(seen).doesNotHaveDuplicates().hasSize(60);
        _click(_get(Button.class, spec -> spec.withId("page-first")));
        assertThat(summary()).isEqualTo("Showing 1\u201325 of 60");
    }

    @Test
    void a_bigger_page_size_shows_more_rows_from_the_first_page() {
        testData.demoClients(60);
        ClientListView view = openAs(TestData.STAFF);
        _click(_get(Button.class, spec -> spec.withId("page-next")));

        @SuppressWarnings("unchecked")
        Select<Integer> size = _get(Select.class, spec -> spec.withId("page-size"));
        userSets(size, 50);

        assertThat(_size(view.grid)).isEqualTo(50);
        assertThat(summary()).isEqualTo("Showing 1\u201350 of 60");
    }

    @Test
    void clicking_a_header_sorts_all_clients_not_just_the_page() {
        testData.demoClients(40);
        testData.company("Aardvark Analytics", "a@example.com");
        ClientListView view = openAs(TestData.STAFF);
        _click(_get(Button.class, spec -> spec.withId("page-next")));

        _sortByKey(view.grid, ClientSort.NAME, SortDirection.ASCENDING);
        assertThat(summary()).as("a new sort starts at the first page").isEqualTo("Showing 1\u201325 of 41");
        assertThat(_get(view.grid, 0).name()).isEqualTo("Aardvark Analytics");
        _click(_get(Button.class, spec -> spec.withId("page-last")));
        String lastAscending = _get(view.grid, _size(view.grid) - 1).name();

        _sortByKey(view.grid, ClientSort.NAME, SortDirection.DESCENDING);
        assertThat(_get(view.grid, 0).name()).isEqualTo(lastAscending);
        _click(_get(Button.class, spec -> spec.withId("page-last")));
        assertThat(_get(view.grid, _size(view.grid) - 1).name()).isEqualTo("Aardvark Analytics");
    }

    @Test
    void searching_filters_by_name_email_or_phone_and_pages_the_result() {
        testData.company("Færgefart Østersøen ApS", "kontakt@faergefart.example");
        testData.individual("Jürgen Groß", "jg@example.org", "+49 89 4711 000");
        testData.demoClients(30);
        ClientListView view = openAs(TestData.STAFF);

        userSets(view.search, "FÆRGEFART");
        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(_getFormatted(view.grid, 0, ClientSort.EMAIL)).isEqualTo("kontakt@faergefart.example");
        userSets(view.search, "4711000");
        assertThat(_get(view.grid, 0).name()).isEqualTo("Jürgen Groß");
        assertThat(summary()).isEqualTo("Showing 1\u20131 of 1");
        userSets(view.search, "no such client anywhere");
        assertThat(_size(view.grid)).isZero();
        assertThat(summary()).isEqualTo("No entries");
        userSets(view.search, "");
        assertThat(summary()).isEqualTo("Showing 1\u201325 of 32");
    }

    @Test
    void the_location_column_shows_city_and_country_name() {
        var c = new Client(ClientType.COMPANY, "Located GmbH");
        c.getBillingAddress().setCity("Köln");
        c.getBillingAddress().setCountry("DE");
        testData.save(c);
        ClientListView view = openAs(TestData.STAFF);
        assertThat(_getFormatted(view.grid, 0, ClientSort.LOCATION)).isEqualTo("Köln, Germany");
        assertThat(_getFormatted(view.grid, 0, "balance")).isEqualTo("€0.00");
    }

    @Test
    void batch_trash_asks_with_the_count_and_undo_brings_them_back() {
        testData.demoClients(30);
        ClientListView view = openAs(TestData.STAFF);
        ClientRow first = _get(view.grid, 0);
        ClientRow second = _get(view.grid, 1);
        ClientRow third = _get(view.grid, 2);
        view.grid.asMultiSelect().select(first, second, third);

        _click(view.trashSelected);
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(dialog.getElement().getProperty("message")).contains("3 clients will be moved to the trash");
        confirm(dialog);

        assertThat(summary()).isEqualTo("Showing 1\u201325 of 27");
        assertThat(ids(view)).doesNotContain(first.id(), second.id(), third.id());
        assertThat(notificationTexts()).anyMatch(text -> text.contains("3 clients moved to the trash"));

        _click(_get(Button.class, spec -> spec.withId("notification-action")));
        assertThat(summary()).isEqualTo("Showing 1\u201325 of 30");
        assertThat(ids(view)).contains(first.id(), second.id(), third.id());
    }

    @Test
    void the_trash_button_waits_for_a_selection() {
        testData.demoClients(5);
        ClientListView view = openAs(TestData.STAFF);
        assertThat(view.trashSelected.isEnabled()).isFalse();
        view.grid.asMultiSelect().select(_get(view.grid, 0));
        assertThat(view.trashSelected.isEnabled()).isTrue();
    }

    @Test
    void the_row_menu_trashes_one_client() {
        testData.company("Only Row Ltd", "only@example.com");
        ClientListView view = openAs(TestData.STAFF);
        ContextMenuKt._clickItemWithID(view.rowMenu(), "option-trash", _get(view.grid, 0));
        confirm(_get(ConfirmDialog.class));

        assertThat(_size(view.grid)).isZero();
    }

    @Test
    void a_manager_sees_the_list_but_no_edit_actions() {
        testData.demoClients(5);
        ClientListView view = openAs(TestData.MANAGER);
        assertThat(_size(view.grid)).isEqualTo(5);
        assertThat(view.newClient.isVisible()).isFalse();
        assertThat(view.trashSelected.isVisible()).isFalse();
    }

    @Test
    void the_name_links_to_the_client_overview() {
        var saved = testData.company("Linked Ltd", "l@example.com");
        ClientListView view = openAs(TestData.STAFF);
        var renderer = (LitRenderer<ClientRow>)
                view.grid.getColumnByKey(ClientSort.NAME).getRenderer();
        assertThat(renderer.getValueProviders().get("href").apply(_get(view.grid, 0)))
                .isEqualTo("clients/" + saved.getId());
        assertThat(_getFormatted(view.grid, 0, ClientSort.NAME)).isEqualTo("Linked Ltd");
    }

    @Test
    void the_row_options_offer_the_same_entries_for_every_row() {
        testData.demoClients(3);
        ClientListView view = openAs(TestData.STAFF);
        assertThat(view.rowMenu().getItems())
                .extracting(item -> item.getId().orElse(""))
                .startsWith("option-view", "option-edit", "option-trash");
        assertThat(_getFormatted(view.grid, 0, ClientSort.ACTIVE)).isEqualTo(t("client.active.yes"));

        ContextMenuKt._clickItemWithID(view.rowMenu(), "option-view", _get(view.grid, 1));
        assertThat(com.vaadin
                        .flow
                        .component
                        .UI
                        .getCurrent()
                        .getInternals()
                        .getActiveViewLocation()
                        .getPath())
                .isEqualTo("clients/" + _get(view.grid, 1).id());
    }

    private static List<Long> ids(ClientListView view) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < _size(view.grid); i++) {
            ids.add(_get(view.grid, i).id());
        }
        return ids;
    }

    @Autowired
    TestDocuments documents;

    @Test
    void the_trash_confirmation_names_the_open_balance_and_the_issued_documents() {
        var debtor = testData.company("Wöhler & Wöhler KG", "info@woehler.example");
        documents.sentInvoice(debtor, "Consulting|2|500|0");
        documents.invoice(debtor, "Draft work|1|10|0");
        ClientListView view = openAs(TestData.STAFF);
        ContextMenuKt._clickItemWithID(view.rowMenu(), "option-trash", _get(view.grid, 0));

        String message = _get(ConfirmDialog.class).getElement().getProperty("message");
        assertThat(message).contains("Still owed: €1,000.00").contains("Issued documents: 1 issued invoice.");
    }

    @Test
    void the_trash_confirmation_of_a_client_without_documents_names_none() {
        testData.company("Clean Slate Ltd", "clean@example.com");
        ClientListView view = openAs(TestData.STAFF);
        ContextMenuKt._clickItemWithID(view.rowMenu(), "option-trash", _get(view.grid, 0));

        assertThat(_get(ConfirmDialog.class).getElement().getProperty("message"))
                .doesNotContain("Still owed")
                .doesNotContain("Issued documents");
    }
}
