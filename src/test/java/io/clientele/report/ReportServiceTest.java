package io.clientele.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.base.reporting.Csv;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.billing.CreditNoteService;
import io.clientele.billing.DocumentLine;
import io.clientele.billing.Invoice;
import io.clientele.billing.InvoiceService;
import io.clientele.billing.Payment;
import io.clientele.billing.PaymentMethod;
import io.clientele.billing.PaymentService;
import io.clientele.client.Client;
import io.clientele.client.ClientGroup;
import io.clientele.client.ClientService;
import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The group and customer reports against a fixture computed by hand: SQL aggregation per group (or client) and
 * currency, the "No group" bucket, shares, days to pay, paging and sorting, CSV without formulas, PDF in a language.
 */
class ReportServiceTest extends SpringTest {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 31);
    private static final LocalDate FEB_1 = LocalDate.of(2026, 2, 1);

    @Autowired
    ReportService reports;

    @Autowired
    InvoiceService invoices;

    @Autowired
    PaymentService payments;

    @Autowired
    CustomerReportService customers;

    private ClientGroup retailGroup;

    /*
     * The fixture, all issued in 2026 (the draft counts nowhere):
     *   A  EUR  Agencies          100 (40 paid), 20 on Feb 10 paid in full Feb 14 (4 days)
     *   B  USD  Agencies           50
     *   C  EUR  Agencies, Retail  200 paid in full Mar 3 (30 days after Feb 1)
     *   D  EUR  no group          250 paid in full Feb 11 (10 days), and a draft of 999
     * EUR invoiced: 100 + 20 + 200 + 250 = 570, so Agencies 320 → 56.1 %, No group 250 → 43.9 %, Retail 200 → 35.1 %.
     */
    @BeforeEach
    void data() {
        ClientGroup agencies = testData.group("Agencies");
        ClientGroup retail = testData.group("Retail");
        retailGroup = retail;
        Client a = client("A", "EUR", agencies);
        Client b = client("B", "USD", agencies);
        Client c = client("C", "EUR", agencies, retail);
        Client d = client("D", "EUR");
        SystemAuthentication.run(() -> {
            pay(invoice(a, "100", FEB_1, true), "40", LocalDate.of(2026, 3, 1));
            pay(invoice(a, "20", LocalDate.of(2026, 2, 10), true), "20", LocalDate.of(2026, 2, 14));
            invoice(b, "50", FEB_1, true);
            pay(invoice(c, "200", FEB_1, true), "200", LocalDate.of(2026, 3, 3));
            pay(invoice(d, "250", FEB_1, true), "250", LocalDate.of(2026, 2, 11));
            invoice(d, "999", FEB_1, false);
        });
    }

    private void pay(Invoice invoice, String amount, LocalDate date) {
        Payment p = new Payment();
        p.setReference("P-" + invoice.getNumber());
        p.setAmount(new BigDecimal(amount));
        p.setMethod(PaymentMethod.BANK_TRANSFER);
        p.setDate(date);
        payments.record(invoice.getId(), p);
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    private Client client(String name, String currency, ClientGroup... groups) {
        Client client = testData.company(name, name.toLowerCase() + "@example.com");
        client.setCurrency(currency);
        client.setGroups(Set.of(groups));
        return testData.save(client);
    }

    private Invoice invoice(Client client, String price, LocalDate issued, boolean sent) {
        Invoice invoice = invoices.newInvoice(client.getId());
        invoice.setIssueDate(issued);
        invoice.setDueDate(issued.plusDays(28));
        invoice.setLines(List.of(new DocumentLine("Work", BigDecimal.ONE, new BigDecimal(price), BigDecimal.ZERO)));
        invoice = invoices.save(invoice);
        return sent ? invoices.markSent(invoice.getId()) : invoice;
    }

    @Test
    void the_group_report_sums_per_group_and_currency_most_valuable_first_with_no_group_ranked_by_value() {
        actAs(TestData.MANAGER, "MANAGER");

        List<GroupReportRow> rows = reports.groupReport(FROM, TO);

        assertThat(rows)
                .containsExactly(
                        new GroupReportRow(
                                "Agencies",
                                "EUR",
                                2,
                                3,
                                new BigDecimal("320.00"),
                                new BigDecimal("260.00"),
                                new BigDecimal("60.00"),
                                new BigDecimal("17.0"),
                                new BigDecimal("56.1")),
                        new GroupReportRow(
                                null,
                                "EUR",
                                1,
                                1,
                                new BigDecimal("250.00"),
                                new BigDecimal("250.00"),
                                new BigDecimal("0.00"),
                                new BigDecimal("10.0"),
                                new BigDecimal("43.9")),
                        new GroupReportRow(
                                "Retail",
                                "EUR",
                                1,
                                1,
                                new BigDecimal("200.00"),
                                new BigDecimal("200.00"),
                                new BigDecimal("0.00"),
                                new BigDecimal("30.0"),
                                new BigDecimal("35.1")),
                        new GroupReportRow(
                                "Agencies",
                                "USD",
                                1,
                                1,
                                new BigDecimal("50.00"),
                                new BigDecimal("0.00"),
                                new BigDecimal("50.00"),
                                null,
                                new BigDecimal("100.0")));
    }

    @Test
    void a_period_that_ends_before_it_starts_is_refused() {
        actAs(TestData.MANAGER, "MANAGER");

        assertThatThrownBy(() -> reports.groupReport(TO, FROM)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_period_limits_the_invoices() {
        actAs(TestData.ADMIN, "ADMIN");

        assertThat(reports.groupReport(LocalDate.of(2026, 3, 1), TO)).isEmpty();
    }

    @Test
    void the_csv_neutralizes_formulas_and_names_the_no_group_bucket() {
        testData.group("=HYPERLINK(\"http://evil\")");
        actAs(TestData.MANAGER, "MANAGER");

        String csv = reports.groupReportCsv(
                FROM,
                TO,
                List.of(
                        "Group",
                        "Currency",
                        "Clients",
                        "Invoices",
                        "Invoiced",
                        "Paid",
                        "Outstanding",
                        "Avg days",
                        "Share"),
                "No group");

        assertThat(csv).isEqualTo("""
                Group,Currency,Clients,Invoices,Invoiced,Paid,Outstanding,Avg days,Share\r
                Agencies,EUR,2,3,320.00,260.00,60.00,17.0,56.1\r
                No group,EUR,1,1,250.00,250.00,0.00,10.0,43.9\r
                Retail,EUR,1,1,200.00,200.00,0.00,30.0,35.1\r
                Agencies,USD,1,1,50.00,0.00,50.00,,100.0\r
                """);
        assertThat(Csv.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(Csv.cell("-5")).isEqualTo("'-5");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    }

    @Test
    void staff_may_not_run_reports() {
        actAs(TestData.STAFF, "STAFF");

        assertThatThrownBy(() -> reports.groupReport(FROM, TO)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_group_report_pdf_speaks_the_given_language() throws Exception {
        actAs(TestData.MANAGER, "MANAGER");

        byte[] pdf = reports.groupReportPdf(FROM, TO, Locale.GERMAN);

        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("[\\h\\u00a0\\u202f]+", " ");
            assertThat(text)
                    .contains(
                            "Gruppenbericht",
                            "Rechnungen",
                            "Umsatzanteil",
                            "Agencies EUR 2 3 320,00 € 260,00 € 60,00 € 17,0 56,1 %",
                            "Keine Gruppe EUR 1 1 250,00 € 250,00 € 0,00 € 10,0 43,9 %",
                            "Agencies USD 1 1 50,00 $ 0,00 $ 50,00 $ – 100,0 %");
            assertThat(text.indexOf("Keine Gruppe")).isLessThan(text.indexOf("Retail"));
        }
    }

    private static CustomerReportRow row(
            String client,
            String currency,
            long invoices,
            String invoiced,
            String paid,
            String outstanding,
            LocalDate last) {
        return new CustomerReportRow(
                0,
                client,
                currency,
                invoices,
                new BigDecimal(invoiced),
                new BigDecimal(paid),
                new BigDecimal(outstanding),
                last);
    }

    private static List<CustomerReportRow> withoutIds(List<CustomerReportRow> rows) {
        return rows.stream()
                .map(r -> new CustomerReportRow(
                        0,
                        r.client(),
                        r.currency(),
                        r.invoices(),
                        r.invoiced(),
                        r.paid(),
                        r.outstanding(),
                        r.lastInvoice()))
                .toList();
    }

    @Test
    void the_customer_report_lists_each_invoiced_client_with_its_figures_by_name() {
        actAs(TestData.MANAGER, "MANAGER");
        CustomerReportFilter all = new CustomerReportFilter(FROM, TO, null);

        assertThat(withoutIds(customers.customers(all, PageRequest.of(0, 25))))
                .containsExactly(
                        row("A", "EUR", 2, "120.00", "60.00", "60.00", LocalDate.of(2026, 2, 10)),
                        row("B", "USD", 1, "50.00", "0.00", "50.00", FEB_1),
                        row("C", "EUR", 1, "200.00", "200.00", "0.00", FEB_1),
                        row("D", "EUR", 1, "250.00", "250.00", "0.00", FEB_1));
        assertThat(customers.countCustomers(all)).isEqualTo(4);
        assertThat(customers.totals(all))
                .containsExactly(
                        new CurrencyTotal(
                                "EUR",
                                3,
                                4,
                                new BigDecimal("570.00"),
                                new BigDecimal("510.00"),
                                new BigDecimal("60.00")),
                        new CurrencyTotal(
                                "USD", 1, 1, new BigDecimal("50.00"), new BigDecimal("0.00"), new BigDecimal("50.00")));
    }

    @Autowired
    CreditNoteService creditNotes;

    @Test
    void credit_notes_come_off_what_was_invoiced_and_what_is_outstanding() {
        Client e = client("E", "EUR");
        SystemAuthentication.run(() ->
                creditNotes.creditAmount(invoice(e, "300", FEB_1, true).getId(), new BigDecimal("100"), "Discount"));
        actAs(TestData.MANAGER, "MANAGER");

        assertThat(withoutIds(customers.customers(new CustomerReportFilter(FROM, TO, null), PageRequest.of(0, 25))))
                .contains(row("E", "EUR", 1, "200.00", "0.00", "200.00", FEB_1));
        assertThat(reports.groupReport(FROM, TO))
                .filteredOn(r -> r.group() == null)
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.invoiced()).isEqualByComparingTo("450.00");
                    assertThat(r.outstanding()).isEqualByComparingTo("200.00");
                });
    }

    @Test
    void the_customer_report_pages_and_sorts_in_sql_and_filters_by_group() {
        actAs(TestData.ADMIN, "ADMIN");
        CustomerReportFilter all = new CustomerReportFilter(FROM, TO, null);

        assertThat(customers.customers(all, PageRequest.of(1, 2, Sort.by(Sort.Direction.DESC, "invoiced"))))
                .extracting(CustomerReportRow::client)
                .containsExactly("A", "B");
        assertThat(customers.customers(all, PageRequest.of(0, 25, Sort.by("lastInvoice", "client"))))
                .extracting(CustomerReportRow::client)
                .containsExactly("B", "C", "D", "A");
        assertThat(customers.customers(all, PageRequest.of(0, 25, Sort.by("unknown; drop table clients"))))
                .extracting(CustomerReportRow::client)
                .containsExactly("A", "B", "C", "D");

        long retail = retailGroup.getId();
        CustomerReportFilter retailOnly = new CustomerReportFilter(FROM, TO, retail);
        assertThat(customers.customers(retailOnly, PageRequest.of(0, 25)))
                .extracting(CustomerReportRow::client)
                .containsExactly("C");
        assertThat(customers.countCustomers(retailOnly)).isEqualTo(1);
        assertThat(customers.totals(retailOnly))
                .extracting(CurrencyTotal::invoiced)
                .containsExactly(new BigDecimal("200.00"));
        assertThat(customers.customers(
                        new CustomerReportFilter(LocalDate.of(2026, 2, 5), TO, null), PageRequest.of(0, 25)))
                .extracting(CustomerReportRow::client, CustomerReportRow::invoiced)
                .containsExactly(Tuple.tuple("A", new BigDecimal("20.00")));
    }

    @Test
    void the_customer_report_csv_streams_every_row_with_a_bom_and_no_formulas() {
        Client evil = testData.save(testData.company("=SUM(1+1)*cmd", "evil@example.com"));
        SystemAuthentication.run(() -> invoice(evil, "5", FEB_1, true));
        actAs(TestData.MANAGER, "MANAGER");
        var out = new ByteArrayOutputStream();

        customers.writeCsv(
                new CustomerReportFilter(FROM, TO, null),
                Sort.by(Sort.Direction.DESC, "invoiced"),
                List.of("Client", "Currency", "Invoices", "Invoiced", "Paid", "Outstanding", "Last invoice", "Id"),
                out);

        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv)
                .startsWith("\uFEFFClient,Currency,Invoices,Invoiced,Paid,Outstanding,Last invoice,Id\r\nD,EUR,1,"
                        + "250.00,250.00,0.00,2026-02-01,");
        assertThat(csv.lines()).hasSize(6);
        assertThat(csv.lines().toList().getLast()).startsWith("'=SUM(1+1)*cmd,EUR,1,5.00,0.00,5.00,2026-02-01,");
    }

    @Test
    void the_customer_report_pdf_speaks_the_given_language_and_totals_per_currency() throws Exception {
        actAs(TestData.MANAGER, "MANAGER");

        byte[] pdf = customers.pdf(new CustomerReportFilter(FROM, TO, null), Sort.by("client"), Locale.FRENCH);

        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("[\\h\\u00a0\\u202f]+", " ");
            assertThat(text)
                    .contains(
                            "Rapport clients",
                            "Dernière",
                            "A EUR 2 120,00 € 60,00 € 60,00 € 10 févr. 2026",
                            "B USD 1 50,00 $US 0,00 $US 50,00 $US",
                            "Groupe : Tous les groupes",
                            "EUR — 570,00 € · 510,00 € · 60,00 €");
        }
    }

    @Test
    void the_customer_report_pdf_header_keeps_each_column_title_whole_in_every_language() throws Exception {
        actAs(TestData.MANAGER, "MANAGER");
        for (var language : List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH, Locale.forLanguageTag("es"))) {
            byte[] pdf = customers.pdf(new CustomerReportFilter(FROM, TO, null), Sort.by("client"), language);
            try (var document = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(document);
                String currency =
                        ResourceBundle.getBundle("reports.customers", language).getString("currency");
                // "Currenc" on one line and "y" on the next was how the narrow column printed it.
                assertThat(text.lines().map(String::strip))
                        .as(language.toString())
                        .anyMatch(l -> l.contains(currency));
            }
        }
    }

    @Test
    void staff_may_not_run_the_customer_report() {
        actAs(TestData.STAFF, "STAFF");

        assertThatThrownBy(() -> customers.countCustomers(new CustomerReportFilter(FROM, TO, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Autowired
    ClientService clientService;

    @Test
    void a_client_in_the_trash_keeps_counting_in_both_reports_for_its_period() {
        Client b = client("TrashedB", "USD");
        SystemAuthentication.run(() -> {
            invoice(b, "70", FEB_1, true);
            clientService.trash(List.of(b.getId()));
        });
        actAs(TestData.MANAGER, "MANAGER");
        CustomerReportFilter all = new CustomerReportFilter(FROM, TO, null);

        assertThat(customers.countCustomers(all)).isEqualTo(5);
        assertThat(customers.totals(all))
                .filteredOn(t -> t.currency().equals("USD"))
                .extracting(CurrencyTotal::invoiced)
                .containsExactly(new BigDecimal("120.00"));
        assertThat(reports.groupReport(FROM, TO))
                .filteredOn(r -> r.currency().equals("USD"))
                .extracting(GroupReportRow::invoiced)
                .contains(new BigDecimal("70.00"));
    }

    // Issue 22: the customer report narrowed to one client tag, together with a group.
    @Autowired
    io.clientele.client.ClientTags clientTags;

    @Test
    void the_customer_report_filters_by_a_client_tag_alone_or_with_a_group() {
        actAs(TestData.ADMIN, "ADMIN");
        List<Long> byName =
                customers.customers(new CustomerReportFilter(FROM, TO, null), PageRequest.of(0, 25)).stream()
                        .map(CustomerReportRow::clientId)
                        .toList();
        clientTags.add(List.of(byName.get(0), byName.get(2)), "Key account");
        long tag = clientTags.suggest("key", 0, 1).getFirst().getId();

        CustomerReportFilter tagged = new CustomerReportFilter(FROM, TO, null, tag, false);
        assertThat(customers.customers(tagged, PageRequest.of(0, 25)))
                .extracting(CustomerReportRow::client)
                .containsExactly("A", "C");
        assertThat(customers.countCustomers(tagged)).isEqualTo(2);
        assertThat(customers.totals(tagged))
                .extracting(CurrencyTotal::invoiced)
                .containsExactly(new BigDecimal("320.00"));
        assertThat(customers.customers(
                        new CustomerReportFilter(FROM, TO, retailGroup.getId(), tag, false), PageRequest.of(0, 25)))
                .extracting(CustomerReportRow::client)
                .containsExactly("C");
    }
}
