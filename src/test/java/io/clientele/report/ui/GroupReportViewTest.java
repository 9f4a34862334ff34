package io.clientele.report.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
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
    void a_manager_sees_each_group_and_currency_and_the_no_group_bucket() {
        Client grouped = testData.company("Grouped", "g@example.com");
        grouped.setGroups(Set.of(testData.group("Agencies")));
        grouped = testData.save(grouped);
        Client loner = testData.company("Loner", "l@example.com");
        sentInvoice(grouped, "120");
        sentInvoice(loner, "30");
        login(TestData.MANAGER);

        GroupReportView view = navigate("reports/groups", GroupReportView.class);
        view.from.setValue(LocalDate.now().minusDays(1));

        assertThat(_size(view.grid)).isEqualTo(2);
        assertThat(_getFormatted(view.grid, 0, "group")).isEqualTo("Agencies");
        assertThat(_getFormatted(view.grid, 0, "invoiced")).isEqualTo("€120.00");
        assertThat(_getFormatted(view.grid, 1, "group")).isEqualTo("No group");
        assertThat(_getFormatted(view.grid, 1, "outstanding")).isEqualTo("€30.00");
        assertThat(view.csv.getElement().getAttribute("download")).isEqualTo("group-report.csv");
    }

    @Test
    void staff_cannot_open_the_group_report() {
        login(TestData.STAFF);

        assertThatThrownBy(() -> UI.getCurrent().navigate("reports/groups"))
                .isInstanceOf(MockAccessDeniedException.class);
    }
}
