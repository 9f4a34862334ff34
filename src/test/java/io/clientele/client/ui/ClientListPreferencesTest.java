package io.clientele.client.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.GridKt._sortByKey;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.SortDirection;
import io.clientele.client.Client;
import io.clientele.client.ClientSort;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** What a user chooses in the client list (page size, visible columns) is theirs on the next visit, and only theirs. */
class ClientListPreferencesTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_page_size_a_user_picks_is_kept_for_them_on_the_next_visit_and_not_for_others() {
        testData.demoClients(60);
        login(TestData.STAFF);
        ClientListView view = navigate("clients", ClientListView.class);
        assertThat(_size(view.grid)).isEqualTo(25);
        @SuppressWarnings("unchecked")
        Select<Integer> pageSize = (Select<Integer>) LocatorJ._get(view, Select.class, s -> s.withId("page-size"));
        userSets(pageSize, 50);
        assertThat(_size(view.grid)).isEqualTo(50);

        view = navigate("clients", ClientListView.class);
        assertThat(view.pagedGrid.getPagination().getPageSize()).isEqualTo(50);
        assertThat(_size(view.grid)).isEqualTo(50);

        logout();
        login(TestData.ADMIN);
        view = navigate("clients", ClientListView.class);
        assertThat(view.pagedGrid.getPagination().getPageSize()).isEqualTo(25);
    }

    @Test
    void columns_hidden_through_the_chooser_stay_hidden_for_that_user() {
        testData.company("Acme", "billing@acme.example");
        login(TestData.STAFF);
        ClientListView view = navigate("clients", ClientListView.class);
        // Secondary columns start hidden so that name, e-mail and location stay readable on a laptop screen.
        assertThat(view.grid.getColumnByKey(ClientSort.PHONE).isVisible()).isFalse();
        assertThat(view.grid.getColumnByKey(ClientSort.EMAIL).isVisible()).isTrue();

        ContextMenuKt._click(view.columns, view.columns.item(ClientSort.EMAIL));
        ContextMenuKt._click(view.columns, view.columns.item(ClientSort.PHONE));
        assertThat(view.grid.getColumnByKey(ClientSort.EMAIL).isVisible()).isFalse();
        assertThat(view.grid.getColumnByKey(ClientSort.PHONE).isVisible()).isTrue();

        view = navigate("clients", ClientListView.class);
        assertThat(view.grid.getColumnByKey(ClientSort.EMAIL).isVisible()).isFalse();
        assertThat(view.grid.getColumnByKey(ClientSort.PHONE).isVisible()).isTrue();
        assertThat(view.columns.item(ClientSort.EMAIL).isChecked()).isFalse();

        logout();
        login(TestData.MANAGER);
        view = navigate("clients", ClientListView.class);
        assertThat(view.grid.getColumnByKey(ClientSort.EMAIL).isVisible()).isTrue();
    }

    @Test
    void the_balance_sorts_by_currency_then_amount_and_says_so() {
        owes(testData.company("Euro Large", null), "EUR", "41677");
        owes(testData.company("Koruna", null), "CZK", "20995");
        owes(testData.company("Pound", null), "GBP", "20318");
        owes(testData.company("Euro Small", null), "EUR", "100");
        login(TestData.STAFF);
        ClientListView view = navigate("clients", ClientListView.class);

        _sortByKey(view.grid, ClientSort.BALANCE, SortDirection.ASCENDING);
        assertThat(names(view)).containsExactly("Koruna", "Euro Small", "Euro Large", "Pound");
        _sortByKey(view.grid, ClientSort.BALANCE, SortDirection.DESCENDING);
        assertThat(names(view)).containsExactly("Pound", "Euro Large", "Euro Small", "Koruna");
        assertThat(view.grid
                        .getColumnByKey(ClientSort.BALANCE)
                        .getHeaderComponent()
                        .getElement()
                        .getAttribute("title"))
                .isEqualTo(t("client.column.balance.sort"));
    }

    @Test
    void a_restricted_staff_member_sees_the_same_currency_order() {
        testData.restrictStaff();
        long staffId = testData.accountId(TestData.STAFF);
        for (Client c : List.of(
                owes(testData.company("Euro Large", null), "EUR", "41677"),
                owes(testData.company("Koruna", null), "CZK", "20995"),
                owes(testData.company("Pound", null), "GBP", "20318"))) {
            jdbc.update("update clients set owner_id = ? where id = ?", staffId, c.getId());
        }
        login(TestData.STAFF);
        ClientListView view = navigate("clients", ClientListView.class);
        _sortByKey(view.grid, ClientSort.BALANCE, SortDirection.ASCENDING);
        assertThat(names(view)).containsExactly("Koruna", "Euro Large", "Pound");
    }

    private Client owes(Client client, String currency, String amount) {
        jdbc.update(
                "update clients set currency = ?, amount_owed = ? where id = ?",
                currency,
                new BigDecimal(amount),
                client.getId());
        return client;
    }

    private static List<String> names(ClientListView view) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < _size(view.grid); i++) {
            names.add(_get(view.grid, i).name());
        }
        return names;
    }
}
