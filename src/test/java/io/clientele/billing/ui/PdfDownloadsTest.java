package io.clientele.billing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.menubar.MenuBar;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.billing.DocumentLine;
import io.clientele.billing.Invoice;
import io.clientele.billing.InvoiceService;
import io.clientele.client.Client;
import io.clientele.client.ClientRow;
import io.clientele.client.ui.ClientListView;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The back office's PDF entry points: the row menu's download link and the client statement dialog. */
class PdfDownloadsTest extends KaribuTest {

    @Autowired
    InvoiceService invoices;

    private Invoice invoice(Client client) {
        return SystemAuthentication.call(() -> {
            Invoice inv = invoices.newInvoice(client.getId());
            inv.setLines(List.of(new DocumentLine("Work", BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ZERO)));
            return invoices.issue(invoices.save(inv).getId());
        });
    }

    /** The component inside the row menu's item with this id (menu items are not attached in Karibu). */
    private static Component menuItemContent(MenuBar bar, String id) {
        return bar.getItems().stream()
                .flatMap(i -> i.getSubMenu().getItems().stream())
                .filter(i -> i.getId().orElse("").equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + id))
                .getChildren()
                .findFirst()
                .orElseThrow();
    }

    @Test
    void the_invoice_row_menu_offers_the_pdf_as_a_named_download() {
        Client client = testData.company("Acme GmbH", "acme@example.com");
        Invoice invoice = invoice(client);
        login(TestData.STAFF);
        InvoiceListView view = navigate("invoices", InvoiceListView.class);

        Component content = menuItemContent(cell(view.table.grid, 0, "options", MenuBar.class), "option-download-pdf");

        assertThat(content).isInstanceOf(Anchor.class);
        Anchor link = (Anchor) content;
        assertThat(link.getText()).isEqualTo("Download PDF");
        assertThat(link.getElement().getAttribute("download")).isEqualTo(invoice.getNumber() + ".pdf");
        assertThat(link.getHref()).isNotBlank();
    }

    @Test
    void the_statement_dialog_opens_from_the_client_options_and_refuses_a_reversed_period() {
        testData.company("Acme GmbH", "acme@example.com");
        login(TestData.STAFF);
        ClientListView list = navigate("clients", ClientListView.class);
        @SuppressWarnings("unchecked")
        Grid<ClientRow> grid = _get(Grid.class, spec -> spec.withId("client-grid"));

        ContextMenuKt._clickItemWithID(list.rowMenu(), "option-statement-pdf", GridKt._get(grid, 0));

        StatementDialog dialog = _get(StatementDialog.class);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.download.isEnabled()).isTrue();
        userSets(dialog.from, LocalDate.of(2026, 3, 1));
        userSets(dialog.to, LocalDate.of(2026, 4, 30));
        // Named after the client and the period, not "statement.pdf" for every client.
        assertThat(dialog.download.getElement().getAttribute("download"))
                .isEqualTo("statement-Acme-GmbH-2026-03-01-2026-04-30.pdf");
        userSets(dialog.from, LocalDate.of(2026, 5, 1));
        userSets(dialog.to, LocalDate.of(2026, 4, 1));
        assertThat(dialog.download.isEnabled()).isFalse();
    }
}
