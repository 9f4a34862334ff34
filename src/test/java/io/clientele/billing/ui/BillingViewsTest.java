package io.clientele.billing.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.GridKt._sortByKey;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.provider.SortDirection;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.base.ui.ConflictDialog;
import io.clientele.billing.BillingFilter;
import io.clientele.billing.BillingSort;
import io.clientele.billing.DocumentLine;
import io.clientele.billing.Invoice;
import io.clientele.billing.InvoiceService;
import io.clientele.billing.InvoiceStatus;
import io.clientele.billing.Payment;
import io.clientele.billing.PaymentMethod;
import io.clientele.billing.PaymentService;
import io.clientele.billing.QuoteService;
import io.clientele.billing.QuoteStatus;
import io.clientele.client.Client;
import io.clientele.client.ClientRow;
import io.clientele.client.ClientService;
import io.clientele.client.ClientSort;
import io.clientele.client.ui.ClientListView;
import io.clientele.client.ui.ClientOverviewView;
import io.clientele.client.ui.ClientTrashView;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Invoices, quotes and payments as the back office uses them. */
class BillingViewsTest extends KaribuTest {

    @Autowired
    InvoiceService invoices;

    @Autowired
    QuoteService quotes;

    @Autowired
    PaymentService payments;

    private Client client;

    @BeforeEach
    void setUp() {
        client = testData.company("Rechnung & Co KG", "rechnung@example.com");
        login(TestData.STAFF);
    }

    private Invoice sentInvoice(Client c, String price) {
        return SystemAuthentication.call(() -> {
            Invoice inv = invoices.newInvoice(c.getId());
            inv.setLines(List.of(new DocumentLine("Work", BigDecimal.ONE, new BigDecimal(price), BigDecimal.ZERO)));
            return invoices.markSent(invoices.save(inv).getId());
        });
    }

    @Test
    void a_new_invoice_is_written_line_by_line_with_live_totals() {
        InvoiceListView view = navigate("invoices", InvoiceListView.class);
        _click(view.create);
        @SuppressWarnings("unchecked")
        DocumentEditor<Invoice> editor = _get(DocumentEditor.class);
        userSets(editor.client, ComboBoxKt.getSuggestionItems(editor.client).getFirst());
        LinesEditor.LineRow row = editor.lines.rows.getFirst();
        userSets(row.description, "Beratung");
        userSets(row.quantity, new BigDecimal("3"));
        userSets(row.unitPrice, new BigDecimal("33.335"));
        userSets(row.taxRate, new BigDecimal("19"));
        assertThat(editor.lines.total.getText()).isEqualTo("€119.01");

        _click(editor.save);

        assertThat(editor.isOpened()).isFalse();
        assertThat(_size(view.table.grid)).isEqualTo(1);
        assertThat(_getFormatted(view.table.grid, 0, "total")).isEqualTo("€119.01");
        assertThat(_get(view.table.grid, 0).number())
                .as("a draft has no number")
                .isNull();
        assertThat(_getFormatted(view.table.grid, 0, "number")).isEqualTo("Draft");
    }

    @Test
    void the_editor_rounds_tax_once_per_rate_as_the_saved_invoice_does() {
        InvoiceListView view = navigate("invoices", InvoiceListView.class);
        _click(view.create);
        @SuppressWarnings("unchecked")
        DocumentEditor<Invoice> editor = _get(DocumentEditor.class);
        userSets(editor.client, ComboBoxKt.getSuggestionItems(editor.client).getFirst());
        for (int i = 0; i < 3; i++) {
            if (i > 0) {
                _click(editor.lines.addLine);
            }
            LinesEditor.LineRow row = editor.lines.rows.get(i);
            userSets(row.description, "Schraube " + i);
            userSets(row.quantity, BigDecimal.ONE);
            userSets(row.unitPrice, new BigDecimal("0.33"));
            userSets(row.taxRate, new BigDecimal("19"));
        }
        // 0.99 at 19 % is 0.1881: 0.19 (each line alone would round 0.0627 to 0.06, 0.18 in all).
        assertThat(editor.lines.tax.getText()).isEqualTo("€0.19");
        assertThat(editor.lines.total.getText()).isEqualTo("€1.18");

        _click(editor.save);

        assertThat(_getFormatted(view.table.grid, 0, "total")).isEqualTo("€1.18");
    }

