package io.clientele.billing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.vaadin.flow.component.menubar.MenuBar;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.billing.DocumentLine;
import io.clientele.billing.Invoice;
import io.clientele.billing.InvoiceService;
import io.clientele.client.Client;
import io.clientele.settings.SettingsService;
import io.clientele.settings.SystemSettings;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "E-invoice…" on an issued invoice: the formats that would be valid are offered, the others say what is missing. */
class EInvoiceDownloadsTest extends KaribuTest {

    @Autowired
    InvoiceService invoices;

    @Autowired
    SettingsService settings;

    @BeforeEach
    void anIssuedInvoice() {
        SystemAuthentication.run(() -> {
            SystemSettings s = settings.get();
            s.setCompanyName("Clientele Beratung GmbH");
            s.setCompanyVatId("DE123456789");
            s.setCompanyCountry("DE");
            settings.save(s);
        });
        Client c = testData.company("Kunde GmbH", "kunde@example.com");
        c.getBillingAddress().setCity("Bonn");
        c.getBillingAddress().setCountry("DE");
        Client client = testData.save(c);
        SystemAuthentication.run(() -> {
            Invoice draft = invoices.newInvoice(client.getId());
            draft.setLines(new ArrayList<>(List.of(
                    new DocumentLine("Beratung", BigDecimal.ONE, new BigDecimal("100"), new BigDecimal("19")))));
            invoices.issue(invoices.save(draft).getId());
        });
        login(TestData.STAFF);
    }

    @Test
    void factur_x_is_offered_and_xrechnung_names_the_missing_field_and_rule() {
        InvoiceListView view = navigate("invoices", InvoiceListView.class);

        ContextMenuKt._clickItemWithID(cell(view.table.grid, 0, "options", MenuBar.class), "option-einvoice");

        EInvoiceDialog dialog = _get(EInvoiceDialog.class);
        assertThat(dialog.facturX.isVisible()).isTrue();
        assertThat(dialog.facturXProblem.isVisible()).isFalse();
        assertThat(dialog.xrechnung.isVisible()).isFalse();
        assertThat(dialog.xrechnungProblem.getText())
                .isEqualTo("XRechnung (XML): XRechnung needs the buyer reference (Leitweg-ID) of Kunde GmbH:"
                        + " fill it in on the client (rule BR-DE-15).");
    }
}
