package io.clientele.billing;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.base.security.SystemAuthentication;
import io.clientele.client.Client;
import io.clientele.client.ClientService;
import io.clientele.client.EInvoiceFormat;
import io.clientele.settings.SettingsService;
import io.clientele.settings.SystemSettings;
import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The data e-invoices need is copied onto a document at issue and carried over to its credit notes. */
class EInvoiceDataTest extends SpringTest {

    @Autowired
    InvoiceService invoices;

    @Autowired
    CreditNoteService creditNotes;

    @Autowired
    ClientService clients;

    @Autowired
    SettingsService settings;

    private Client client;

    @BeforeEach
    void sellerAndBuyer() {
        SystemAuthentication.run(() -> {
            SystemSettings s = settings.get();
            s.setCompanyName("Seller GmbH");
            s.setCompanyVatId("DE123456789");
            s.setCompanyTaxNumber("201/113/40209");
            s.setCompanyStreet("Hauptstraße 1");
            s.setCompanyPostalCode("10115");
            s.setCompanyCity("Berlin");
            s.setCompanyCountry("DE");
            s.setCompanyEndpointId("billing@seller.example");
            s.setCompanyEndpointScheme("EM");
            s.setCompanyIban("DE89370400440532013000");
            s.setCompanyContactName("Erika Muster");
            s.setCompanyPhone("+49 30 1234567");
            s.setCompanyEmail("rechnung@seller.example");
            settings.save(s);
        });
        client = testData.company("Bundesamt für Beispiele", "rechnung@bund.example");
        client.getBillingAddress().setStreet("Amtsweg 2");
        client.getBillingAddress().setPostalCode("53113");
        client.getBillingAddress().setCity("Bonn");
        client.getBillingAddress().setCountry("DE");
        client.setEinvoiceFormat(EInvoiceFormat.XRECHNUNG);
        client.setBuyerReference("991-01234-56");
        client.setEndpointId("991-01234-56");
        client.setEndpointScheme("0204");
        client.setCountrySubdivision("Nordrhein-Westfalen");
        client = testData.save(client);
        actAsAccount(TestData.STAFF);
    }

    @Test
    void issuing_freezes_the_e_invoice_details_so_later_changes_do_not_reach_the_document() {
        Invoice draft = invoices.newInvoice(client.getId());
        draft.setLines(
                List.of(new DocumentLine("Consulting", BigDecimal.ONE, new BigDecimal("100"), new BigDecimal("19"))));
        Invoice issued = invoices.issue(invoices.save(draft).getId());

        Client changed = clients.get(client.getId());
        changed.setBuyerReference("991-99999-99");
        changed.setEinvoiceFormat(EInvoiceFormat.PDF);
        changed.getBillingAddress().setCity("Köln");
        clients.save(changed);
        SystemAuthentication.run(() -> {
            SystemSettings s = settings.get();
            s.setCompanyVatId("DE999999999");
            s.setCompanyIban(null);
            settings.save(s);
        });

        EInvoiceParties frozen = invoices.get(issued.getId()).einvoiceParties();
        assertThat(frozen.getBuyerReference()).isEqualTo("991-01234-56");
        assertThat(frozen.getFormat()).isEqualTo(EInvoiceFormat.XRECHNUNG);
        assertThat(frozen.getBuyerCity()).isEqualTo("Bonn");
        assertThat(frozen.getBuyerEndpointScheme()).isEqualTo("0204");
        assertThat(frozen.getBuyerSubdivision()).isEqualTo("Nordrhein-Westfalen");
        assertThat(frozen.getSellerVatId()).isEqualTo("DE123456789");
        assertThat(frozen.getSellerTaxNumber()).isEqualTo("201/113/40209");
        assertThat(frozen.getSellerIban()).isEqualTo("DE89370400440532013000");
        assertThat(frozen.getSellerCountry()).isEqualTo("DE");
    }

    @Test
    void a_credit_note_keeps_unit_tax_category_and_reason_of_the_lines_it_takes_back() {
        DocumentLine exempt = new DocumentLine("Training", new BigDecimal("2"), new BigDecimal("300"), BigDecimal.ZERO);
        exempt.setUnitCode("DAY");
        exempt.setTaxCategory(TaxCategory.EXEMPT);
        exempt.setExemptionReason("Exempt under § 4 Nr. 21 UStG");
        DocumentLine standard =
                new DocumentLine("Material", BigDecimal.ONE, new BigDecimal("100"), new BigDecimal("19"));
        Invoice draft = invoices.newInvoice(client.getId());
        draft.setLines(List.of(exempt, standard));
        Invoice issued = invoices.issue(invoices.save(draft).getId());

        CreditNote whole = creditNotes.cancelInvoice(issued.getId(), "Storno");

        DocumentLine credited = whole.getLines().getFirst();
        assertThat(credited.getUnitCode()).isEqualTo("DAY");
        assertThat(credited.getTaxCategory()).isEqualTo(TaxCategory.EXEMPT);
        assertThat(credited.getExemptionReason()).isEqualTo("Exempt under § 4 Nr. 21 UStG");
        assertThat(whole.getLines().get(1).getTaxCategory()).isEqualTo(TaxCategory.STANDARD);
        assertThat(whole.getInvoiceNumber()).isEqualTo(issued.getNumber());
    }

    @Test
    void a_credit_by_amount_keeps_each_share_in_the_category_it_was_invoiced_in() {
        DocumentLine exempt = new DocumentLine("Training", BigDecimal.ONE, new BigDecimal("100"), BigDecimal.ZERO);
        exempt.setTaxCategory(TaxCategory.EXEMPT);
        exempt.setExemptionReason("Exempt under § 4 Nr. 21 UStG");
        DocumentLine zero = new DocumentLine("Books", BigDecimal.ONE, new BigDecimal("100"), BigDecimal.ZERO);
        zero.setTaxCategory(TaxCategory.ZERO);
        Invoice draft = invoices.newInvoice(client.getId());
        draft.setLines(List.of(exempt, zero));
        Invoice issued = invoices.issue(invoices.save(draft).getId());

        CreditNote note = creditNotes.creditAmount(issued.getId(), new BigDecimal("50"), "Goodwill");

        assertThat(note.getLines())
                .extracting(DocumentLine::getTaxCategory)
                .containsExactly(TaxCategory.EXEMPT, TaxCategory.ZERO);
        assertThat(note.getLines()).extracting(DocumentLine::getUnitCode).containsOnly(UnitCodes.LUMP_SUM);
    }
}
