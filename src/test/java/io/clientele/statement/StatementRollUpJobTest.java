package io.clientele.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.billing.DocumentLine;
import io.clientele.billing.Invoice;
import io.clientele.billing.InvoiceService;
import io.clientele.billing.Payment;
import io.clientele.billing.PaymentMethod;
import io.clientele.billing.PaymentService;
import io.clientele.client.Client;
import io.clientele.client.ClientService;
import io.clientele.support.MailTest;
import io.clientele.support.TestData;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 22: a parent company's statement schedule rolls its subsidiaries up into the statements the job sends, in the
 * parent's language and currency, against a fixture added up by hand; the job runs as the system, so every live
 * subsidiary counts, whoever set the schedule.
 */
class StatementRollUpJobTest extends MailTest {

    @Autowired
    StatementService statements;

    @Autowired
    InvoiceService invoices;

    @Autowired
    PaymentService payments;

    @Autowired
    ClientService clients;

    @Autowired
    JdbcTemplate jdbc;

    private Client holding;
    private Invoice subInvoice;

    /**
     * Holding AG (German, EUR): invoice 100 on 10 January (brought forward into February). Tochter GmbH (EUR): invoice
     * 200 on 5 February, paid 50 on 10 February. Dollar Inc (USD): invoice 999 on 6 February, another currency, never
     * added to a euro statement. Papierkorb KG (EUR): invoice 400 on 7 February, then moved to the Trash.
     *
     * <p>Holding alone: 100 brought forward, closing 100. Rolled up: 100 + 200 - 50 = 250.
     */
    @BeforeEach
    void group() {
        Client h = testData.company("Holding AG", "h@holding.example");
        h.setLanguage("de");
        holding = testData.save(h);
        testData.contact(holding, "Frieda", "Finanz", c -> {
            c.setEmail("frieda@holding.example");
            c.setOptIn(true);
            c.setReceivesStatements(true);
        });
        Client tochter = child(testData.company("Tochter GmbH", "t@holding.example"));
        Client usd = testData.company("Dollar Inc", "d@holding.example");
        usd.setCurrency("USD");
        Client dollars = child(testData.save(usd));
        Client papierkorb = child(testData.company("Papierkorb KG", "p@holding.example"));
        SystemAuthentication.run(() -> {
            invoice(holding, LocalDate.of(2026, 1, 10), "100");
            subInvoice = invoice(tochter, LocalDate.of(2026, 2, 5), "200");
            Payment p = new Payment();
            p.setReference("ZAHL-T");
            p.setAmount(new BigDecimal("50"));
            p.setMethod(PaymentMethod.BANK_TRANSFER);
            p.setDate(LocalDate.of(2026, 2, 10));
            payments.record(subInvoice.getId(), p);
            invoice(dollars, LocalDate.of(2026, 2, 6), "999");
            invoice(papierkorb, LocalDate.of(2026, 2, 7), "400");
        });
        testData.trash(papierkorb);
    }

    private Client child(Client c) {
        return SystemAuthentication.call(() -> {
            Client stored = clients.get(c.getId());
            stored.setParent(clients.get(holding.getId()));
            return clients.save(stored);
        });
    }

    private Invoice invoice(Client client, LocalDate issued, String amount) {
        Invoice invoice = invoices.newInvoice(client.getId());
        invoice.setIssueDate(issued);
        invoice.setDueDate(issued.plusDays(30));
        invoice.setLines(List.of(new DocumentLine("Arbeit", BigDecimal.ONE, new BigDecimal(amount), BigDecimal.ZERO)));
        return invoices.markSent(invoices.save(invoice).getId());
    }

    private void schedule(boolean rollUp) {
        SystemAuthentication.run(() -> {
            StatementSchedule s = statements.schedule(holding.getId());
            s.setFrequency(StatementFrequency.MONTHLY);
            s.setRollUpSubsidiaries(rollUp);
            statements.saveSchedule(s);
        });
    }

