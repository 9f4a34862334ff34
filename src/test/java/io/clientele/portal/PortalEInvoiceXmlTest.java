package io.clientele.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.base.security.SystemAuthentication;
import io.clientele.billing.DocumentLine;
import io.clientele.billing.Invoice;
import io.clientele.billing.InvoiceService;
import io.clientele.client.Client;
import io.clientele.client.EInvoiceFormat;
import io.clientele.portal.PortalRecords.Document;
import io.clientele.settings.SettingsService;
import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * The Client Center offers an invoice's XML only when the invoice was issued as an e-invoice (Factur-X or XRechnung,
 * frozen at issue): a PDF-only invoice has none, and its guessed link finds nothing instead of failing.
 */
class PortalEInvoiceXmlTest extends SpringTest {

    @Autowired
    PortalService portal;

    @Autowired
    InvoiceService invoices;

    @Autowired
    SettingsService settings;

    @BeforeEach
    void seller() {
        testData.einvoiceSeller(s -> {});
    }

    private Invoice issuedFor(EInvoiceFormat format) {
        Client c = testData.company("Portal Kunde " + format, format.name().toLowerCase() + "@kunde.example");
        c.getBillingAddress().setStreet("Amtsweg 2");
        c.getBillingAddress().setPostalCode("53113");
        c.getBillingAddress().setCity("Bonn");
        c.getBillingAddress().setCountry("DE");
        c.setEinvoiceFormat(format);
        c.setBuyerReference("991-01234-56");
        c.setEndpointId(c.getEmail());
        c.setEndpointScheme("EM");
        Client client = testData.save(c);
        testData.linkClientUser(TestData.CLIENT_USER, client);
        return SystemAuthentication.call(() -> {
            Invoice draft = invoices.newInvoice(client.getId());
            draft.setLines(new ArrayList<>(List.of(
                    new DocumentLine("Beratung", BigDecimal.ONE, new BigDecimal("1000"), new BigDecimal("19")))));
            return invoices.issue(invoices.save(draft).getId());
        });
    }

    private Document listed(long id) {
        return portal.invoices(PageRequest.of(0, 10)).stream()
                .filter(d -> d.id() == id)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void an_invoice_issued_as_factur_x_offers_its_xml_with_the_invoice_number_inside() {
        Invoice invoice = issuedFor(EInvoiceFormat.FACTUR_X);
        actAsAccount(TestData.CLIENT_USER);

        assertThat(listed(invoice.getId()).einvoice()).isTrue();
        String xml = new String(portal.invoiceXml(invoice.getId()).content(), StandardCharsets.UTF_8);
        assertThat(xml).contains("CrossIndustryInvoice").contains(invoice.getNumber());
    }

    @Test
    void a_pdf_only_invoice_offers_no_xml_and_its_guessed_link_finds_nothing() {
        Invoice invoice = issuedFor(EInvoiceFormat.PDF);
        actAsAccount(TestData.CLIENT_USER);

        assertThat(listed(invoice.getId()).einvoice()).isFalse();
        assertThatThrownBy(() -> portal.invoiceXml(invoice.getId())).isInstanceOf(PortalNotFoundException.class);
    }
}