    @Test
    void a_line_without_description_or_with_a_negative_price_is_refused_on_the_field() {
        InvoiceListView view = navigate("invoices", InvoiceListView.class);
        _click(view.create);
        @SuppressWarnings("unchecked")
        DocumentEditor<Invoice> editor = _get(DocumentEditor.class);
        userSets(editor.client, ComboBoxKt.getSuggestionItems(editor.client).getFirst());
        LinesEditor.LineRow row = editor.lines.rows.getFirst();
        userSets(row.unitPrice, new BigDecimal("-5"));

        _click(editor.save);

        assertThat(editor.isOpened()).isTrue();
        assertThat(row.description.getErrorMessage()).isEqualTo("Describe what is billed.");
        assertThat(row.unitPrice.getErrorMessage()).isEqualTo("Enter a price of 0 or more.");
        assertThat(SystemAuthentication.call(() -> invoices.count(BillingFilter.all())))
                .isZero();
    }

    @Test
    void the_client_overview_creates_an_invoice_with_the_client_pre_selected() {
        ClientOverviewView overview = navigate("clients/" + client.getId(), ClientOverviewView.class);
        selectTab("overview-sections", "tab-invoices");
        _click(_get(Button.class, spec -> spec.withId("section-new-invoices")));
        @SuppressWarnings("unchecked")
        DocumentEditor<Invoice> editor = _get(DocumentEditor.class);

        assertThat(editor.client.getValue().name()).isEqualTo("Rechnung & Co KG");
        assertThat(editor.client.isReadOnly()).isTrue();
        assertThat(editor.dueDate.getValue())
                .isEqualTo(editor.issueDate.getValue().plusDays(30));
        userSets(editor.lines.rows.getFirst().description, "Wartung");
        userSets(editor.lines.rows.getFirst().unitPrice, new BigDecimal("250"));
        _click(editor.save);

        assertThat(SystemAuthentication.call(() -> invoices.count(BillingFilter.ofClient(client.getId()))))
                .isEqualTo(1);
        assertThat(overview).isNotNull();
    }

    @Test
    void a_payment_above_the_balance_is_refused_on_the_amount_field_and_a_valid_one_pays_the_invoice() {
        Invoice inv = sentInvoice(client, "100");
        navigate("payments", PaymentListView.class);
        _click(_get(Button.class, spec -> spec.withId("billing-new")));
        PaymentDialog dialog = _get(PaymentDialog.class);
        userSets(dialog.invoice, ComboBoxKt.getSuggestionItems(dialog.invoice).getFirst());
        assertThat(dialog.amount.getValue()).isEqualByComparingTo("100");
        userSets(dialog.reference, "SEPA-4711");
        userSets(dialog.amount, new BigDecimal("100.01"));

        _click(dialog.save);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.amount.getErrorMessage())
                .isEqualTo("The payment of 100.01 EUR is more than the open balance of 100.00 EUR.");

