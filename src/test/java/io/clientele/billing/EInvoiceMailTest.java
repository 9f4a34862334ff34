package io.clientele.billing;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.base.security.SystemAuthentication;
import io.clientele.client.Client;
import io.clientele.client.EInvoiceFormat;
import io.clientele.settings.SettingsService;
import io.clientele.support.MailTest;
import io.clientele.support.TestData;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mustangproject.ZUGFeRD.ZUGFeRDInvoiceImporter;
import org.springframework.beans.factory.annotation.Autowired;

/** E-mails carry the format the client chose: the PDF, the Factur-X hybrid in its place, or the XRechnung XML too. */
class EInvoiceMailTest extends MailTest {

    @Autowired
    DocumentMailService mail;

    @Autowired
    InvoiceService invoices;

    @Autowired
    SettingsService settings;

    @BeforeEach
    void seller() {
        testData.einvoiceSeller(s -> {});
        login(TestData.STAFF);
    }

    private Invoice sent(EInvoiceFormat format, String email) throws Exception {
        Client c = testData.company("Kunde " + format, email);
        c.getBillingAddress().setStreet("Amtsweg 2");
        c.getBillingAddress().setPostalCode("53113");
        c.getBillingAddress().setCity("Bonn");
        c.getBillingAddress().setCountry("DE");
        c.setEinvoiceFormat(format);
        c.setBuyerReference("991-01234-56");
        c.setEndpointId(email);
        c.setEndpointScheme("EM");
        Client client = testData.save(c);
        Invoice invoice = SystemAuthentication.call(() -> {
            Invoice draft = invoices.newInvoice(client.getId());
            draft.setLines(new ArrayList<>(List.of(
                    new DocumentLine("Beratung", BigDecimal.ONE, new BigDecimal("1000"), new BigDecimal("19")))));
            return invoices.save(draft);
        });
        mail.send(
                DocumentType.INVOICE,
                invoice.getId(),
                new MailRequest("key-" + format, List.of(email), List.of(), List.of(), "Rechnung", "Text"));
        return SystemAuthentication.call(() -> invoices.get(invoice.getId()));
    }

    private static List<Part> attachments(String address) throws Exception {
        MimeMessage message = smtp.findReceivedMessages(u -> u.getEmail().equals(address), m -> true)
                .findFirst()
                .orElseThrow();
        List<Part> parts = new ArrayList<>();
        Multipart multipart = (Multipart) message.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            Part part = multipart.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                parts.add(part);
            }
        }
        return parts;
    }

    @Test
    void a_pdf_only_client_gets_the_pdf_alone() throws Exception {
        Invoice invoice = sent(EInvoiceFormat.PDF, "pdf@kunde.example");

        assertThat(attachments("pdf@kunde.example"))
                .extracting(Part::getFileName)
                .containsExactly(invoice.getNumber() + ".pdf");
    }

    @Test
    void a_factur_x_client_gets_the_hybrid_pdf_with_the_invoice_xml_inside() throws Exception {
        Invoice invoice = sent(EInvoiceFormat.FACTUR_X, "fx@kunde.example");

        List<Part> parts = attachments("fx@kunde.example");
        assertThat(parts).extracting(Part::getFileName).containsExactly(invoice.getNumber() + ".pdf");
        byte[] pdf = parts.getFirst().getInputStream().readAllBytes();
        ZUGFeRDInvoiceImporter importer = new ZUGFeRDInvoiceImporter(new ByteArrayInputStream(pdf));
        assertThat(importer.extractInvoice().getNumber()).isEqualTo(invoice.getNumber());
    }

    @Test
    void an_xrechnung_client_gets_the_xml_next_to_the_pdf() throws Exception {
        Invoice invoice = sent(EInvoiceFormat.XRECHNUNG, "xr@kunde.example");

        List<Part> parts = attachments("xr@kunde.example");
        assertThat(parts)
                .extracting(Part::getFileName)
                .containsExactly(invoice.getNumber() + ".pdf", invoice.getNumber() + "-xrechnung.xml");
        String xml = new String(parts.get(1).getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(xml).contains("urn:xeinkauf.de:kosit:xrechnung_3").contains("991-01234-56");
    }
}