    /** The job on 1 March 2026: February's statements. */
    private int jobInMarch() {
        Clock fixed = Clock.fixed(LocalDate.of(2026, 3, 1).atTime(6, 30).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        return new StatementJob(statements, fixed, StatementJob.DISABLED).runOn(LocalDate.now(fixed));
    }

    @Test
    void the_job_rolls_the_live_subsidiaries_in_the_parents_currency_into_its_statement_as_added_up_by_hand()
            throws Exception {
        schedule(true);

        assertThat(jobInMarch()).isEqualTo(1);

        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("frieda@holding.example");
        assertThat(body(mail)).contains("Saldo am Ende des Zeitraums: 250,00\u00a0€");
        // Long descriptions wrap: read the lines as one.
        String pdf = statementPdf(mail).replace('\n', ' ');
        assertThat(pdf)
                .contains(
                        "Kontoauszug",
                        "Saldovortrag 100,00 €",
                        "Rechnung " + subInvoice.getNumber() + " · Tochter GmbH 200,00 € 300,00 €",
                        "Zahlung ZAHL-T (" + subInvoice.getNumber() + ") · Tochter GmbH 50,00 € 250,00 €",
                        "Offener Betrag 250,00 €")
                .doesNotContain("Dollar Inc", "999", "Papierkorb KG", "400,00");
    }

    @Test
    void without_the_roll_up_the_job_sends_the_parent_only_its_own_documents() throws Exception {
        schedule(false);

        assertThat(jobInMarch()).isEqualTo(1);

        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(body(mail)).contains("Saldo am Ende des Zeitraums: 100,00\u00a0€");
        assertThat(statementPdf(mail).replace('\n', ' '))
                .contains("Saldovortrag 100,00 €", "Offener Betrag 100,00 €")
                .doesNotContain("Tochter GmbH");
    }

    @Test
    void the_roll_up_is_refused_for_a_company_without_subsidiaries_and_kept_by_whom_sees_none_of_them() {
        Client alone = testData.company("Allein GmbH", "a@allein.example");
        assertThatThrownBy(() -> SystemAuthentication.run(() -> {
                    StatementSchedule s = statements.schedule(alone.getId());
                    s.setRollUpSubsidiaries(true);
                    statements.saveSchedule(s);
                }))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "statement.roll-up.no-subsidiaries");

        schedule(true);
        // A restricted staff member who owns only the parent sees none of its subsidiaries, and may still change the
        // frequency without losing the roll-up the administrator set.
        long staff = testData.accountId(TestData.STAFF);
        jdbc.update("update clients set owner_id = ? where id = ?", staff, holding.getId());
        jdbc.update("update clients set owner_id = null where parent_id = ?", holding.getId());
        testData.restrictStaff();
        actAsAccount(TestData.STAFF);
        StatementSchedule s = statements.schedule(holding.getId());
        s.setFrequency(StatementFrequency.QUARTERLY);
        statements.saveSchedule(s);

        StatementSchedule stored = SystemAuthentication.call(() -> statements.schedule(holding.getId()));
        assertThat(stored.getFrequency()).isEqualTo(StatementFrequency.QUARTERLY);
        assertThat(stored.isRollUpSubsidiaries()).isTrue();
    }

    /** The mail's text part. */
    private static String body(MimeMessage mail) throws Exception {
        return String.valueOf(part(mail.getContent(), false));
    }

    /** The statement PDF attached to the mail, as text with every kind of space a plain one. */
    private static String statementPdf(MimeMessage mail) throws Exception {
        BodyPart pdf = (BodyPart) part(mail.getContent(), true);
        assertThat(pdf).isNotNull();
        try (InputStream in = pdf.getInputStream();
                PDDocument document = Loader.loadPDF(in.readAllBytes())) {
            return new PDFTextStripper().getText(document).replaceAll("[\\h\\u00a0\\u202f]+", " ");
        }
    }

    /** The statement attachment (a body part) or the first plain-text part (its text), however deep they nest. */
    private static @Nullable Object part(Object content, boolean attachment) throws Exception {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                String name = part.getFileName();
                if (name != null) {
                    if (attachment && name.startsWith("statement-")) {
                        return part;
                    }
                    continue;
                }
                if (!attachment && part.isMimeType("text/plain")) {
                    return part.getContent().toString();
                }
                Object found = part(part.getContent(), attachment);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        return !attachment && content instanceof String text ? text : null;
    }
}
