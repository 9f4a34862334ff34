package io.clientele.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.base.security.SystemAuthentication;
import io.clientele.billing.DocumentLine;
import io.clientele.billing.Invoice;
import io.clientele.billing.InvoiceService;
import io.clientele.billing.Payment;
import io.clientele.billing.PaymentMethod;
import io.clientele.billing.PaymentService;
import io.clientele.client.Client;
import io.clientele.client.ClientService;
import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** Issue 22: the customer report with subsidiaries rolled up into their top-most parent, against a hand-added fixture. */
class CustomerReportRollUpTest extends SpringTest {

    private static final LocalDate FROM = LocalDate.of(2026, 3, 1);
    private static final LocalDate TO = LocalDate.of(2026, 3, 31);

    @Autowired
    CustomerReportService report;

    @Autowired
    InvoiceService invoices;

    @Autowired
    PaymentService payments;

    @Autowired
    ClientService clients;

    private Client child(String name, Client parent) {
        Client c = testData.company(name, "c@report.example");
        return SystemAuthentication.call(() -> {
            Client stored = clients.get(c.getId());
            stored.setParent(clients.get(parent.getId()));
            return clients.save(stored);
        });
    }

    private Invoice invoice(Client client, int day, String amount) {
        return SystemAuthentication.call(() -> {
            Invoice invoice = invoices.newInvoice(client.getId());
            invoice.setIssueDate(LocalDate.of(2026, 3, day));
            invoice.setDueDate(LocalDate.of(2026, 4, day));
            invoice.setLines(
                    List.of(new DocumentLine("Work", BigDecimal.ONE, new BigDecimal(amount), BigDecimal.ZERO)));
            return invoices.markSent(invoices.save(invoice).getId());
        });
    }

    private static String summary(CustomerReportRow r) {
        return r.client() + " " + r.invoices() + " " + r.invoiced().toPlainString() + " "
                + r.paid().toPlainString() + " " + r.outstanding().toPlainString();
    }

    /**
     * Holding 100; Sub 200 of which 50 paid; Sub-sub (Sub's subsidiary) 30; Other, on its own, 70. Rolled up the
     * holding has 3 invoices, 330 invoiced, 50 paid, 280 outstanding; the totals stay 400 / 50 / 350.
     */
    @Test
    void rolled_up_every_descendant_counts_under_its_top_most_parent_as_added_up_by_hand() {
        Client holding = testData.company("Holding Report AG", "h@report.example");
        Client sub = child("Sub Report GmbH", holding);
        Client subSub = child("Sub Sub Report Ltd", sub);
        Client other = testData.company("Other Report SA", "o@report.example");
        invoice(holding, 2, "100");
        Invoice subInvoice = invoice(sub, 5, "200");
        SystemAuthentication.run(() -> {
            Payment p = new Payment();
            p.setReference("PAY-R");
            p.setAmount(new BigDecimal("50"));
            p.setMethod(PaymentMethod.BANK_TRANSFER);
            p.setDate(LocalDate.of(2026, 3, 10));
            payments.record(subInvoice.getId(), p);
        });
        invoice(subSub, 12, "30");
        invoice(other, 15, "70");
        actAsAccount(TestData.MANAGER);

        CustomerReportFilter rolled = new CustomerReportFilter(FROM, TO, null, null, true);
        assertThat(report.customers(rolled, PageRequest.of(0, 25)))
                .extracting(CustomerReportRollUpTest::summary)
                .containsExactly("Holding Report AG 3 330.00 50.00 280.00", "Other Report SA 1 70.00 0.00 70.00");
        assertThat(report.countCustomers(rolled)).isEqualTo(2);
        assertThat(report.totals(rolled)).singleElement().satisfies(t -> {
            assertThat(t.clients()).isEqualTo(2);
            assertThat(t.invoiced()).isEqualByComparingTo("400");
            assertThat(t.outstanding()).isEqualByComparingTo("350");
        });

        CustomerReportFilter each = new CustomerReportFilter(FROM, TO, null);
        assertThat(report.customers(each, PageRequest.of(0, 25)))
                .extracting(CustomerReportRollUpTest::summary)
                .containsExactly(
                        "Holding Report AG 1 100.00 0.00 100.00",
                        "Other Report SA 1 70.00 0.00 70.00",
                        "Sub Report GmbH 1 200.00 50.00 150.00",
                        "Sub Sub Report Ltd 1 30.00 0.00 30.00");
    }
}
