package io.clientele.billing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.billing.BillingFilter;
import io.clientele.billing.DocumentLine;
import io.clientele.billing.Invoice;
import io.clientele.billing.InvoiceService;
import io.clientele.billing.TaxCategory;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** A line's unit of measure, VAT category and exemption reason, as the invoice editor takes them. */
class LineTaxFieldsTest extends KaribuTest {

    @Autowired
    InvoiceService invoices;

    private DocumentEditor<Invoice> editor;
    private LinesEditor.LineRow row;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void openEditor() {
        testData.company("Reverse Charge BV", "ap@reverse.example");
        login(TestData.STAFF);
        InvoiceListView view = navigate("invoices", InvoiceListView.class);
        _click(view.create);
        editor = _get(DocumentEditor.class);
        userSets(editor.client, ComboBoxKt.getSuggestionItems(editor.client).getFirst());
        row = editor.lines.rows.getFirst();
        userSets(row.description, "Consulting");
        userSets(row.unitPrice, new BigDecimal("100"));
    }

    private long stored() {
        return SystemAuthentication.call(() -> invoices.count(BillingFilter.all()));
    }

    @Test
    void a_positive_rate_makes_the_line_standard_rated_and_unit_and_category_are_saved() {
        userSets(row.unit, "HUR");
        userSets(row.taxRate, new BigDecimal("19"));
        assertThat(row.taxCategory.getValue()).isEqualTo(TaxCategory.STANDARD);
        assertThat(row.exemptionReason.isVisible()).isFalse();

        _click(editor.save);

        assertThat(editor.isOpened()).isFalse();
        DocumentLine line = savedLine();
        assertThat(line.getUnitCode()).isEqualTo("HUR");
        assertThat(line.getTaxCategory()).isEqualTo(TaxCategory.STANDARD);
        assertThat(line.getExemptionReason()).isNull();
    }

    @Test
    void reverse_charge_sets_the_rate_to_zero_and_asks_for_the_reason() {
        userSets(row.taxRate, new BigDecimal("19"));
        userSets(row.taxCategory, TaxCategory.REVERSE_CHARGE);
        assertThat(row.taxRate.getValue()).isEqualByComparingTo("0");
        assertThat(row.exemptionReason.isVisible()).isTrue();

        _click(editor.save);

        assertThat(editor.isOpened()).isTrue();
        assertThat(row.exemptionReason.getErrorMessage()).isEqualTo("State why no VAT is charged on this line.");
        assertThat(stored()).isZero();

        userSets(row.exemptionReason, "Reverse charge, Art. 196 VAT Directive");
        _click(editor.save);

        assertThat(editor.isOpened()).isFalse();
        DocumentLine line = savedLine();
        assertThat(line.getTaxCategory()).isEqualTo(TaxCategory.REVERSE_CHARGE);
        assertThat(line.getExemptionReason()).isEqualTo("Reverse charge, Art. 196 VAT Directive");
    }

    @Test
    void an_exempt_line_with_a_rate_is_refused_on_the_rate() {
        userSets(row.taxCategory, TaxCategory.EXEMPT);
        userSets(row.exemptionReason, "Exempt under § 4 UStG");
        userSets(row.taxRate, new BigDecimal("7"));

        _click(editor.save);

        assertThat(editor.isOpened()).isTrue();
        assertThat(row.taxRate.getErrorMessage()).isEqualTo("This VAT category charges no VAT: the rate must be 0 %.");
        assertThat(stored()).isZero();
    }

    private DocumentLine savedLine() {
        return SystemAuthentication.call(() -> {
            long id = invoices.list(BillingFilter.all(), PageRequest.of(0, 5))
                    .getFirst()
                    .id();
            return invoices.get(id).getLines().getFirst();
        });
    }
}
