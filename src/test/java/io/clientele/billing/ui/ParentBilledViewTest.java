package io.clientele.billing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.billing.CreditNoteService;
import io.clientele.billing.DocumentLine;
import io.clientele.billing.Invoice;
import io.clientele.billing.InvoiceService;
import io.clientele.client.Client;
import io.clientele.client.ClientService;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 22: the issued invoice billed to the parent company and its credit note say whom they bill and for whom. */
class ParentBilledViewTest extends KaribuTest {

    @Autowired
    InvoiceService invoices;

    @Autowired
    CreditNoteService creditNotes;

    @Autowired
    ClientService clients;

    @Test
    void the_issued_invoice_shows_for_the_subsidiary_and_its_credit_note_bills_the_parent_for_it() {
        Client holding = testData.company("Holding View AG", "h@view.example");
        Client sub = testData.company("Sub View GmbH", "s@view.example");
        long id = SystemAuthentication.call(() -> {
            Client s = clients.get(sub.getId());
            s.setParent(clients.get(holding.getId()));
            clients.save(s);
            Invoice draft = invoices.newInvoice(sub.getId());
            draft.setBillToParent(true);
            draft.setLines(List.of(new DocumentLine("Audit", BigDecimal.ONE, new BigDecimal("300"), BigDecimal.ZERO)));
            long invoiceId = invoices.save(draft).getId();
            invoices.issue(invoiceId);
            creditNotes.creditAmount(invoiceId, new BigDecimal("100"), "Discount");
            return invoiceId;
        });
        login(TestData.STAFF);
        InvoiceListView view = navigate("invoices", InvoiceListView.class);

        ContextMenuKt._clickItemWithID(cell(view.table.grid, 0, "options", MenuBar.class), "option-view");

        DocumentViewDialog record = _get(DocumentViewDialog.class);
        assertThat(record.isOpened()).isTrue();
        assertThat(_get(Span.class, spec -> spec.withId("document-for")).getText())
                .isEqualTo("For: Sub View GmbH");
        assertThat(_get(Span.class, spec -> spec.withClasses("credit-note-billed"))
                        .getText())
                .isEqualTo("Billed to Holding View AG, for Sub View GmbH");
        assertThat(id).isPositive();
    }
}
