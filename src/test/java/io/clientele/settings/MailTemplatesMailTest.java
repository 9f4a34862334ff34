package io.clientele.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.account.PasswordLinks;
import io.clientele.base.mail.MailTemplateText;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.billing.BillingFormat;
import io.clientele.billing.CreditNote;
import io.clientele.billing.CreditNoteService;
import io.clientele.billing.DocumentMailService;
import io.clientele.billing.DocumentType;
import io.clientele.billing.Invoice;
import io.clientele.billing.MailDraft;
import io.clientele.billing.MailRequest;
import io.clientele.billing.Quote;
import io.clientele.billing.ReminderMail;
import io.clientele.billing.StatementMail;
import io.clientele.client.Client;
import io.clientele.client.PortalSections;
import io.clientele.helpdesk.SupportService;
import io.clientele.portal.PortalService;
import io.clientele.support.MailTest;
import io.clientele.support.TestData;
import io.clientele.support.TestDocuments;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every kind of e-mail with a template, sent through a real SMTP server in two languages: English with the template
 * the business changed, German with the built-in text (which must read as it did before templates existed).
 */
class MailTemplatesMailTest extends MailTest {

    @Autowired
    CreditNoteService creditNotes;

    @Autowired
    MailTemplateService templates;

    @Autowired
    DocumentMailService mails;

    @Autowired
    TestDocuments documents;

    @Autowired
    PasswordLinks passwordLinks;

    @Autowired
    SupportService support;

    @Autowired
    PortalService portal;

    private Client acme;
    private Client kunde;

    @BeforeEach
    void setUp() {
        acme = testData.company("Acme Ltd", "ap@acme.example");
        kunde = testData.reload(testData.company("Kunde GmbH", "buchhaltung@kunde.example"));
        kunde.setLanguage("de");
        kunde = testData.save(kunde);
        login(TestData.ADMIN);
    }

    private void customize(String kind, String subject, String body) {
        templates.save(kind, "en", new MailTemplateText(subject, body), null);
    }

