package io.clientele.billing;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.base.security.SystemAuthentication;
import io.clientele.client.Client;
import io.clientele.client.ClientService;
import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 22: a parent company's statement with its subsidiaries rolled up, against a fixture added up by hand, and
 * as restricted staff, who roll up only the subsidiaries they may see.
 */
class StatementRollUpTest extends SpringTest {

    private static final LocalDate FROM = LocalDate.of(2026, 2, 1);
    private static final LocalDate TO = LocalDate.of(2026, 2, 28);

    @Autowired
    DocumentPdfService pdfs;

    @Autowired
    InvoiceService invoices;

    @Autowired
    PaymentService payments;

    @Autowired
    ClientService clients;

    @Autowired
    JdbcTemplate jdbc;

    private Client holding;
    private Client sub;
    private Client subSub;
    private Invoice subInvoice;
    private Client dollars;

    /**
     * Holding: invoice 100 in January (brought forward). Sub: invoice 200 on 5 Feb, paid 50 on 10 Feb. Sub-sub (a
     * subsidiary of Sub): invoice 30 on 12 Feb. A USD subsidiary's invoice of 999 is another currency and never added.
     * Holding alone: 100 forward, closing 100. Rolled up: 100 forward, + 200 - 50 + 30, closing 280.
     */
    @BeforeEach
    void group() {
        holding = testData.company("Holding Roll AG", "h@roll.example");
        sub = child("Sub Roll GmbH", holding);
        subSub = child("Sub Sub Roll Ltd", sub);
        Client usd = testData.company("Dollar Roll Inc", "d@roll.example");
        usd.setCurrency("USD");
        dollars = link(testData.save(usd), holding);
        SystemAuthentication.run(() -> {
            invoice(holding, LocalDate.of(2026, 1, 10), "100");
            subInvoice = invoice(sub, LocalDate.of(2026, 2, 5), "200");
            Payment p = new Payment();
            p.setReference("PAY-SUB");
            p.setAmount(new BigDecimal("50"));
            p.setMethod(PaymentMethod.BANK_TRANSFER);
            p.setDate(LocalDate.of(2026, 2, 10));
            payments.record(subInvoice.getId(), p);
            invoice(subSub, LocalDate.of(2026, 2, 12), "30");
            invoice(dollars, LocalDate.of(2026, 2, 6), "999");
        });
    }

    private Client child(String name, Client parent) {
        return link(testData.company(name, "c@roll.example"), parent);
    }

    private Client link(Client c, Client parent) {
        return SystemAuthentication.call(() -> {
            Client stored = clients.get(c.getId());
            stored.setParent(clients.get(parent.getId()));
            return clients.save(stored);
        });
    }

    private Invoice invoice(Client client, LocalDate issued, String amount) {
        Invoice invoice = invoices.newInvoice(client.getId());
        invoice.setIssueDate(issued);
        invoice.setDueDate(issued.plusDays(30));
        invoice.setLines(List.of(new DocumentLine("Work", BigDecimal.ONE, new BigDecimal(amount), BigDecimal.ZERO)));
        return invoices.markSent(invoices.save(invoice).getId());
    }

    @Test
    void the_rolled_up_statement_adds_every_descendant_to_the_parent_as_added_up_by_hand() throws IOException {
        actAsAccount(TestData.STAFF);

        assertThat(pdfs.statementClosing(holding.getId(), TO, false)).isEqualByComparingTo("100");
        assertThat(pdfs.statementClosing(holding.getId(), TO, true)).isEqualByComparingTo("280");
        assertThat(pdfs.statementClosing(sub.getId(), TO, true)).isEqualByComparingTo("180");

        String alone =
                DocumentPdfServiceTest.text(pdfs.statementPdf(holding.getId(), FROM, TO, PdfLanguage.CLIENT, false));
        assertThat(alone).contains("Balance due €100.00").doesNotContain("Sub Roll GmbH");
        // Long descriptions wrap: read the lines as one.
        String rolled = DocumentPdfServiceTest.text(
                        pdfs.statementPdf(holding.getId(), FROM, TO, PdfLanguage.CLIENT, true))
                .replace('\n', ' ');
        assertThat(rolled)
                .contains(
                        "Balance brought forward €100.00",
                        "Invoice " + subInvoice.getNumber() + " · Sub Roll GmbH €200.00 €300.00",
                        "Payment PAY-SUB (" + subInvoice.getNumber() + ") · Sub Roll GmbH €50.00 €250.00",
                        "Sub Sub Roll Ltd €30.00 €280.00",
                        "Balance due €280.00")
                .doesNotContain("999");
    }

    @Test
    void restricted_staff_roll_up_only_the_subsidiaries_they_may_see() {
        long staff = testData.accountId(TestData.STAFF);
        jdbc.update("update clients set owner_id = ? where id in (?, ?)", staff, holding.getId(), subSub.getId());
        jdbc.update("update clients set owner_id = null where id = ?", sub.getId());
        testData.restrictStaff();
        actAsAccount(TestData.STAFF);

        // Holding 100 and sub-sub 30; the hidden Sub's 200 - 50 stays out.
        assertThat(pdfs.statementClosing(holding.getId(), TO, true)).isEqualByComparingTo("130");
    }
}
