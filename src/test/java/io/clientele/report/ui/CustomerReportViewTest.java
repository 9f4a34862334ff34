package io.clientele.report.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.billing.DocumentLine;
import io.clientele.billing.Invoice;
import io.clientele.billing.InvoiceService;
import io.clientele.client.Client;
import io.clientele.client.ClientGroup;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CustomerReportViewTest extends KaribuTest {

    @Autowired
    InvoiceService invoices;

    private ClientGroup vip;

    private void sentInvoice(Client client, String price) {
        SystemAuthentication.run(() -> {
            Invoice inv = invoices.newInvoice(client.getId());
            inv.setLines(List.of(new DocumentLine("Work", BigDecimal.ONE, new BigDecimal(price), BigDecimal.ZERO)));
            invoices.markSent(invoices.save(inv).getId());
        });
    }

    @BeforeEach
    void data() {
        vip = testData.group("VIP");
        Client alpha = testData.company("Alpha", "alpha@example.com");
        alpha.setGroups(Set.of(vip));
        alpha = testData.save(alpha);
        Client beta = testData.company("Βήτα Σύμβουλοι", "beta@example.com");
        Client gamma = testData.company("Gamma", "gamma@example.com");
        sentInvoice(alpha, "100");
        sentInvoice(alpha, "50");
        sentInvoice(beta, "300");
        sentInvoice(gamma, "20");
    }

    @Test
    void a_manager_sees_each_client_with_totals_sorts_by_amount_and_filters_by_group() {
        login(TestData.MANAGER);

        CustomerReportView view = navigate("reports/customers", CustomerReportView.class);

        assertThat(_size(view.grid)).isEqualTo(3);
        assertThat(cell(view.grid, 0, "client", RouterLink.class).getText()).isEqualTo("Alpha");
        assertThat(_getFormatted(view.grid, 0, "invoices")).isEqualTo("2");
        assertThat(_getFormatted(view.grid, 0, "invoiced")).isEqualTo("€150.00");
        assertThat(_getFormatted(view.grid, 0, "outstanding")).isEqualTo("€150.00");
        assertThat(cell(view.grid, 2, "client", RouterLink.class).getText()).isEqualTo("Βήτα Σύμβουλοι");
        assertThat(view.totals.getChildren().map(c -> ((Span) c).getText()).toList())
                .containsExactly("EUR: 3 clients, 4 invoices · invoiced €470.00 · paid €0.00 · outstanding €470.00");
        assertThat(view.pdf.isEnabled()).isTrue();

        view.grid.sort(GridSortOrder.desc(view.grid.getColumnByKey("invoiced")).build());
        assertThat(cell(view.grid, 0, "client", RouterLink.class).getText()).isEqualTo("Βήτα Σύμβουλοι");
        assertThat(cell(view.grid, 2, "client", RouterLink.class).getText()).isEqualTo("Gamma");

        userSets(view.group, vip);
        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(cell(view.grid, 0, "client", RouterLink.class).getText()).isEqualTo("Alpha");
        assertThat(view.totals.getChildren().map(c -> ((Span) c).getText()).toList())
                .containsExactly("EUR: 1 client, 2 invoices · invoiced €150.00 · paid €0.00 · outstanding €150.00");
        assertThat(view.csv.getElement().getAttribute("download")).isEqualTo("customer-report.csv");
    }

    @Test
    void a_period_without_invoices_says_so() {
        login(TestData.MANAGER);
        CustomerReportView view = navigate("reports/customers", CustomerReportView.class);

        userSets(view.period.to, view.period.from.getValue().minusYears(1).plusDays(1));
        assertThat(view.period.to.isInvalid()).isTrue();
        assertThat(_size(view.grid)).isZero();
        assertThat(view.pdf.isEnabled()).isFalse();

        userSets(view.period.from, view.period.from.getValue().minusYears(2));
        assertThat(view.period.to.isInvalid()).isFalse();
        assertThat(_size(view.grid)).isZero();
        assertThat(view.grid.getEmptyStateText()).isEqualTo("No client was invoiced in this period.");
    }

    @Test
    void staff_cannot_open_the_customer_report() {
        login(TestData.STAFF);

        assertThatThrownBy(() -> UI.getCurrent().navigate("reports/customers"))
                .isInstanceOf(MockAccessDeniedException.class);
    }

    // Issue 22: the tag filter, picked with completion like the list's.
    @org.springframework.beans.factory.annotation.Autowired
    io.clientele.client.ClientTags clientTags;

    @org.springframework.beans.factory.annotation.Autowired
    io.clientele.client.ClientService clientService;

    @Test
    void a_manager_narrows_the_report_to_one_client_tag() {
        SystemAuthentication.run(() -> {
            long gamma = clientService
                    .list(
                            io.clientele.client.ClientFilter.live("gamma"),
                            org.springframework.data.domain.PageRequest.of(0, 5))
                    .getFirst()
                    .id();
            clientTags.add(List.of(gamma), "Key account");
        });
        login(TestData.MANAGER);
        CustomerReportView view = navigate("reports/customers", CustomerReportView.class);

        var suggestions = com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems(view.tag);
        assertThat(suggestions)
                .extracting(io.clientele.client.ClientTag::getName)
                .containsExactly("Key account");
        userSets(view.tag, suggestions.getFirst());

        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(cell(view.grid, 0, "client", RouterLink.class).getText()).isEqualTo("Gamma");
    }
}