    /**
     * The {@code n}th mail (from 1) to an address, once {@code total} mails arrived. GreenMail lists mails by
     * mailbox, so only the order within one recipient's mails is the order they were sent in.
     */
    private MimeMessage mailTo(String address, int n, int total) throws Exception {
        assertThat(smtp.waitForIncomingEmail(20_000, total)).isTrue();
        List<MimeMessage> to = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().equals(address)) {
                to.add(m);
            }
        }
        assertThat(to).hasSizeGreaterThanOrEqualTo(n);
        return to.get(n - 1);
    }

    /** The plain-text body, whether the mail has attachments or not; line ends as written, one final newline. */
    private static String text(MimeMessage message) throws Exception {
        return plain(message).replace("\r\n", "\n").strip() + "\n";
    }

    private static String plain(Part part) throws Exception {
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = plain(multipart.getBodyPart(i));
                if (!found.isEmpty()) {
                    return found;
                }
            }
            return "";
        }
        return part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())
                ? part.getContent().toString()
                : "";
    }

    private void send(DocumentType type, long id, MailDraft draft) {
        mails.send(
                type,
                id,
                new MailRequest(
                        UUID.randomUUID().toString(),
                        draft.to(),
                        draft.cc(),
                        draft.bcc(),
                        draft.subject(),
                        draft.body()));
    }

    @Test
    void invoice_mails_use_the_changed_english_template_and_the_built_in_german_one() throws Exception {
        customize(
                "invoice", "Your bill {invoice.number}", "Dear {client.name},\npay {invoice.balance}: {public.link}\n");
        Invoice en = documents.issuedInvoice(acme, "Work|1|100|0");
        Invoice de = documents.issuedInvoice(kunde, "Beratung|2|617.28|0");

        send(DocumentType.INVOICE, en.getId(), mails.draft(DocumentType.INVOICE, en.getId()));
        send(DocumentType.INVOICE, de.getId(), mails.draft(DocumentType.INVOICE, de.getId()));

        MimeMessage first = mailTo("ap@acme.example", 1, 2);
        assertThat(first.getSubject()).isEqualTo("Your bill " + en.getNumber());
        assertThat(text(first))
                .isEqualTo("Dear Acme Ltd,\npay €100.00: https://billing.clientele.test/public/invoice/"
                        + documents.publicToken(en) + "\n");
        MimeMessage second = mailTo("buchhaltung@kunde.example", 1, 2);
        assertThat(second.getSubject()).isEqualTo("Rechnung " + de.getNumber() + " von Clientele");
        assertThat(text(second))
                .isEqualTo("Guten Tag Kunde GmbH,\n\nanbei erhalten Sie die Rechnung " + de.getNumber()
                        + " von Clientele.\n\nOffener Betrag: 1.234,56\u00a0€\nFällig am: "
                        + BillingFormat.date(de.getDueDate(), Locale.GERMAN)
                        + "\n\nRechnung online ansehen:\nhttps://billing.clientele.test/public/invoice/"
                        + documents.publicToken(de) + "\n\nMit freundlichen Grüßen\nClientele\n");
    }

    @Test
    void statement_mails_use_the_changed_english_template_and_the_built_in_german_one() throws Exception {
        customize(
                "statement",
                "Your {statement.period} statement",
                "{client.name} owes {statement.balance} at the end of {statement.period}.\n");
        documents.issuedInvoice(acme, "Work|1|100|0");
        java.time.LocalDate from = java.time.LocalDate.of(2026, 11, 1);
        java.time.LocalDate to = java.time.LocalDate.of(2026, 11, 30);

        mails.sendStatement(acme.getId(), new StatementMail(from, to, false, List.of("ap@acme.example")));
        mails.sendStatement(kunde.getId(), new StatementMail(from, to, false, List.of("buchhaltung@kunde.example")));

        MimeMessage first = mailTo("ap@acme.example", 1, 2);
        String period = BillingFormat.date(from, Locale.ENGLISH) + " – " + BillingFormat.date(to, Locale.ENGLISH);
        assertThat(first.getSubject()).isEqualTo("Your " + period + " statement");
        assertThat(text(first)).startsWith("Acme Ltd owes €").endsWith(" at the end of " + period + ".\n");
        MimeMessage second = mailTo("buchhaltung@kunde.example", 1, 2);
        String zeitraum = BillingFormat.date(from, Locale.GERMAN) + " – " + BillingFormat.date(to, Locale.GERMAN);
        assertThat(second.getSubject()).isEqualTo("Kontoauszug " + zeitraum + " von Clientele");
        assertThat(text(second))
                .startsWith("Guten Tag Kunde GmbH,\n\nanbei erhalten Sie Ihren Kontoauszug für den Zeitraum " + zeitraum
                        + ".\n\nSaldo am Ende des Zeitraums: 0,00\u00a0€")
                .endsWith("Mit freundlichen Grüßen\nClientele\n");
    }

    @Test
    void credit_note_mails_use_the_changed_english_template_and_the_built_in_german_one() throws Exception {
        customize("credit-note", "Credit {credit-note.number}", "{client.name}, we credited {credit-note.total}.\n");
        Invoice enInvoice = documents.issuedInvoice(acme, "Work|1|100|0");
        Invoice deInvoice = documents.issuedInvoice(kunde, "Beratung|1|50|0");
        CreditNote en = creditNotes.creditAmount(enInvoice.getId(), new BigDecimal("20"), "Goodwill");
        CreditNote de = creditNotes.cancelInvoice(deInvoice.getId(), "Storno");

        send(DocumentType.CREDIT_NOTE, en.getId(), mails.draft(DocumentType.CREDIT_NOTE, en.getId()));
        send(DocumentType.CREDIT_NOTE, de.getId(), mails.draft(DocumentType.CREDIT_NOTE, de.getId()));

        MimeMessage first = mailTo("ap@acme.example", 1, 2);
        assertThat(first.getSubject()).isEqualTo("Credit " + en.getNumber());
        assertThat(text(first)).isEqualTo("Acme Ltd, we credited €20.00.\n");
        MimeMessage second = mailTo("buchhaltung@kunde.example", 1, 2);
        assertThat(second.getSubject()).isEqualTo("Gutschrift " + de.getNumber() + " von Clientele");
        assertThat(text(second))
                .startsWith("Guten Tag Kunde GmbH,\n\nanbei erhalten Sie die Gutschrift " + de.getNumber())
                .contains("Gutgeschriebener Betrag: 50,00\u00a0€")
                .endsWith("Mit freundlichen Grüßen\nClientele\n");
    }

    @Test
    void quote_mails_use_the_changed_english_template_and_the_built_in_german_one() throws Exception {
        customize("quote", "Offer {quote.number}", "Hi {client.name}, our offer totals {quote.total}.\n");
        Quote en = documents.issuedQuote(acme, "Work|1|100|0");
        Quote de = documents.issuedQuote(kunde, "Beratung|1|50|0");

        send(DocumentType.QUOTE, en.getId(), mails.draft(DocumentType.QUOTE, en.getId()));
        send(DocumentType.QUOTE, de.getId(), mails.draft(DocumentType.QUOTE, de.getId()));

        MimeMessage first = mailTo("ap@acme.example", 1, 2);
        assertThat(first.getSubject()).isEqualTo("Offer " + en.getNumber());
        assertThat(text(first)).isEqualTo("Hi Acme Ltd, our offer totals €100.00.\n");
        MimeMessage second = mailTo("buchhaltung@kunde.example", 1, 2);
        assertThat(second.getSubject()).isEqualTo("Angebot " + de.getNumber() + " von Clientele");
        assertThat(text(second))
                .startsWith("Guten Tag Kunde GmbH,\n\nanbei erhalten Sie unser Angebot " + de.getNumber() + ".\n\n")
                .contains("Gesamtbetrag: 50,00\u00a0€")
                .endsWith("Mit freundlichen Grüßen\nClientele\n");
    }

    @Test
    void a_recurring_invoice_uses_its_own_template_and_not_the_invoice_one() throws Exception {
        customize("recurring", "Monthly {invoice.number}", "This month: {invoice.total}\n");
        customize("invoice", "One-off {invoice.number}", "Not this one\n");
        Invoice en = documents.issuedInvoice(acme, "Hosting|1|20|0");
        Invoice de = documents.issuedInvoice(kunde, "Hosting|1|20|0");

        send(DocumentType.INVOICE, en.getId(), mails.draftRecurring(en.getId()));
        send(DocumentType.INVOICE, de.getId(), mails.draftRecurring(de.getId()));

        MimeMessage first = mailTo("ap@acme.example", 1, 2);
        assertThat(first.getSubject()).isEqualTo("Monthly " + en.getNumber());
        assertThat(text(first)).isEqualTo("This month: €20.00\n");
        assertThat(mailTo("buchhaltung@kunde.example", 1, 2).getSubject())
                .isEqualTo("Rechnung " + de.getNumber() + " von Clientele");
    }

    @Test
    void each_reminder_step_has_its_template_in_both_languages() throws Exception {
        customize("reminder-1", "Soon due {invoice.number}", "Step one for {client.name}\n");
        customize("reminder-2", "Overdue {invoice.number}", "Step two, due {invoice.due-date}\n");
        customize("reminder-3", "Final notice {invoice.number}", "Step three: {invoice.balance}\n");
        Invoice en = documents.issuedInvoice(acme, "Work|1|100|0");
        Invoice de = documents.issuedInvoice(kunde, "Beratung|1|100|0");
        String due = BillingFormat.date(en.getDueDate(), Locale.ENGLISH);

        mails.sendReminder(en.getId(), new ReminderMail("r1-en", false, null, 1));
        mails.sendReminder(de.getId(), new ReminderMail("r1-de", false, null, 1));
        mails.sendReminder(en.getId(), new ReminderMail("r2-en", true, null, 2));
        mails.sendReminder(de.getId(), new ReminderMail("r2-de", true, null, 2));
        mails.sendReminder(en.getId(), new ReminderMail("r3-en", true, null, 3));
        mails.sendReminder(de.getId(), new ReminderMail("r3-de", true, null, 3));

        assertThat(mailTo("ap@acme.example", 1, 6).getSubject()).isEqualTo("Soon due " + en.getNumber());
        assertThat(text(mailTo("ap@acme.example", 1, 6))).isEqualTo("Step one for Acme Ltd\n");
        assertThat(mailTo("buchhaltung@kunde.example", 1, 6).getSubject())
                .isEqualTo("Anstehende Zahlung: Rechnung " + de.getNumber() + " von Clientele");
        assertThat(text(mailTo("buchhaltung@kunde.example", 1, 6)))
                .contains("dass die Rechnung " + de.getNumber() + " am ");
        assertThat(mailTo("ap@acme.example", 2, 6).getSubject()).isEqualTo("Overdue " + en.getNumber());
        assertThat(text(mailTo("ap@acme.example", 2, 6))).isEqualTo("Step two, due " + due + "\n");
        assertThat(mailTo("buchhaltung@kunde.example", 2, 6).getSubject())
                .isEqualTo("Zahlungserinnerung: Rechnung " + de.getNumber() + " von Clientele");
        assertThat(text(mailTo("buchhaltung@kunde.example", 2, 6)))
                .contains("noch nicht bezahlt")
                .doesNotContain("Mahngebühr");
        assertThat(mailTo("ap@acme.example", 3, 6).getSubject()).isEqualTo("Final notice " + en.getNumber());
        assertThat(text(mailTo("ap@acme.example", 3, 6))).isEqualTo("Step three: €100.00\n");
        assertThat(mailTo("buchhaltung@kunde.example", 3, 6).getSubject())
                .isEqualTo("Zahlungserinnerung: Rechnung " + de.getNumber() + " von Clientele");
    }

    @Test
    void welcome_and_password_mails_use_the_changed_english_template_and_the_built_in_german_one() throws Exception {
        customize("welcome", "Welcome to {client.name}", "User {account.username}\nSet: {password.link}\n");
        customize("password-reset", "New password for {account.username}", "Go to {password.link}\n");
        testData.clientAccount("acmeuser", acme);
        testData.clientAccount("kundeuser", kunde);

        SystemAuthentication.run(() -> passwordLinks.sendWelcome(testData.accountId("acmeuser")));
        SystemAuthentication.run(() -> passwordLinks.sendWelcome(testData.accountId("kundeuser")));

        MimeMessage first = mailTo("acmeuser@test.example", 1, 2);
        assertThat(first.getSubject()).isEqualTo("Welcome to Acme Ltd");
        assertThat(text(first)).startsWith("User acmeuser\nSet: https://billing.clientele.test/set-password/");
        MimeMessage second = mailTo("kundeuser@test.example", 1, 2);
        assertThat(second.getSubject()).isEqualTo("Ihr Zugang zum Kundenportal für Kunde GmbH");
        assertThat(text(second))
                .startsWith("Guten Tag,\n\nfür Sie wurde ein Zugang zum Kundenportal von Kunde GmbH angelegt."
                        + " Ihr Benutzername lautet kundeuser.");

        passwordLinks.request("acmeuser");
        MimeMessage third = mailTo("acmeuser@test.example", 2, 3);
        assertThat(third.getSubject()).isEqualTo("New password for acmeuser");
        assertThat(text(third)).startsWith("Go to https://billing.clientele.test/set-password/");
        passwordLinks.request("kundeuser");
        MimeMessage fourth = mailTo("kundeuser@test.example", 2, 4);
        assertThat(fourth.getSubject()).isEqualTo("Neues Passwort für Ihren Zugang zum Kundencenter");
        assertThat(text(fourth)).contains("für das Konto kundeuser wurde ein neues Passwort angefordert");
    }

    @Test
    void a_support_reply_uses_the_changed_english_template_and_the_built_in_german_one() throws Exception {
        customize(
                "support-reply",
                "Re #{request.number} {request.subject}",
                "{author.name} wrote:\n{message.text}\n{public.link}\n");
        testData.setPortalSections(acme, PortalSections.ALL);
        testData.setPortalSections(kunde, PortalSections.ALL);
        testData.clientAccount("acmeuser", acme);
        testData.clientAccount("kundeuser", kunde);
        actAsAccount("acmeuser");
        long enRequest = portal.openSupportRequest("Login", "I cannot log in", null, null)
                .id();
        actAsAccount("kundeuser");
        long deRequest =
                portal.openSupportRequest("Anmeldung", "Geht nicht", null, null).id();
        int before = smtp.getReceivedMessages().length;

        actAsAccount(TestData.STAFF);
        support.reply(enRequest, "Try again now.\nIt works.", null);
        support.reply(deRequest, "Bitte erneut versuchen.", null);

        MimeMessage first = mailTo("acmeuser@test.example", 1, before + 2);
        MimeMessage second = mailTo("kundeuser@test.example", 1, before + 2);
        assertThat(first.getSubject()).isEqualTo("Re #" + enRequest + " Login");
        assertThat(text(first))
                .isEqualTo("Sam Staff wrote:\nTry again now.\nIt works.\nhttps://billing.clientele.test/portal/support/"
                        + enRequest + "\n");
        assertThat(second.getSubject()).isEqualTo("Antwort auf Ihre Supportanfrage #" + deRequest + ": Anmeldung");
        assertThat(text(second)).startsWith("Hallo ").contains("Sam Staff hat auf Ihre Supportanfrage #" + deRequest);
    }
}
