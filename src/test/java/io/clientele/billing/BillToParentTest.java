package io.clientele.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.client.Client;
import io.clientele.client.ClientService;
import io.clientele.portal.PortalRecords;
import io.clientele.portal.PortalService;
import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Issue 22: a subsidiary's invoice billed to its parent company. Issuing freezes the parent as the buyer and the
 * subsidiary as "For"; a later change of the parent never changes the issued document; the parent's Client Center
 * sees it, while it stays the subsidiary's record.
 */
class BillToParentTest extends SpringTest {

    @Autowired
    InvoiceService invoices;

    @Autowired
    DocumentPdfService pdfs;

    @Autowired
    CreditNoteService creditNotes;

    @Autowired
    ClientService clients;

    @Autowired
    PortalService portal;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private Client holding;
    private Client sub;

    @BeforeEach
    void group() {
        Client h = testData.company("Holding Bill AG", "h@bill.example");
        h.setTaxId("DE999999999");
        h.getBillingAddress().setStreet("Konzernallee 1");
        h.getBillingAddress().setCity("Frankfurt");
        h.getBillingAddress().setCountry("DE");
        holding = testData.save(h);
        Client s = testData.company("Sub Bill GmbH", "s@bill.example");
        s.getBillingAddress().setStreet("Werkstraße 9");
        s.getBillingAddress().setCity("Kassel");
        s.getBillingAddress().setCountry("DE");
        sub = link(testData.save(s), holding);
    }

    private Client link(Client child, Client parent) {
        return SystemAuthentication.call(() -> {
            Client c = clients.get(child.getId());
            c.setParent(parent == null ? null : clients.get(parent.getId()));
            return clients.save(c);
        });
    }

    private Invoice issued(Client client, boolean billToParent) {
        return SystemAuthentication.call(() -> {
            Invoice draft = invoices.newInvoice(client.getId());
            draft.setBillToParent(billToParent);
            draft.setLines(new ArrayList<>(
                    List.of(new DocumentLine("Audit", BigDecimal.ONE, new BigDecimal("500"), BigDecimal.ZERO))));
            return invoices.issue(invoices.save(draft).getId());
        });
    }

    private String pdfText(Invoice invoice) throws IOException {
        return SystemAuthentication.call(() -> {
            try {
                return DocumentPdfServiceTest.text(pdfs.invoicePdf(invoice.getId(), PdfLanguage.CLIENT));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void issuing_freezes_the_parent_as_bill_to_and_the_subsidiary_as_for_and_later_changes_never_reach_it()
            throws IOException {
        Invoice invoice = issued(sub, true);

        assertThat(invoice.parties().buyerName()).isEqualTo("Holding Bill AG");
        assertThat(invoice.parties().buyerTaxId()).isEqualTo("DE999999999");
        assertThat(invoice.getForName()).isEqualTo("Sub Bill GmbH");
        assertThat(invoice.getBillToClientId()).isEqualTo(holding.getId());
        // Still the subsidiary's record: its balance, its statement.
        assertThat(invoice.getClient().getId()).isEqualTo(sub.getId());
        assertThat(testData.reload(sub).getAmountOwed()).isEqualByComparingTo("500");
        assertThat(pdfText(invoice))
                .contains("Bill to", "Holding Bill AG", "Tax ID: DE999999999", "Konzernallee 1", "For: Sub Bill GmbH")
                .doesNotContain("Werkstraße 9");

        // The parent is renamed, moves, and the subsidiary gets another parent: the issued invoice stays as issued.
        Client h = testData.reload(holding);
        h.setName("Renamed Holding SE");
        h.getBillingAddress().setStreet("Neue Straße 2");
        testData.save(h);
        Client other = testData.company("Other Parent AG", "o@bill.example");
        link(sub, other);

        Invoice stored = SystemAuthentication.call(() -> invoices.get(invoice.getId()));
        assertThat(stored.parties().buyerName()).isEqualTo("Holding Bill AG");
        assertThat(stored.getForName()).isEqualTo("Sub Bill GmbH");
        assertThat(stored.getBillToClientId()).isEqualTo(holding.getId());
        assertThat(pdfText(stored))
                .contains("Holding Bill AG", "Konzernallee 1", "For: Sub Bill GmbH")
                .doesNotContain("Renamed Holding SE", "Neue Straße 2", "Other Parent AG");
    }

    @Test
    void a_credit_note_of_an_invoice_billed_to_the_parent_names_the_invoices_frozen_buyer_and_for_on_its_pdf()
            throws IOException {
        Invoice invoice = issued(sub, true);
        // The parent changes after the invoice was issued: the credit note still bills whom the invoice billed.
        Client h = testData.reload(holding);
        h.setName("Renamed Holding SE");
        h.getBillingAddress().setStreet("Neue Straße 2");
        testData.save(h);

        CreditNote note = SystemAuthentication.call(
                () -> creditNotes.creditAmount(invoice.getId(), new BigDecimal("100"), "Rabatt"));

        assertThat(note.parties().buyerName()).isEqualTo("Holding Bill AG");
        assertThat(note.parties().buyerTaxId()).isEqualTo("DE999999999");
        assertThat(note.getForName()).isEqualTo("Sub Bill GmbH");
        assertThat(note.getBillToClientId()).isEqualTo(holding.getId());
        assertThat(note.einvoiceParties().getBuyerStreet()).isEqualTo("Konzernallee 1");
        String text = SystemAuthentication.call(() -> {
            try {
                return DocumentPdfServiceTest.text(pdfs.creditNotePdf(note.getId(), PdfLanguage.CLIENT));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(text)
                .contains("Holding Bill AG", "Konzernallee 1", "For: Sub Bill GmbH")
                .doesNotContain("Renamed Holding SE", "Neue Straße 2", "Werkstraße 9");
    }

    @Test
    void an_invoice_billed_to_the_client_itself_prints_no_for_line() throws IOException {
        Invoice invoice = issued(sub, false);

        assertThat(invoice.parties().buyerName()).isEqualTo("Sub Bill GmbH");
        assertThat(invoice.getForName()).isNull();
        assertThat(invoice.getBillToClientId()).isNull();
        assertThat(pdfText(invoice)).contains("Werkstraße 9").doesNotContain("For:", "Holding Bill AG");
    }

    @Test
    void billing_a_parent_the_client_does_not_have_is_refused_and_nothing_is_saved() {
        Client alone = testData.company("Alone Ltd", "alone@bill.example");

        assertThatThrownBy(() -> issued(alone, true))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("parent.billing.no-parent"));
        assertThat(jdbc.queryForObject("select count(*) from billing_documents", Long.class))
                .isZero();
    }

    @Test
    void the_parents_client_center_lists_the_invoices_billed_to_it_and_not_the_subsidiarys_own() {
        Invoice billed = issued(sub, true);
        Invoice own = issued(sub, false);
        testData.linkClientUser(TestData.CLIENT_USER, holding);
        actAsAccount(TestData.CLIENT_USER);

        assertThat(portal.invoices(PageRequest.of(0, 10)))
                .extracting(PortalRecords.Document::number)
                .containsExactly(billed.getNumber());
        assertThat(portal.invoice(billed.getId()).document().number()).isEqualTo(billed.getNumber());
        assertThat(own.getNumber()).isNotEqualTo(billed.getNumber());
    }
}