        userSets(dialog.amount, new BigDecimal("100"));
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(SystemAuthentication.call(() -> invoices.get(inv.getId()).getStatus()))
                .isEqualTo(InvoiceStatus.PAID);
    }

    @Test
    void the_client_list_sorts_by_the_amount_owed() {
        Client small = testData.company("Small Debts Ltd", "small@example.com");
        testData.company("No Debts Ltd", "none@example.com");
        sentInvoice(client, "900");
        sentInvoice(small, "15");
        navigate("clients", ClientListView.class);
        @SuppressWarnings("unchecked")
        Grid<ClientRow> grid = _get(Grid.class, spec -> spec.withId("client-grid"));

        _sortByKey(grid, ClientSort.BALANCE, SortDirection.DESCENDING);

        assertThat(_get(grid, 0).name()).isEqualTo("Rechnung & Co KG");
        assertThat(_getFormatted(grid, 0, ClientSort.BALANCE)).isEqualTo("€900.00");
        assertThat(_get(grid, 1).name()).isEqualTo("Small Debts Ltd");
        _sortByKey(grid, ClientSort.BALANCE, SortDirection.ASCENDING);
        assertThat(_get(grid, 0).name()).isEqualTo("No Debts Ltd");
    }

    @Test
    void an_approved_quote_becomes_an_invoice_from_the_row_menu() {
        long quoteId = SystemAuthentication.call(() -> {
            var q = quotes.newQuote(client.getId());
            q.setLines(List.of(new DocumentLine("Angebot", BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ZERO)));
            return quotes.save(q).getId();
        });
        QuoteListView view = navigate("quotes", QuoteListView.class);
        ContextMenuKt._clickItemWithID(cell(view.table.grid, 0, "options", MenuBar.class), "option-approve");
        assertThat(_get(view.table.grid, 0).status()).isEqualTo(QuoteStatus.APPROVED.name());

        ContextMenuKt._clickItemWithID(cell(view.table.grid, 0, "options", MenuBar.class), "option-convert");

        assertThat(SystemAuthentication.call(() -> quotes.get(quoteId).getConvertedInvoiceId()))
                .isNotNull();
        assertThat(SystemAuthentication.call(() -> invoices.count(BillingFilter.ofClient(client.getId()))))
                .isEqualTo(1);
        assertThat(notificationTexts()).anyMatch(t -> t.contains("is now a draft invoice"));
        assertThat(_get(DocumentEditor.class).isOpened())
                .as("the draft opens for review")
                .isTrue();
    }

    @Test
    void deleting_a_payment_from_the_list_reopens_the_invoice() {
        Invoice inv = sentInvoice(client, "40");
        SystemAuthentication.run(() -> {
            Payment p = new Payment();
            p.setReference("CASH-1");
            p.setMethod(PaymentMethod.CASH);
            p.setAmount(new BigDecimal("40"));
            payments.record(inv.getId(), p);
        });
        PaymentListView view = navigate("payments", PaymentListView.class);
        assertThat(_getFormatted(view.table.grid, 0, "method")).isEqualTo("Cash");

        ContextMenuKt._clickItemWithID(cell(view.table.grid, 0, "options", MenuBar.class), "option-delete");
        confirm(_get(ConfirmDialog.class));

        assertThat(_size(view.table.grid)).isZero();
        assertThat(SystemAuthentication.call(() -> invoices.get(inv.getId()).getStatus()))
                .isEqualTo(InvoiceStatus.SENT);
    }

    @Test
    void a_manager_sees_invoices_but_cannot_create_them() {
        sentInvoice(client, "10");
        login(TestData.MANAGER);
        InvoiceListView view = navigate("invoices", InvoiceListView.class);
        assertThat(_size(view.table.grid)).isEqualTo(1);
        assertThat(view.create.isVisible()).isFalse();
    }

    @Test
    void deleting_a_client_for_good_says_what_goes_with_it() {
        Invoice inv = sentInvoice(client, "40");
        SystemAuthentication.run(() -> {
            Payment p = new Payment();
            p.setReference("P-1");
            p.setAmount(BigDecimal.TEN);
            payments.record(inv.getId(), p);
            testData.trash(client);
        });
        login(TestData.ADMIN);
        ClientTrashView trash = navigate("clients/trash", ClientTrashView.class);
        @SuppressWarnings("unchecked")
        Grid<ClientRow> grid = _get(Grid.class, spec -> spec.withId("trash-grid"));
        grid.asMultiSelect().select(_get(grid, 0));
        _click(_get(Button.class, spec -> spec.withId("delete-selected")));

        var confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("message"))
                .contains("1 invoice", "1 payment", "Issued invoices and credit notes destroyed", inv.getNumber());
        assertThat(trash).isNotNull();
    }

    @Test
    void the_invoice_row_menu_offers_email_and_the_public_link() {
        sentInvoice(client, "75");
        testData.contact(client, "Rita", "Rechner", c -> c.setEmail("rita@example.com"));
        InvoiceListView view = navigate("invoices", InvoiceListView.class);

        ContextMenuKt._clickItemWithID(cell(view.table.grid, 0, "options", MenuBar.class), "option-email");
        SendMailDialog dialog = _get(SendMailDialog.class);
        assertThat(dialog.isOpened()).isTrue();
        dialog.close();

        ContextMenuKt._clickItemWithID(cell(view.table.grid, 0, "options", MenuBar.class), "option-public-link");
        assertThat(_get(PublicLinkDialog.class).isOpened()).isTrue();
    }

    @Test
    void disjoint_edits_of_a_draft_invoice_in_two_sessions_both_survive() {
        long id = SystemAuthentication.call(() -> {
            Invoice inv = invoices.newInvoice(client.getId());
            inv.setLines(List.of(new DocumentLine("Work", BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ZERO)));
            return invoices.save(inv).getId();
        });
        InvoiceListView view = navigate("invoices", InvoiceListView.class);
        ContextMenuKt._clickItemWithID(cell(view.table.grid, 0, "options", MenuBar.class), "option-edit");
        @SuppressWarnings("unchecked")
        DocumentEditor<Invoice> editor = _get(DocumentEditor.class);
        inOtherSession(() -> {
            Invoice theirs = invoices.get(id);
            theirs.setLines(List.of(new DocumentLine("Their work", BigDecimal.TWO, BigDecimal.TEN, BigDecimal.ZERO)));
            invoices.save(theirs);
        });

        userSets(editor.notes, "My note");
        _click(editor.save);

        assertThat(editor.isOpened()).isFalse();
        Invoice stored = SystemAuthentication.call(() -> invoices.get(id));
        assertThat(stored.getNotes()).isEqualTo("My note");
        assertThat(stored.getLines()).extracting(DocumentLine::getDescription).containsExactly("Their work");
    }

    @Test
    void an_invoice_the_client_disputes_reads_disputed_in_the_list_until_the_dispute_ends() {
        Invoice sent = sentInvoice(client, "120");
        login(TestData.ADMIN);
        InvoiceListView view = navigate("invoices", InvoiceListView.class);
        assertThat(badges(view)).doesNotContain(t("billing.status.disputed"));

        ContextMenuKt._clickItemWithID(cell(view.table.grid, 0, "options", MenuBar.class), "option-dispute");
        userSets(_get(TextArea.class, spec -> spec.withId("dispute-reason")), "Hours were not agreed");
        _click(_get(Button.class, spec -> spec.withId("dispute-mark")));

        assertThat(badges(view)).contains(t("billing.status.disputed"));
        SystemAuthentication.run(() -> invoices.clearDispute(sent.getId()));
        view.table.refresh();
        assertThat(badges(view)).doesNotContain(t("billing.status.disputed"));
    }

    private static List<String> badges(InvoiceListView view) {
        return cell(view.table.grid, 0, BillingSort.STATUS, HorizontalLayout.class)
                .getChildren()
                .map(c -> c.getElement().getText())
                .toList();
    }

    @Test
    void lines_edited_in_the_editor_stay_the_same_lines_and_a_removed_one_is_gone() {
        Invoice created = SystemAuthentication.call(() -> {
            Invoice inv = invoices.newInvoice(client.getId());
            inv.setLines(List.of(
                    new DocumentLine("Design", BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ZERO),
                    new DocumentLine("Hosting", BigDecimal.ONE, BigDecimal.TWO, BigDecimal.ZERO)));
            return invoices.save(inv);
        });
        Long design = created.getLines().get(0).getId();
        InvoiceListView view = navigate("invoices", InvoiceListView.class);
        ContextMenuKt._clickItemWithID(cell(view.table.grid, 0, "options", MenuBar.class), "option-edit");
        @SuppressWarnings("unchecked")
        DocumentEditor<Invoice> editor = _get(DocumentEditor.class);

        _click(editor.lines.rows.get(1).remove);
        userSets(editor.lines.rows.get(0).quantity, new BigDecimal("3"));
        _click(editor.save);

        Invoice stored = SystemAuthentication.call(() -> invoices.get(created.getId()));
        // What links to the Design line (time billed on it) still does; the Hosting line is deleted, not kept.
        assertThat(stored.getLines()).extracting(DocumentLine::getId).containsExactly(design);
        assertThat(stored.getLines().getFirst().getQuantity()).isEqualByComparingTo("3");
    }

    @Test
    void a_concurrent_edit_of_an_invoice_shows_what_changed_and_re_applying_saves_mine_on_top() {
        long id = SystemAuthentication.call(() -> {
            Invoice inv = invoices.newInvoice(client.getId());
            inv.setLines(List.of(new DocumentLine("Work", BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ZERO)));
            return invoices.save(inv).getId();
        });
        InvoiceListView view = navigate("invoices", InvoiceListView.class);
        ContextMenuKt._clickItemWithID(cell(view.table.grid, 0, "options", MenuBar.class), "option-edit");
        @SuppressWarnings("unchecked")
        DocumentEditor<Invoice> editor = _get(DocumentEditor.class);
        inOtherSession(() -> {
            Invoice theirs = invoices.get(id);
            theirs.setNotes("Their note");
            invoices.save(theirs);
        });

        userSets(editor.notes, "My note");
        _click(editor.save);

        assertThat(editor.isOpened()).isTrue();
        var conflict = _get(ConflictDialog.class);
        assertThat(GridKt._findAll(conflict.grid))
                .containsExactly(new ConflictDialog.Change(editor.notes.getLabel(), "—", "Their note", "My note"));
        assertThat(SystemAuthentication.call(() -> invoices.get(id).getNotes())).isEqualTo("Their note");

        _click(conflict.reapply);

        assertThat(editor.isOpened()).isFalse();
        assertThat(SystemAuthentication.call(() -> invoices.get(id).getNotes())).isEqualTo("My note");
    }

    @Autowired
    ClientService clientService;

    @Test
    void issued_invoices_and_payments_of_a_trashed_client_stay_findable_marked_and_filterable() {
        Client gone = testData.company("Wöhler & Wöhler KG", "woehler@example.com");
        Invoice owed = sentInvoice(gone, "14934");
        SystemAuthentication.run(() -> {
            Payment p = new Payment();
            p.setAmount(new BigDecimal("100.00"));
            p.setDate(LocalDate.of(2026, 3, 1));
            p.setReference("W-1");
            payments.record(owed.getId(), p);
            Invoice draft = invoices.newInvoice(gone.getId());
            draft.setLines(List.of(new DocumentLine("Never sent", BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ZERO)));
            invoices.save(draft);
        });
        Invoice live = sentInvoice(client, "10");
        SystemAuthentication.run(() -> clientService.trash(List.of(gone.getId())));

        InvoiceListView view = navigate("invoices", InvoiceListView.class);
        assertThat(_size(view.table.grid)).as("the issued one, not the draft").isEqualTo(2);
        userSets(view.search, owed.getNumber());
        assertThat(_size(view.table.grid)).isEqualTo(1);
        assertThat(_getFormatted(view.table.grid, 0, BillingSort.CLIENT))
                .isEqualTo("Wöhler & Wöhler KG · client in Trash");
        userSets(view.search, "");

        userSets(view.clientTrashFilter, BillingFilter.ClientTrash.LIVE);
        assertThat(_get(view.table.grid, 0).number()).isEqualTo(live.getNumber());
        assertThat(_size(view.table.grid)).isEqualTo(1);
        userSets(view.clientTrashFilter, BillingFilter.ClientTrash.TRASHED);
        assertThat(_size(view.table.grid)).isEqualTo(1);
        assertThat(_get(view.table.grid, 0).number()).isEqualTo(owed.getNumber());

        PaymentListView paymentsView = navigate("payments", PaymentListView.class);
        assertThat(_size(paymentsView.table.grid)).isEqualTo(1);
        assertThat(_getFormatted(paymentsView.table.grid, 0, BillingSort.CLIENT))
                .contains("client in Trash");
    }
}
