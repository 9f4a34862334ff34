package io.clientele.billing.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.tabs.TabSheet;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.billing.BillingFilter;
import io.clientele.billing.CreditNoteService;
import io.clientele.billing.DocumentLine;
import io.clientele.billing.Invoice;
import io.clientele.billing.InvoiceService;
import io.clientele.billing.InvoiceStatus;
import io.clientele.billing.QuoteService;
import io.clientele.billing.QuoteStatus;
import io.clientele.client.Client;
import io.clientele.client.ui.ClientOverviewView;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Drafts, issuing and corrections as the back office clicks them. */
class IssuedDocumentViewsTest extends KaribuTest {

    @Autowired
    InvoiceService invoices;

    @Autowired
    QuoteService quotes;

    @Autowired
    CreditNoteService creditNotes;

    private Client client;

    @BeforeEach
    void setUp() {
        client = testData.company("Records KG", "records@example.com");
        login(TestData.STAFF);
    }

    private long draft(String price) {
        return SystemAuthentication.call(() -> {
            Invoice inv = invoices.newInvoice(client.getId());
            inv.setLines(List.of(new DocumentLine("Work", BigDecimal.ONE, new BigDecimal(price), BigDecimal.ZERO)));
            return invoices.save(inv).getId();
        });
    }

    private static MenuBar options(InvoiceListView view) {
        return cell(view.table.grid, 0, "options", MenuBar.class);
    }

    private static void click(MenuBar menu, String id) {
        ContextMenuKt._clickItemWithID(menu, id);
    }

    @Test
    void issuing_a_draft_from_the_row_menu_asks_first_then_shows_its_number_and_locks_it() {
        draft("1200");
        InvoiceListView view = navigate("invoices", InvoiceListView.class);
        assertThat(_getFormatted(view.table.grid, 0, "number")).isEqualTo("Draft");

        click(options(view), "option-issue");
        confirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-issue")));

        assertThat(_get(view.table.grid, 0).number()).matches("INV-\\d{4}-0001");
        assertThat(notificationTexts()).anyMatch(t -> t.startsWith("Issued as INV-"));
        // An issued invoice offers no Edit and no Delete: only viewing and the allowed actions.
        assertThatThrownBy(() -> click(options(view), "option-edit"))
                .isInstanceOfAny(AssertionError.class, IllegalArgumentException.class, IllegalStateException.class);
        assertThatThrownBy(() -> click(options(view), "option-delete"))
                .isInstanceOfAny(AssertionError.class, IllegalArgumentException.class, IllegalStateException.class);
        click(options(view), "option-view");
        DocumentViewDialog record = _get(DocumentViewDialog.class);
        assertThat(record.isOpened()).isTrue();
        assertThat(_get(Span.class, spec -> spec.withId("document-total")).getText())
                .isEqualTo("€1,200.00");
        assertThat(_get(Span.class, spec -> spec.withId("document-issued-by")).getText())
                .startsWith("Sam Staff");
    }

    @Test
    void internal_notes_change_on_an_issued_invoice_from_its_record() {
        long id = draft("100");
        SystemAuthentication.run(() -> invoices.issue(id));
        InvoiceListView view = navigate("invoices", InvoiceListView.class);
        click(options(view), "option-view");
        DocumentViewDialog record = _get(DocumentViewDialog.class);

        userSets(record.internalNotes, "Client asked for a copy");
        _click(record.saveNotes);

        assertThat(SystemAuthentication.call(() -> invoices.get(id).getInternalNotes()))
                .isEqualTo("Client asked for a copy");
    }

    @Test
    void cancelling_an_invoice_shows_cancelled_and_lists_the_credit_note_on_the_client_overview() {
        long id = draft("500");
        SystemAuthentication.run(() -> invoices.issue(id));
        InvoiceListView view = navigate("invoices", InvoiceListView.class);

        click(options(view), "option-cancel-invoice");
        confirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-cancel-invoice")));

        assertThat(_get(view.table.grid, 0).status()).isEqualTo(InvoiceStatus.CANCELLED.name());
        assertThat(_getFormatted(view.table.grid, 0, "balance")).isEqualTo("€0.00");
        assertThat(notificationTexts()).anyMatch(t -> t.matches("Credit note CN-\\d{4}-0001 issued for INV-.*"));
        assertThatThrownBy(() -> click(options(view), "option-cancel-invoice"))
                .isInstanceOfAny(AssertionError.class, IllegalArgumentException.class, IllegalStateException.class);

        navigate("clients/" + client.getId(), ClientOverviewView.class);
        selectTab("tab-credit-notes");
        CreditNoteTable notes = _get(CreditNoteTable.class);
        assertThat(_size(notes.grid)).isEqualTo(1);
        assertThat(_getFormatted(notes.grid, 0, "total")).isEqualTo("€500.00");
    }

