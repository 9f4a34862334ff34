package io.clientele.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.billing.CurrencySum;
import io.clientele.billing.DocumentRow;
import io.clientele.billing.Invoice;
import io.clientele.billing.InvoiceService;
import io.clientele.billing.InvoiceStatus;
import io.clientele.billing.Payment;
import io.clientele.billing.PaymentService;
import io.clientele.billing.ui.InvoiceListView;
import io.clientele.client.Client;
import io.clientele.client.GroupSize;
import io.clientele.client.RecentClient;
import io.clientele.crm.ReminderService;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import io.clientele.support.TestDocuments;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The home page's figures against a fixture whose sums are known: two euro clients (one owned by the restricted staff
 * member), one koruna client, sent, overdue and draft invoices, a payment this month and one last month.
 */
class DashboardViewTest extends KaribuTest {

    @Autowired
    TestDocuments documents;

    @Autowired
    PaymentService payments;

    @Autowired
    InvoiceService invoices;

    @Autowired
    ReminderService reminders;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private LocalDate today;
    private Client own;
    private Client other;

    @BeforeEach
    void fixture() {
        today = LocalDate.now(clock);
        long staff = testData.accountId(TestData.STAFF);
        own = testData.company("Own GmbH", "own@test.example");
        other = testData.company("Other SA", "other@test.example");
        Client koruna = testData.company("Koruna s.r.o.", "cz@test.example");
        // Groups through the entity first: a later save of a stale copy would undo the SQL updates below.
        var key = testData.group("Key accounts");
        own.setGroups(Set.of(key));
        own.setOwnerId(staff);
        own = testData.save(own);
        other.setGroups(Set.of(key));
        other = testData.save(other);
        jdbc.update("update clients set currency = 'CZK' where id = ?", koruna.getId());

        Invoice ownDue = due(documents.sentInvoice(own, "Consulting|1|100|0"), today);
        overdue(documents.sentInvoice(own, "Audit|1|200|0"));
        due(documents.sentInvoice(other, "Licence|1|1000|0"), today);
        overdue(documents.sentInvoice(other, "Support|1|500|0"));
        due(documents.sentInvoice(koruna, "Služby|1|2000|0"), today.plusDays(30));
        documents.invoice(other, "Draft only|1|9999|0");
        // The due dates above were moved in SQL, around the services (issued invoices are immutable): the kept
        // figures are recounted, as after a bulk load.
        SystemAuthentication.run(invoices::recountOpenBalances);
        pay(ownDue, "40", today);
        pay(
                documents.sentInvoice(other, "Old work|1|70|0"),
                "70",
                today.withDayOfMonth(1).minusDays(1));
        // The nightly job turns the two past-due invoices overdue, as in production (the dashboard's totals are kept
        // by the services, so a status set in SQL would not be counted).
        SystemAuthentication.run(invoices::markOverdue);

        SystemAuthentication.run(() -> {
            reminders.create(own.getId(), clock.instant().minus(Duration.ofDays(1)), "Call back", staff, false);
            reminders.create(
                    other.getId(),
                    clock.instant().plus(Duration.ofDays(1)),
                    "Not mine",
                    testData.accountId(TestData.ADMIN),
                    false);
        });
    }

