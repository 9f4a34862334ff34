package io.clientele.billing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.billing.Invoice;
import io.clientele.billing.InvoiceService;
import io.clientele.client.Client;
import io.clientele.client.ClientRow;
import io.clientele.client.ClientService;
import io.clientele.client.ui.ClientListView;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue 22 in the billing views: the invoice editor's "Bill to parent company" and the statement's roll-up switch. */
class ParentBillingUiTest extends KaribuTest {

    @Autowired
    ClientService clients;

    @Autowired
    InvoiceService invoices;

    @Autowired
    JdbcTemplate jdbc;

    private Client holding;
    private Client sub;

    @BeforeEach
    void group() {
        holding = testData.company("Holding Editor AG", "h@editor.example");
        Client s = testData.company("Sub Editor GmbH", "s@editor.example");
        sub = SystemAuthentication.call(() -> {
            Client c = clients.get(s.getId());
            c.setParent(clients.get(holding.getId()));
            return clients.save(c);
        });
        login(TestData.STAFF);
    }

    @SuppressWarnings("unchecked")
    private DocumentEditor<Invoice> newInvoiceFor(String clientName) {
        InvoiceListView view = navigate("invoices", InvoiceListView.class);
        _click(view.create);
        DocumentEditor<Invoice> editor = _get(DocumentEditor.class);
        userSets(
                editor.client,
                ComboBoxKt.getSuggestionItems(editor.client).stream()
                        .filter(r -> r.name().equals(clientName))
                        .findFirst()
                        .orElseThrow());
        return editor;
    }

    @Test
    void a_subsidiarys_invoice_is_billed_to_its_parent_when_the_user_ticks_the_switch() {
        DocumentEditor<Invoice> editor = newInvoiceFor("Sub Editor GmbH");
        assertThat(editor.billToParent.isVisible()).isTrue();
        assertThat(editor.billToParent.getLabel()).isEqualTo(t("parent.billing.bill-to-parent", "Holding Editor AG"));
        LinesEditor.LineRow row = editor.lines.rows.getFirst();
        userSets(row.description, "Audit");
        userSets(row.quantity, BigDecimal.ONE);
        userSets(row.unitPrice, new BigDecimal("250"));
        userSets(editor.billToParent, true);

        _click(editor.save);

        assertThat(editor.isOpened()).isFalse();
        long id = jdbc.queryForObject("select id from billing_documents where client_id = ?", Long.class, sub.getId());
        Invoice issued = SystemAuthentication.call(() -> invoices.issue(id));
        assertThat(issued.isBillToParent()).isTrue();
        assertThat(issued.parties().buyerName()).isEqualTo("Holding Editor AG");
        assertThat(issued.getForName()).isEqualTo("Sub Editor GmbH");
    }

    @Test
    void a_company_without_a_parent_is_not_offered_the_switch() {
        DocumentEditor<Invoice> editor = newInvoiceFor("Holding Editor AG");
        assertThat(editor.billToParent.isVisible()).isFalse();
    }

    @Test
    void the_statement_offers_to_include_subsidiaries_only_to_a_parent_company() {
        ClientListView list = navigate("clients", ClientListView.class);
        @SuppressWarnings("unchecked")
        Grid<ClientRow> grid = _get(Grid.class, spec -> spec.withId("client-grid"));
        int holdingRow = GridKt._get(grid, 0).name().equals("Holding Editor AG") ? 0 : 1;

        ContextMenuKt._clickItemWithID(list.rowMenu(), "option-statement-pdf", GridKt._get(grid, holdingRow));
        StatementDialog parentDialog = _get(StatementDialog.class);
        assertThat(parentDialog.includeSubsidiaries.isVisible()).isTrue();
        userSets(parentDialog.includeSubsidiaries, true);
        assertThat(parentDialog.download.isEnabled()).isTrue();
        parentDialog.close();

        ContextMenuKt._clickItemWithID(list.rowMenu(), "option-statement-pdf", GridKt._get(grid, 1 - holdingRow));
        assertThat(_get(StatementDialog.class).includeSubsidiaries.isVisible()).isFalse();
    }
}
