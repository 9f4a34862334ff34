package io.clientele.billing;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.base.security.SystemAuthentication;
import io.clientele.client.Client;
import io.clientele.settings.SettingsService;
import io.clientele.settings.SystemSettings;
import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** The client PDFs, read back with PDFBox: labels, amounts and dates in the client's language, fonts, statement. */
class DocumentPdfServiceTest extends SpringTest {

    @Autowired
    DocumentPdfService pdfs;

    @Autowired
    InvoiceService invoices;

    @Autowired
    QuoteService quotes;

    @Autowired
    PaymentService payments;

    @Autowired
    SettingsService settings;

    @Autowired
    CreditNoteService creditNotes;

    @BeforeEach
    void staff() {
        SystemAuthentication.run(() -> {
            SystemSettings s = settings.get();
            s.setCompanyName("Clientele Consulting Ltd");
            s.setCompanyAddress("1 Market Street\nLondon");
            settings.save(s);
        });
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                TestData.STAFF, null, List.of(new SimpleGrantedAuthority("ROLE_STAFF"))));
        SecurityContextHolder.setContext(context);
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    private Client client(String name, String language, String currency) {
        Client c = testData.company(name, "pdf@example.com");
        c.setLanguage(language);
        c.setCurrency(currency);
        return testData.save(c);
    }

    private Invoice invoice(Client client, LocalDate issued, String... lines) {
        Invoice invoice = invoices.newInvoice(client.getId());
        invoice.setIssueDate(issued);
        invoice.setDueDate(issued.plusDays(30));
        invoice.setLines(lines(lines));
        return invoices.markSent(invoices.save(invoice).getId());
    }

    private static List<DocumentLine> lines(String... lines) {
        List<DocumentLine> list = new ArrayList<>();
        for (String line : lines) {
            String[] p = line.split("\\|");
            list.add(new DocumentLine(p[0], new BigDecimal(p[1]), new BigDecimal(p[2]), new BigDecimal(p[3])));
        }
        return list;
    }

    private void pay(Invoice invoice, String reference, String amount, LocalDate date) {
        Payment p = new Payment();
        p.setReference(reference);
        p.setAmount(new BigDecimal(amount));
        p.setMethod(PaymentMethod.BANK_TRANSFER);
        p.setDate(date);
        payments.record(invoice.getId(), p);
    }

    /** The PDF's text with every kind of space (the locales' no-break spaces too) as a plain space. */
    static String text(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("[\\h\\u00a0\\u202f]+", " ");
        }
    }

    @Test
    void a_german_invoice_has_german_labels_and_german_amounts() throws IOException {
        Client client = client("Müller Bäckerei GmbH", "de", "EUR");
        Invoice invoice = invoice(client, LocalDate.of(2026, 3, 14), "Beratung|2|518.87|19", "Reisekosten|1|100|0");
        pay(invoice, "UEB-1", "500", LocalDate.of(2026, 3, 20));

        String text = text(pdfs.invoicePdf(invoice.getId(), PdfLanguage.CLIENT));

        assertThat(text)
                .contains(
                        "Rechnung",
                        "Beschreibung",
                        "Zwischensumme",
                        "Umsatzsteuer",
                        "Bezahlt",
                        "Offener Betrag",
                        "Müller Bäckerei GmbH",
                        "Clientele Consulting Ltd",
                        invoice.getNumber(),
                        "14.03.2026",
                        "Beratung",
                        "518,87 €",
                        "1.037,74 €",
                        "1.137,74 €",
                        "197,17 €",
                        "1.334,91 €",
                        "500,00 €",
                        "834,91 €",
                        "19 %");
        assertThat(text).doesNotContain("Invoice", "Subtotal");
    }

    @Test
    void an_issued_invoice_prints_seller_and_buyer_as_frozen_with_tax_ids_and_a_distinct_shipping_address()
            throws IOException {
        SystemAuthentication.run(() -> {
            SystemSettings s = settings.get();
            s.setCompanyTaxId("GB123456789");
            settings.save(s);
        });
        Client client = client("Müller Bäckerei GmbH", "de", "EUR");
        client.setTaxId("DE811111111");
        client.getBillingAddress().setStreet("Hauptstraße 1");
        client.getBillingAddress().setCity("Berlin");
        client.getBillingAddress().setCountry("DE");
        client.setShippingSameAsBilling(false);
        client.getShippingAddress().setStreet("Lagerweg 7");
        client.getShippingAddress().setCity("Potsdam");
        client.getShippingAddress().setCountry("DE");
        client = testData.save(client);
        Invoice invoice = invoice(client, LocalDate.of(2026, 3, 14), "Beratung|1|100|19");
        client.setName("Umbenannt AG");
        testData.save(client);

        String text = text(pdfs.invoicePdf(invoice.getId(), PdfLanguage.CLIENT));

        assertThat(text)
                .contains(
                        "Clientele Consulting Ltd",
                        "USt-IdNr.: GB123456789",
                        "Müller Bäckerei GmbH",
                        "USt-IdNr.: DE811111111",
                        "Hauptstraße 1",
                        "Lieferadresse",
                        "Lagerweg 7")
                .doesNotContain("Umbenannt AG", "Entwurf");
    }

    @Test
    void without_company_details_the_pdf_says_so_instead_of_a_blank_sender() throws IOException {
        SystemAuthentication.run(() -> {
            SystemSettings s = settings.get();
            s.setCompanyName(null);
            s.setCompanyAddress(null);
            settings.save(s);
        });
        Client client = client("Acme Inc", "en", "USD");
        Invoice invoice = invoice(client, LocalDate.of(2026, 3, 14), "Design|1|400|0");

        assertThat(text(pdfs.invoicePdf(invoice.getId(), PdfLanguage.CLIENT)))
                .contains("Company details missing: add them under Settings");
    }

    @Test
    void a_draft_pdf_says_it_is_a_draft() throws IOException {
        Client client = client("Acme Inc", "en", "USD");
        Invoice draft = invoices.newInvoice(client.getId());
        draft.setLines(lines("Design|1|400|0"));
        draft = invoices.save(draft);

        assertThat(text(pdfs.invoicePdf(draft.getId(), PdfLanguage.CLIENT))).contains("Invoice (Draft)", "Draft");
    }

    @Test
    void a_credit_note_prints_in_german_with_its_invoice_and_the_refund_due() throws IOException {
        Client client = client("Müller Bäckerei GmbH", "de", "EUR");
        Invoice invoice = invoice(client, LocalDate.of(2026, 3, 14), "Beratung|2|500|19");
        pay(invoice, "UEB-1", "1190", LocalDate.of(2026, 3, 20));
        CreditNote note = creditNotes.creditLines(
                invoice.getId(), Map.of(invoice.getLines().get(0).getId(), BigDecimal.ONE));

        String text = text(pdfs.creditNotePdf(note.getId(), PdfLanguage.CLIENT));

        assertThat(text)
                .contains(
                        "Gutschrift",
                        note.getNumber(),
                        "Rechnung",
                        invoice.getNumber(),
                        "14.03.2026",
                        "Beratung",
                        "500,00 €",
                        "95,00 €",
                        "595,00 €",
                        "Zu erstatten",
                        "Müller Bäckerei GmbH",
                        "Clientele Consulting Ltd")
                .doesNotContain("Credit note", "Offener Betrag");
        assertThat(note.getNumber()).startsWith("CN-");
    }

    @Test
    void a_credit_note_prints_in_french_and_the_invoice_shows_what_was_credited() throws IOException {
        Client client = client("Société Générale d’Études", "fr", "EUR");
        Invoice invoice = invoice(client, LocalDate.of(2026, 3, 14), "Développement|1|1000|20");
        CreditNote note = creditNotes.cancelInvoice(invoice.getId(), "Annulation de la facture");

        assertThat(text(pdfs.creditNotePdf(note.getId(), PdfLanguage.CLIENT)))
                .contains("Avoir", "Facture", invoice.getNumber(), "Développement", "1 200,00 €")
                .doesNotContain("Credit note", "À rembourser");
        assertThat(text(pdfs.invoicePdf(invoice.getId(), PdfLanguage.CLIENT)))
                .contains("Avoirs", "1 200,00 €", "Reste à payer", "0,00 €");
    }

    @Test
    void a_french_invoice_has_french_labels_and_french_amounts() throws IOException {
        Client client = client("Société Générale d’Études", "fr", "EUR");
        Invoice invoice = invoice(client, LocalDate.of(2026, 3, 14), "Développement|1|1234.56|20");

        String text = text(pdfs.invoicePdf(invoice.getId(), PdfLanguage.CLIENT));

        assertThat(text)
                .contains(
                        "Facture",
                        "Sous-total",
                        "TVA",
                        "Reste à payer",
                        "Société Générale d’Études",
                        "Développement",
                        "1 234,56 €",
                        "246,91 €",
                        "1 481,47 €",
                        "14 mars 2026");
    }

    @Test
    void an_english_invoice_in_dollars_has_english_labels() throws IOException {
        Client client = client("Acme Inc", "en", "USD");
        Invoice invoice = invoice(client, LocalDate.of(2026, 3, 14), "Design|3|400|10");

        String text = text(pdfs.invoicePdf(invoice.getId(), PdfLanguage.CLIENT));

        assertThat(text)
                .contains("Invoice", "Subtotal", "Balance due", "$1,200.00", "$120.00", "$1,320.00", "$400.00", "10%");
    }

    @Test
    void greek_cyrillic_polish_and_czech_text_survives_in_the_pdf() throws IOException {
        Client client = client("Ωμέγα Ανάπτυξη ΑΕ", "en", "EUR");
        Invoice invoice =
                invoice(client, LocalDate.of(2026, 3, 14), "Разработка сайта|1|100|0", "Łódź – Žluťoučký kůň|1|50|0");

        String text = text(pdfs.invoicePdf(invoice.getId(), PdfLanguage.CLIENT));

        assertThat(text).contains("Ωμέγα Ανάπτυξη ΑΕ", "Разработка сайта", "Łódź – Žluťoučký kůň");
    }

    @Test
    void a_quote_is_titled_as_a_quote_in_the_client_language() throws IOException {
        Client client = client("Müller Bäckerei GmbH", "de", "EUR");
        Quote quote = quotes.newQuote(client.getId());
        quote.setLines(lines("Angebotsposition|1|250|19"));
        quote = quotes.issue(quotes.save(quote).getId());

        String text = text(pdfs.quotePdf(quote.getId(), PdfLanguage.CLIENT));

        assertThat(text)
                .startsWith("Clientele Consulting Ltd\n1 Market Street\nLondon\nAngebot\n")
                .contains("Gültig bis", "250,00 €", "297,50 €")
                .doesNotContain("Bezahlt", "Offener Betrag");
    }

    @Test
    void back_office_downloads_follow_the_client_language_setting() throws IOException {
        Client client = client("Müller Bäckerei GmbH", "de", "EUR");
        Invoice invoice = invoice(client, LocalDate.of(2026, 3, 14), "Beratung|1|1000|19");
        assertThat(text(pdfs.invoicePdf(invoice.getId(), PdfLanguage.BACK_OFFICE)))
                .contains("Rechnung", "1.190,00 €");

        SystemAuthentication.run(() -> {
            SystemSettings s = settings.get();
            s.setPdfInClientLanguage(false);
            settings.save(s);
        });

        assertThat(text(pdfs.invoicePdf(invoice.getId(), PdfLanguage.BACK_OFFICE)))
                .contains("Invoice", "Subtotal", "€1,190.00")
                .doesNotContain("Rechnung");
        assertThat(text(pdfs.invoicePdf(invoice.getId(), PdfLanguage.CLIENT))).contains("Rechnung", "1.190,00 €");
    }

    @Test
    void a_statement_lists_the_period_with_a_running_balance() throws IOException {
        Client client = client("Acme Inc", "en", "EUR");
        Invoice before = invoice(client, LocalDate.of(2026, 1, 10), "Old work|1|100|0");
        pay(before, "PAY-OLD", "40", LocalDate.of(2026, 1, 20));
        Invoice during = invoice(client, LocalDate.of(2026, 2, 5), "New work|1|200|0");
        pay(during, "PAY-FEB", "100", LocalDate.of(2026, 2, 10));
        invoice(client, LocalDate.of(2026, 3, 1), "Later work|1|999|0");

        String text = text(pdfs.statementPdf(
                client.getId(), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), PdfLanguage.CLIENT));

        assertThat(text)
                .contains(
                        "Statement",
                        "Balance brought forward €60.00",
                        "Invoice " + during.getNumber() + " €200.00 €260.00",
                        "Payment PAY-FEB (" + during.getNumber() + ") €100.00 €160.00",
                        "Balance due €160.00")
                .doesNotContain("999", "PAY-OLD");
    }

    @Test
    void a_statement_takes_credit_notes_off_the_balance() throws IOException {
        Client client = client("Acme Inc", "en", "EUR");
        LocalDate today = LocalDate.now();
        Invoice invoice = invoice(client, today.minusDays(10), "Work|1|200|0");
        CreditNote note = creditNotes.creditAmount(invoice.getId(), new BigDecimal("50"), "Discount");

        String text = text(pdfs.statementPdf(client.getId(), today.minusDays(30), today, PdfLanguage.CLIENT));

        assertThat(text)
                .contains(
                        "Invoice " + invoice.getNumber() + " €200.00 €200.00",
                        "Credit note " + note.getNumber(),
                        "€50.00 €150.00",
                        "Balance due €150.00");
    }

    @Test
    void a_german_statement_has_german_labels() throws IOException {
        Client client = client("Müller Bäckerei GmbH", "de", "EUR");
        Invoice invoice = invoice(client, LocalDate.of(2026, 2, 5), "Beratung|1|1000|0");

        String text = text(pdfs.statementPdf(
                client.getId(), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), PdfLanguage.CLIENT));

        assertThat(text)
                .contains(
                        "Kontoauszug",
                        "Saldovortrag 0,00 €",
                        "Rechnung " + invoice.getNumber(),
                        "1.000,00 €",
                        "05.02.2026");
    }
}
