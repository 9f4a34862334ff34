package io.clientele.report.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.billing.DocumentLine;
import io.clientele.billing.Invoice;
import io.clientele.billing.InvoiceService;
import io.clientele.client.Client;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class GroupReportViewTest extends KaribuTest {

    @Autowired
    InvoiceService invoices;

    private void sentInvoice(Client client, String price) {
        SystemAuthentication.run(() -> {
            Invoice inv = invoices.newInvoice(client.getId());
            inv.setLines(List.of(new DocumentLine("Work", BigDecimal.ONE, new BigDecimal(price), BigDecimal.ZERO)));
            invoices.markSent(invoices.save(inv).getId());
        });
    }

    @Test
    void a_manager_sees_each_group_most_valuable_first_as_bars_and_rows_computed_in_the_background() {
        Client grouped = testData.company("Grouped", "g@example.com");
        grouped.setGroups(Set.of(testData.group("Agencies")));
        grouped = testData.save(grouped);
        Client loner = testData.company("Loner", "l@example.com");
        sentInvoice(grouped, "120");
        sentInvoice(loner, "30");
        login(TestData.MANAGER);

        GroupReportView view = navigate("reports/groups", GroupReportView.class);
        awaitUi(() -> !view.running.isVisible());
        userSets(view.period.from, LocalDate.now().minusDays(1));
        assertThat(view.running.isVisible())
                .as("progress shown while the report runs")
                .isTrue();
        assertThat(view.grid.isEnabled()).isFalse();
        awaitUi(() -> !view.running.isVisible());
        assertThat(view.grid.isEnabled()).isTrue();

        assertThat(_size(view.grid)).isEqualTo(2);
        assertThat(_getFormatted(view.grid, 0, "group")).isEqualTo("Agencies");
        assertThat(_getFormatted(view.grid, 0, "invoiced")).isEqualTo("€120.00");
        assertThat(_getFormatted(view.grid, 0, "share")).isEqualTo("80.0 %");
        assertThat(_getFormatted(view.grid, 0, "days")).isEqualTo("–");
        assertThat(_getFormatted(view.grid, 1, "group")).isEqualTo("No group");
        assertThat(_getFormatted(view.grid, 1, "outstanding")).isEqualTo("€30.00");
        List<String> bars = _find(view.chart, Span.class, spec -> spec.withClasses("bar-chart-value")).stream()
                .map(Span::getText)
                .toList();
        assertThat(bars).containsExactly("€120.00 · 80.0 %", "€30.00 · 20.0 %");
        List<String> widths = _find(view.chart, Div.class, spec -> spec.withClasses("bar-chart-fill")).stream()
                .map(d -> d.getStyle().get("width"))
                .toList();
        assertThat(widths).containsExactly("100.0%", "25.0%");
        assertThat(view.csv.getElement().getAttribute("download")).isEqualTo("group-report.csv");
    }

    @Test
    void an_end_before_the_start_is_marked_on_the_field_and_runs_nothing() {
        login(TestData.MANAGER);
        GroupReportView view = navigate("reports/groups", GroupReportView.class);
        awaitUi(() -> !view.running.isVisible());

        userSets(view.period.to, view.period.from.getValue().minusDays(1));

        assertThat(view.period.to.isInvalid()).isTrue();
        assertThat(view.period.to.getErrorMessage()).isEqualTo("The end date is before the start date");
        assertThat(view.running.isVisible()).isFalse();
        assertThat(view.csv.isEnabled()).isFalse();
        assertThat(view.pdf.isEnabled()).isFalse();
    }

    @Test
    void staff_cannot_open_the_group_report() {
        login(TestData.STAFF);

        assertThatThrownBy(() -> UI.getCurrent().navigate("reports/groups"))
                .isInstanceOf(MockAccessDeniedException.class);
    }
}
