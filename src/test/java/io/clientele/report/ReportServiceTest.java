package io.clientele.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.base.security.SystemAuthentication;
import io.clientele.billing.DocumentLine;
import io.clientele.billing.Invoice;
import io.clientele.billing.InvoiceService;
import io.clientele.billing.Payment;
import io.clientele.billing.PaymentMethod;
import io.clientele.billing.PaymentService;
import io.clientele.client.Client;
import io.clientele.client.ClientGroup;
import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** The group report: SQL aggregation per group and currency, the "No group" bucket, CSV without formulas. */
class ReportServiceTest extends SpringTest {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 31);

    @Autowired
    ReportService reports;
    @Autowired
    InvoiceService invoices;
    @Autowired
    PaymentService payments;

    @BeforeEach
    void data() {
        ClientGroup agencies = testData.group("Agencies");
        ClientGroup retail = testData.group("Retail");
        Client a = client("A", "EUR", agencies);
        Client b = client("B", "USD", agencies);
        Client c = client("C", "EUR", agencies, retail);
        Client d = client("D", "EUR");
        SystemAuthentication.run(() -> {
            Invoice ia = invoice(a, "100", true);
            Payment p = new Payment();
            p.setReference("P-1");
            p.setAmount(new BigDecimal("40"));
            p.setMethod(PaymentMethod.BANK_TRANSFER);
            p.setDate(LocalDate.of(2026, 3, 1));
            payments.record(ia.getId(), p);
            invoice(b, "50", true);
            invoice(c, "200", true);
            invoice(d, "10", true);
            invoice(d, "999", false); // a draft counts nowhere
        });
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

    private Invoice invoice(Client client, String price, boolean sent) {
        Invoice invoice = invoices.newInvoice(client.getId());
        invoice.setIssueDate(LocalDate.of(2026, 2, 1));
        invoice.setDueDate(LocalDate.of(2026, 3, 1));
        invoice.setLines(List.of(new DocumentLine("Work", BigDecimal.ONE, new BigDecimal(price), BigDecimal.ZERO)));
        invoice = invoices.save(invoice);
        return sent ? invoices.markSent(invoice.getId()) : invoice;
    }

    private static void actAs(String username, String role) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role))));
        SecurityContextHolder.setContext(context);
    }

    @Test
    void the_group_report_sums_per_group_and_currency_with_a_no_group_bucket_last() {
        actAs(TestData.MANAGER, "MANAGER");

        List<GroupReportRow> rows = reports.groupReport(FROM, TO);

        assertThat(rows).containsExactly(
                new GroupReportRow("Agencies", "EUR", 2, 2, new BigDecimal("300.00"), new BigDecimal("40.00"),
                        new BigDecimal("260.00")),
                new GroupReportRow("Agencies", "USD", 1, 1, new BigDecimal("50.00"), new BigDecimal("0.00"),
                        new BigDecimal("50.00")),
                new GroupReportRow("Retail", "EUR", 1, 1, new BigDecimal("200.00"), new BigDecimal("0.00"),
                        new BigDecimal("200.00")),
                new GroupReportRow(null, "EUR", 1, 1, new BigDecimal("10.00"), new BigDecimal("0.00"),
                        new BigDecimal("10.00")));
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

        String csv = reports.groupReportCsv(FROM, TO,
                List.of("Group", "Currency", "Clients", "Invoices", "Invoiced", "Paid", "Outstanding"), "No group");

        assertThat(csv).startsWith("Group,Currency,Clients,Invoices,Invoiced,Paid,Outstanding\r\n")
                .contains("Agencies,EUR,2,2,300.00,40.00,260.00\r\n")
                .endsWith("No group,EUR,1,1,10.00,0.00,10.00\r\n");
        assertThat(io.clientele.base.reporting.Csv.cell("=HYPERLINK(\"http://evil\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(io.clientele.base.reporting.Csv.cell("-5")).isEqualTo("'-5");
        assertThat(io.clientele.base.reporting.Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    }

    @Test
    void staff_may_not_run_reports() {
        actAs(TestData.STAFF, "STAFF");

        assertThatThrownBy(() -> reports.groupReport(FROM, TO))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void the_group_report_pdf_speaks_the_given_language() throws Exception {
        actAs(TestData.MANAGER, "MANAGER");

        byte[] pdf = reports.groupReportPdf(FROM, TO, java.util.Locale.GERMAN);

        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document)
                    .replaceAll("[\\h\\u00a0\\u202f]+", " ");
            assertThat(text).contains("Gruppenbericht", "Agencies EUR 2 2 300,00 € 40,00 € 260,00 €",
                    "Agencies USD 1 1 50,00 $ 0,00 $ 50,00 $", "Keine Gruppe EUR 1 1 10,00 € 0,00 € 10,00 €");
        }
    }
}
