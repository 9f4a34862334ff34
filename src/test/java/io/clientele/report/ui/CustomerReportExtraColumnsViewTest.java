package io.clientele.report.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.base.security.SystemAuthentication;
import io.clientele.billing.DocumentLine;
import io.clientele.billing.Invoice;
import io.clientele.billing.InvoiceService;
import io.clientele.client.Client;
import io.clientele.client.ClientService;
import io.clientele.client.CustomField;
import io.clientele.client.CustomFieldOwner;
import io.clientele.client.CustomFieldType;
import io.clientele.client.CustomFields;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 22: a manager adds a client custom field as a column of the customer report; it stays chosen. */
class CustomerReportExtraColumnsViewTest extends KaribuTest {

    @Autowired
    InvoiceService invoices;

    @Autowired
    CustomFields fields;

    @Autowired
    ClientService clients;

    @Test
    void choosing_a_custom_field_adds_its_column_with_each_clients_value_and_it_is_remembered() {
        CustomField tier = SystemAuthentication.call(() -> {
            CustomField field = new CustomField(CustomFieldOwner.CLIENT, CustomFieldType.SINGLE_CHOICE);
            field.setLabel("en", "Tier");
            field.setOptions(List.of("Gold", "Silver"));
            return fields.save(field);
        });
        Client alpha = testData.save(testData.company("Alpha", "alpha@tier.example"));
        SystemAuthentication.run(() -> {
            Client c = clients.get(alpha.getId());
            c.setCustomValues(Map.of(tier.getId(), "Gold"));
            clients.save(c);
            Invoice inv = invoices.newInvoice(alpha.getId());
            inv.setLines(List.of(new DocumentLine("Work", BigDecimal.ONE, new BigDecimal("100"), BigDecimal.ZERO)));
            invoices.markSent(invoices.save(inv).getId());
        });
        login(TestData.MANAGER);
        CustomerReportView view = navigate("reports/customers", CustomerReportView.class);
        assertThat(view.grid.getColumnByKey("cf-" + tier.getId())).isNull();

        userSets(view.extraColumns, Set.of(tier));

        assertThat(view.grid.getColumnByKey("cf-" + tier.getId()).getHeaderText())
                .isEqualTo("Tier");
        assertThat(_getFormatted(view.grid, 0, "cf-" + tier.getId())).isEqualTo("Gold");

        CustomerReportView again = navigate("reports/customers", CustomerReportView.class);
        assertThat(again.extraColumns.getValue()).containsExactly(tier);
        assertThat(_getFormatted(again.grid, 0, "cf-" + tier.getId())).isEqualTo("Gold");
    }
}