    @Test
    void a_credit_note_above_what_remains_is_refused_with_both_amounts_and_the_dialog_keeps_the_input() {
        long id = draft("100");
        SystemAuthentication.run(() -> invoices.issue(id));
        InvoiceListView view = navigate("invoices", InvoiceListView.class);
        click(options(view), "option-credit-note");
        CreditNoteDialog dialog = _get(CreditNoteDialog.class);

        userSets(dialog.mode, CreditNoteDialog.Mode.AMOUNT);
        userSets(dialog.amount, new BigDecimal("150"));
        _click(dialog.create);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.amount.getValue()).isEqualByComparingTo("150");
        assertThat(notificationTexts()).anyMatch(t -> t.contains("150.00 EUR") && t.contains("100.00 EUR"));
        assertThat(SystemAuthentication.call(() -> creditNotes.count(BillingFilter.ofClient(client.getId()))))
                .isZero();

        userSets(dialog.mode, CreditNoteDialog.Mode.LINES);
        userSets(dialog.quantities.values().iterator().next(), new BigDecimal("0.5"));
        _click(dialog.create);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(_getFormatted(view.table.grid, 0, "balance")).isEqualTo("€50.00");
    }

    @Test
    void an_expired_quote_is_approved_only_through_a_warning_and_a_converted_one_links_to_its_invoice() {
        long quoteId = SystemAuthentication.call(() -> {
            var q = quotes.newQuote(client.getId());
            q.setIssueDate(LocalDate.now().minusDays(60));
            q.setDueDate(LocalDate.now().minusDays(30));
            q.setLines(List.of(new DocumentLine("Offer", BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ZERO)));
            return quotes.save(q).getId();
        });
        QuoteListView view = navigate("quotes", QuoteListView.class);

        ContextMenuKt._clickItemWithID(cell(view.table.grid, 0, "options", MenuBar.class), "option-approve");
        ConfirmDialog warning = _get(ConfirmDialog.class, spec -> spec.withId("confirm-approve-expired"));
        assertThat(warning.getElement().getProperty("message")).contains("valid until");
        assertThat(SystemAuthentication.call(() -> quotes.get(quoteId).getStatus()))
                .as("nothing approved before the warning is confirmed")
                .isNotEqualTo(QuoteStatus.APPROVED);
        confirm(warning);
        assertThat(_get(view.table.grid, 0).status()).isEqualTo(QuoteStatus.APPROVED.name());

        ContextMenuKt._clickItemWithID(cell(view.table.grid, 0, "options", MenuBar.class), "option-convert");
        _get(DocumentEditor.class).close();

        assertThat(_get(view.table.grid, 0).status()).isEqualTo(QuoteStatus.CONVERTED.name());
        MenuBar menu = cell(view.table.grid, 0, "options", MenuBar.class);
        assertThatThrownBy(() -> ContextMenuKt._clickItemWithID(menu, "option-convert"))
                .isInstanceOfAny(AssertionError.class, IllegalArgumentException.class, IllegalStateException.class);
        ContextMenuKt._clickItemWithID(menu, "option-open-invoice");
        assertThat(_get(DocumentEditor.class).isOpened())
                .as("the converted draft invoice opens")
                .isTrue();
    }

    private static void selectTab(String id) {
        TabSheet tabs = _get(TabSheet.class, spec -> spec.withId("overview-sections"));
        for (int i = 0; i < 12; i++) {
            if (tabs.getTabAt(i).getId().orElse("").equals(id)) {
                tabs.setSelectedIndex(i);
                return;
            }
        }
    }
}