    @Test
    void an_administrator_sees_every_clients_figures_per_currency() {
        login(TestData.ADMIN);
        DashboardView view = navigate("dashboard", DashboardView.class);
        var f = view.figures;

        // 60 left on the paid-down invoice, 200 overdue, 1,000 due, 500 overdue; drafts and paid invoices left out.
        assertThat(f.outstanding()).containsExactly(sum("CZK", "2000", 1), sum("EUR", "1760", 4));
        assertThat(f.overdue()).containsExactly(sum("EUR", "700", 2));
        assertThat(f.dueThisWeekCount()).isEqualTo(2);
        assertThat(f.dueThisWeek())
                .extracting(DocumentRow::clientName)
                .containsExactlyInAnyOrder("Own GmbH", "Other SA");
        // Last month's payment is not this month's.
        assertThat(f.receivedThisMonth()).containsExactly(sum("EUR", "40", 1));
        assertThat(f.topGroups())
                .extracting(GroupSize::name, GroupSize::clients)
                .containsExactly(Tuple.tuple("Key accounts", 2L));
        assertThat(f.myOpenReminders()).isEqualTo(1);
        assertThat(f.myReminders().getFirst().description()).isEqualTo("Not mine");

        assertThat(_get(Span.class, s -> s.withId("outstanding-EUR")).getText()).contains("1,760.00");
        assertThat(_get(Span.class, s -> s.withId("overdue-EUR")).getText()).contains("700.00");
        assertThat(_get(Span.class, s -> s.withId("due-count")).getText()).isEqualTo("2");
        assertThat(_get(Span.class, s -> s.withId("received-EUR")).getText()).contains("40.00");
    }

    @Test
    void a_restricted_staff_member_sees_only_the_clients_they_own() {
        testData.restrictStaff();
        login(TestData.STAFF);
        DashboardView view = navigate("dashboard", DashboardView.class);
        var f = view.figures;

        assertThat(f.outstanding()).containsExactly(sum("EUR", "260", 2));
        assertThat(f.overdue()).containsExactly(sum("EUR", "200", 1));
        assertThat(f.dueThisWeekCount()).isEqualTo(1);
        assertThat(f.receivedThisMonth()).containsExactly(sum("EUR", "40", 1));
        assertThat(f.recentClients()).extracting(RecentClient::name).containsExactly("Own GmbH");
        assertThat(f.topGroups()).extracting(GroupSize::clients).containsExactly(1L);
        assertThat(f.myOpenReminders()).isEqualTo(1);
        assertThat(f.myReminders().getFirst().overdue()).isTrue();
    }

    @Test
    void the_tiles_link_into_the_filtered_lists_and_the_home_page_is_the_dashboard() {
        login(TestData.MANAGER);
        UI.getCurrent().navigate("");
        _get(DashboardView.class);
        assertThat(_get(Anchor.class, s -> s.withText(t("dashboard.link.overdue-invoices")))
                        .getHref())
                .isEqualTo("invoices?status=OVERDUE");
        UI.getCurrent().navigate("invoices", QueryParameters.simple(Map.of("status", "OVERDUE")));
        _get(InvoiceListView.class);
        assertThat(_get(MultiSelectComboBox.class, s -> s.withId("status-filter"))
                        .getValue())
                .containsExactly(InvoiceStatus.OVERDUE);
        assertThat(GridKt._size(_get(Grid.class))).isEqualTo(2);

        long group = jdbc.queryForObject("select id from client_groups where name = 'Key accounts'", Long.class);
        UI.getCurrent().navigate("clients", QueryParameters.simple(Map.of("group", String.valueOf(group))));
        assertThat(GridKt._size(_get(Grid.class, s -> s.withId("client-grid")))).isEqualTo(2);
    }

    private Invoice due(Invoice invoice, LocalDate date) {
        jdbc.update("update billing_documents set due_date = ? where id = ?", date, invoice.getId());
        return invoice;
    }

    private void overdue(Invoice invoice) {
        jdbc.update("update billing_documents set due_date = ? where id = ?", today.minusDays(5), invoice.getId());
    }

    private void pay(Invoice invoice, String amount, LocalDate date) {
        Payment p = new Payment();
        p.setReference("P-" + invoice.getId());
        p.setAmount(new BigDecimal(amount));
        p.setDate(date);
        SystemAuthentication.run(() -> payments.record(invoice.getId(), p));
    }

    private static CurrencySum sum(String currency, String amount, long count) {
        return new CurrencySum(currency, new BigDecimal(amount).setScale(4), count);
    }
}
