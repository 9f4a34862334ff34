package io.clientele.billing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.billing.BillingFilter;
import io.clientele.billing.Invoice;
import io.clientele.billing.InvoiceService;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 23, item 9: the invoice editor says on the field why a too-large line or an implausible date is refused. */
class QuietFailuresEditorTest extends KaribuTest {

    @Autowired
    InvoiceService invoices;

    @BeforeEach
    void setUp() {
        testData.company("Overflow AG", "overflow@example.com");
        login(TestData.STAFF);
    }

    @SuppressWarnings("unchecked")
    private DocumentEditor<Invoice> newInvoice() {
        InvoiceListView view = navigate("invoices", InvoiceListView.class);
        _click(view.create);
        DocumentEditor<Invoice> editor = _get(DocumentEditor.class);
        userSets(editor.client, ComboBoxKt.getSuggestionItems(editor.client).getFirst());
        LinesEditor.LineRow row = editor.lines.rows.getFirst();
        userSets(row.description, "Everything");
        return editor;
    }

    @Test
    void quantity_times_price_beyond_the_columns_is_refused_on_the_price_with_the_limit() {
        DocumentEditor<Invoice> editor = newInvoice();
        LinesEditor.LineRow row = editor.lines.rows.getFirst();
        userSets(row.quantity, new BigDecimal("1000000000000"));
        userSets(row.unitPrice, new BigDecimal("99999"));

        _click(editor.save);

        assertThat(editor.isOpened()).isTrue();
        assertThat(row.unitPrice.isInvalid()).isTrue();
        assertThat(row.unitPrice.getErrorMessage())
                .isEqualTo("Too large: quantity, price and line amount go up to 999,999,999,999,999.");
        assertThat(row.quantity.isInvalid()).as("the quantity alone fits").isFalse();
        assertThat(SystemAuthentication.call(() -> invoices.count(BillingFilter.all())))
                .isZero();
    }

    @Test
    void an_issue_date_in_the_year_1000_is_refused_on_the_date_field_with_the_window() {
        DocumentEditor<Invoice> editor = newInvoice();
        LinesEditor.LineRow row = editor.lines.rows.getFirst();
        userSets(row.quantity, BigDecimal.ONE);
        userSets(row.unitPrice, BigDecimal.TEN);
        userSets(editor.issueDate, LocalDate.of(1000, 1, 1));
        userSets(editor.dueDate, LocalDate.of(1000, 1, 1));

        _click(editor.save);

        assertThat(editor.isOpened()).isTrue();
        assertThat(editor.issueDate.getErrorMessage())
                .isEqualTo("Enter an issue date from 1970-01-01 to "
                        + LocalDate.now().plusYears(5) + ".");
        assertThat(SystemAuthentication.call(() -> invoices.count(BillingFilter.all())))
                .isZero();
    }
}
