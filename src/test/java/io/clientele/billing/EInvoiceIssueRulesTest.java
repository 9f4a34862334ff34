package io.clientele.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.base.domain.RuleViolationException;
import io.clientele.client.Client;
import io.clientele.client.EInvoiceFormat;
import io.clientele.settings.SettingsService;
import io.clientele.settings.SystemSettings;
import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issuing to an e-invoice client is refused, naming field and business rule, when the e-invoice would be invalid. */
class EInvoiceIssueRulesTest extends SpringTest {

    @Autowired
    InvoiceService invoices;

    @Autowired
    SettingsService settings;

    @BeforeEach
    void seller() {
        seller(s -> {});
    }

    private void seller(Consumer<SystemSettings> change) {
        testData.einvoiceSeller(change);
    }

    private Invoice draft(EInvoiceFormat format, Consumer<Client> client, DocumentLine line) {
        Client c = testData.company("Amt " + format, "amt@bund.example");
        c.getBillingAddress().setStreet("Amtsweg 2");
        c.getBillingAddress().setPostalCode("53113");
        c.getBillingAddress().setCity("Bonn");
        c.getBillingAddress().setCountry("DE");
        c.setEinvoiceFormat(format);
        c.setBuyerReference("991-01234-56");
        c.setEndpointId("amt@bund.example");
        c.setEndpointScheme("EM");
        client.accept(c);
        Client saved = testData.save(c);
        actAsAccount(TestData.STAFF);
        Invoice draft = invoices.newInvoice(saved.getId());
        draft.setLines(new ArrayList<>(List.of(line)));
        return invoices.save(draft);
    }

    private static DocumentLine standard() {
        return new DocumentLine("Beratung", BigDecimal.ONE, new BigDecimal("100"), new BigDecimal("19"));
    }

    private void refused(Invoice draft, String key, String rule) {
        assertThatThrownBy(() -> invoices.issue(draft.getId()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo(key);
                    assertThat(e.getArguments()[0]).isEqualTo(rule);
                });
        assertThat(invoices.get(draft.getId()).isIssued())
                .as("no number used up")
                .isFalse();
    }

    @Test
    void an_xrechnung_client_without_buyer_reference_is_refused_with_br_de_15() {
        refused(
                draft(EInvoiceFormat.XRECHNUNG, c -> c.setBuyerReference(null), standard()),
                "einvoice.missing.buyer-reference",
                "BR-DE-15");
    }

    @Test
    void a_missing_seller_vat_id_and_tax_number_is_refused_with_br_s_2() {
        seller(s -> s.setCompanyVatId(null));
        refused(draft(EInvoiceFormat.FACTUR_X, c -> {}, standard()), "einvoice.missing.seller-tax-id", "BR-S-2");
    }

    @Test
    void a_line_without_tax_category_is_refused_with_br_co_4() {
        DocumentLine line = new DocumentLine("Bücher", BigDecimal.ONE, new BigDecimal("100"), BigDecimal.ZERO);
        refused(draft(EInvoiceFormat.FACTUR_X, c -> {}, line), "einvoice.line.no-category", "BR-CO-4");
    }

    @Test
    void reverse_charge_without_the_buyers_vat_id_is_refused_with_br_ae_2() {
        DocumentLine line = new DocumentLine("Beratung", BigDecimal.ONE, new BigDecimal("100"), BigDecimal.ZERO);
        line.setTaxCategory(TaxCategory.REVERSE_CHARGE);
        line.setExemptionReason("Reverse charge");
        refused(
                draft(EInvoiceFormat.FACTUR_X, c -> c.setTaxId(null), line),
                "einvoice.missing.buyer-vat-id",
                "BR-AE-2");
    }

    @Test
    void a_pdf_only_client_is_issued_without_e_invoice_checks() {
        seller(s -> s.setCompanyVatId(null));
        DocumentLine line = new DocumentLine("Bücher", BigDecimal.ONE, new BigDecimal("100"), BigDecimal.ZERO);
        Invoice draft = draft(EInvoiceFormat.PDF, c -> c.setBuyerReference(null), line);

        assertThat(invoices.issue(draft.getId()).isIssued()).isTrue();
    }
}
