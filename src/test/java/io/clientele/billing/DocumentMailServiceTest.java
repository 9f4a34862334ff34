package io.clientele.billing;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.Component;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.ui.AppLanguages;
import io.clientele.billing.ui.PublicInvoiceView;
import io.clientele.client.Client;
import io.clientele.contact.RecipientRole;
import io.clientele.support.MailTest;
import io.clientele.support.TestData;
import io.clientele.support.TestDocuments;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Invoice and quote e-mails through a real SMTP server (GreenMail, started per test on a free port): recipients,
 * language, amounts, the public link, the Sent status and idempotency.
 */
class DocumentMailServiceTest extends MailTest {

    @Autowired
    DocumentMailService mail;

    @Autowired
    TestDocuments documents;

    @Autowired
    JdbcTemplate jdbc;

    private Client kunde;

    @BeforeEach
    void setUp() {
        kunde = german(testData.company("Kunde GmbH", "buchhaltung@kunde.example"));
        testData.contact(kunde, "Anna", "Berg", c -> {
            c.setEmail("anna@kunde.example");
            c.setDefaultRole(RecipientRole.TO);
        });
        testData.contact(kunde, "Carl", "Cohn", c -> {
            c.setEmail("carl@kunde.example");
            c.setDefaultRole(RecipientRole.CC);
        });
        testData.contact(kunde, "Bea", "Blind", c -> {
            c.setEmail("bea@audit.example");
            c.setDefaultRole(RecipientRole.BCC);
        });
        testData.contact(kunde, "Nora", "Nobody", c -> {
            c.setEmail("nora@kunde.example");
            c.setDefaultRole(RecipientRole.NONE);
        });
        testData.contact(kunde, "Paul", "Phone", c -> c.setDefaultRole(RecipientRole.TO)); // no address
        login(TestData.STAFF);
    }

    private Client german(Client client) {
        Client c = testData.reload(client);
        c.setLanguage("de");
        return testData.save(c);
    }

    private static MailRequest request(String key, List<String> to, List<String> cc, List<String> bcc) {
        return new MailRequest(key, to, cc, bcc, "Betreff", "Text");
    }

    @Test
    void the_draft_proposes_recipients_by_default_role_and_speaks_the_clients_language() {
        Invoice invoice = documents.issuedInvoice(kunde, "Beratung|2|617.28|0");

        MailDraft draft = mail.draft(DocumentType.INVOICE, invoice.getId());

        assertThat(draft.to()).containsExactly("anna@kunde.example");
        assertThat(draft.cc()).containsExactly("carl@kunde.example");
        assertThat(draft.bcc()).containsExactly("bea@audit.example");
        assertThat(draft.addressBook())
                .extracting(MailRecipient::label)
                .containsExactlyInAnyOrder(
                        "Kunde GmbH <buchhaltung@kunde.example>",
                        "Anna Berg <anna@kunde.example>",
                        "Carl Cohn <carl@kunde.example>",
                        "Bea Blind <bea@audit.example>",
                        "Nora Nobody <nora@kunde.example>");
        assertThat(draft.subject()).isEqualTo("Rechnung " + invoice.getNumber() + " von Clientele");
        assertThat(draft.body())
                .startsWith("Guten Tag Kunde GmbH,")
                .contains("Offener Betrag: 1.234,56\u00a0€")
                .contains("Fällig am: " + BillingFormat.date(invoice.getDueDate(), Locale.GERMAN))
                .contains("https://billing.clientele.test/public/invoice/" + documents.publicToken(invoice))
                .contains("Mit freundlichen Grüßen");
    }

    @Test
    void without_a_to_contact_the_clients_own_address_is_proposed() {
        Client solo = testData.company("Solo Ltd", "accounts@solo.example");
        testData.contact(solo, "Cleo", "Copy", c -> {
            c.setEmail("cleo@solo.example");
            c.setDefaultRole(RecipientRole.CC);
        });
        Quote quote = documents.issuedQuote(solo, "Design|1|99.5|0");

        MailDraft draft = mail.draft(DocumentType.QUOTE, quote.getId());

        assertThat(draft.to()).containsExactly("accounts@solo.example");
        assertThat(draft.cc()).containsExactly("cleo@solo.example");
        assertThat(draft.subject()).isEqualTo("Quote " + quote.getNumber() + " from Clientele");
        assertThat(draft.body()).contains("Total: €99.50").doesNotContain("/public/");
        assertThat(draft.publicUrl()).isNull();
    }

    @Test
    void sending_delivers_to_exactly_the_chosen_recipients_and_the_link_opens_the_invoice() throws Exception {
        // Issued first, as the E-mail action does: the proposed subject then carries the number.
        Invoice invoice = documents.issuedInvoice(kunde, "Beratung|2|617.28|0");
        MailDraft draft = mail.draft(DocumentType.INVOICE, invoice.getId());

        mail.send(
                DocumentType.INVOICE,
                invoice.getId(),
                new MailRequest(
                        UUID.randomUUID().toString(),
                        List.of("anna@kunde.example", "typed@elsewhere.example"),
                        List.of("nora@kunde.example"),
                        List.of("bea@audit.example"),
                        draft.subject(),
                        draft.body()));

        assertThat(smtp.waitForIncomingEmail(5000, 4)).isTrue();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(4); // one delivery per recipient, Bcc included
        assertThat(deliveredTo("anna@kunde.example")).isEqualTo(1);
        assertThat(deliveredTo("typed@elsewhere.example")).isEqualTo(1);
        assertThat(deliveredTo("nora@kunde.example")).isEqualTo(1);
        assertThat(deliveredTo("bea@audit.example")).isEqualTo(1);
        assertThat(deliveredTo("carl@kunde.example")).isZero(); // proposed, but the user took him out

        MimeMessage message = received[0];
        assertThat(addresses(message, Message.RecipientType.TO))
                .containsExactly("anna@kunde.example", "typed@elsewhere.example");
        assertThat(addresses(message, Message.RecipientType.CC)).containsExactly("nora@kunde.example");
        assertThat(message.getHeader("Bcc")).as("Bcc stays hidden").isNull();
        assertThat(((InternetAddress) message.getFrom()[0]).getAddress()).isEqualTo("billing@clientele.example");
        assertThat(message.getSubject())
                .isEqualTo("Rechnung " + documents.reload(invoice).getNumber() + " von Clientele");
        assertThat(decoded(message)).contains("Offener Betrag: 1.234,56\u00a0€").contains("Guten Tag Kunde GmbH,");

        assertThat(documents.reload(invoice).getStatus()).isEqualTo(InvoiceStatus.SENT);

        Matcher link = Pattern.compile("https://billing\\.clientele\\.test/(public/invoice/\\S+)")
                .matcher(decoded(message));
        assertThat(link.find()).isTrue();
        logout();
        navigate(link.group(1), PublicInvoiceView.class);
        assertThat(text("public-invoice-number"))
                .isEqualTo(documents.reload(invoice).getNumber());
        assertThat(documents.reload(invoice).getStatus()).isEqualTo(InvoiceStatus.VIEWED);
    }

    @Test
    void a_second_send_with_the_same_idempotency_key_delivers_nothing() throws Exception {
        Invoice invoice = documents.invoice(kunde, "Beratung|1|100|19");
        String key = UUID.randomUUID().toString();
        MailRequest request = request(key, List.of("anna@kunde.example"), List.of("carl@kunde.example"), List.of());

        mail.send(DocumentType.INVOICE, invoice.getId(), request);
        mail.send(DocumentType.INVOICE, invoice.getId(), request);

        assertThat(smtp.waitForIncomingEmail(5000, 2)).isTrue();
        Thread.sleep(300); // a second message would have arrived by now
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(Arrays.stream(received)
                        .map(DocumentMailServiceTest::messageId)
                        .distinct())
                .hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from mail_sends", Integer.class))
                .isEqualTo(1);

        mail.send(
                DocumentType.INVOICE,
                invoice.getId(),
                request(UUID.randomUUID().toString(), List.of("anna@kunde.example"), List.of(), List.of()));
        assertThat(smtp.waitForIncomingEmail(5000, 3))
                .as("a new dialog sends again")
                .isTrue();
    }

    @Test
    void invalid_or_missing_recipients_are_refused_and_nothing_is_sent() {
        Invoice invoice = documents.invoice(kunde, "Beratung|1|100|0");
        long id = invoice.getId();

        assertThatThrownBy(() -> mail.send(
                        DocumentType.INVOICE,
                        id,
                        request(
                                UUID.randomUUID().toString(),
                                List.of("anna@kunde.example"),
                                List.of("not an address"),
                                List.of())))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("billing.mail.address.invalid");
                    assertThat(e.getArguments()).containsExactly("not an address");
                });
        for (String bad : List.of("anna@kunde", "Anna <anna@kunde.example>", "a@b.example, c@d.example")) {
            assertThatThrownBy(() -> mail.send(
                            DocumentType.INVOICE,
                            id,
                            request(UUID.randomUUID().toString(), List.of(bad), List.of(), List.of())))
                    .as(bad)
                    .isInstanceOfSatisfying(
                            RuleViolationException.class,
                            e -> assertThat(e.getMessageKey()).isEqualTo("billing.mail.address.invalid"));
        }
        assertThatThrownBy(() -> mail.send(
                        DocumentType.INVOICE,
                        id,
                        request(UUID.randomUUID().toString(), List.of(), List.of("carl@kunde.example"), List.of())))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("billing.mail.recipient.required"));
        assertThatThrownBy(() -> mail.send(
                        DocumentType.INVOICE,
                        id,
                        new MailRequest(
                                UUID.randomUUID().toString(),
                                List.of("anna@kunde.example"),
                                List.of(),
                                List.of(),
                                " ",
                                "Text")))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("billing.mail.subject.required"));

        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(documents.reload(invoice).getStatus()).isEqualTo(InvoiceStatus.DRAFT);
        assertThat(jdbc.queryForObject("select count(*) from mail_sends", Integer.class))
                .isZero();
    }

    @Test
    void a_refused_delivery_marks_nothing_and_leaves_the_key_free_for_the_retry() {
        Invoice invoice = documents.invoice(kunde, "Beratung|1|100|0");
        MailRequest request =
                request(UUID.randomUUID().toString(), List.of("anna@kunde.example"), List.of(), List.of());
        mailServerDown();

        assertThatThrownBy(() -> mail.send(DocumentType.INVOICE, invoice.getId(), request))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("billing.mail.delivery-failed"));
        assertThat(documents.reload(invoice).getStatus()).isEqualTo(InvoiceStatus.DRAFT);
        assertThat(documents.reload(invoice).getNumber())
                .as("sending issues, and a refused delivery gives the number back")
                .isNull();
        assertThat(jdbc.queryForObject("select count(*) from mail_sends", Integer.class))
                .isZero();

        mailServerUp();
        mail.send(DocumentType.INVOICE, invoice.getId(), request);
        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        assertThat(documents.reload(invoice).getStatus()).isEqualTo(InvoiceStatus.SENT);
    }

    @Test
    void a_sent_quote_is_marked_sent() {
        Quote quote = documents.quote(kunde, "Entwurf|1|50|0");

        mail.send(
                DocumentType.QUOTE,
                quote.getId(),
                request(UUID.randomUUID().toString(), List.of("anna@kunde.example"), List.of(), List.of()));

        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        assertThat(documents.reload(quote).getStatus()).isEqualTo(QuoteStatus.SENT);
    }

    @Test
    void managers_may_not_send_documents() {
        Invoice invoice = documents.invoice(kunde, "Beratung|1|100|0");
        login(TestData.MANAGER);

        assertThatThrownBy(() -> mail.draft(DocumentType.INVOICE, invoice.getId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> mail.send(
                        DocumentType.INVOICE,
                        invoice.getId(),
                        request(UUID.randomUUID().toString(), List.of("anna@kunde.example"), List.of(), List.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void every_mail_template_language_has_every_key() throws Exception {
        Properties english = templates("");
        assertThat(english.stringPropertyNames()).hasSizeGreaterThan(10);
        for (String language : AppLanguages.CODES) {
            if (!language.equals("en")) {
                Properties other = templates("_" + language);
                assertThat(other.stringPropertyNames())
                        .as(language)
                        .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
                other.values().forEach(v -> assertThat((String) v).as(language).doesNotContain("'"));
            }
        }
    }

    private static Properties templates(String suffix) throws Exception {
        Properties p = new Properties();
        try (InputStream in =
                DocumentMailServiceTest.class.getResourceAsStream("/billing-mail/messages" + suffix + ".properties")) {
            assertThat(in).as("messages" + suffix).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private long deliveredTo(String address) {
        return smtp.findReceivedMessages(u -> u.getEmail().equalsIgnoreCase(address), m -> true)
                .count();
    }

    private static List<String> addresses(MimeMessage message, Message.RecipientType type) throws Exception {
        return Arrays.stream(message.getRecipients(type))
                .map(a -> ((InternetAddress) a).getAddress())
                .toList();
    }

    private static String decoded(MimeMessage message) throws Exception {
        return ((String) part(message, "text/plain").getContent()).replace("\r\n", "\n");
    }

    /** The first part of the message with this content type (the message itself when it is not multipart). */
    private static Part part(Part part, String contentType) throws Exception {
        if (part.isMimeType(contentType)) {
            return part;
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                Part found = partOrNull(multipart.getBodyPart(i), contentType);
                if (found != null) {
                    return found;
                }
            }
        }
        throw new AssertionError("no " + contentType + " part");
    }

    private static jakarta.mail.@Nullable Part partOrNull(Part part, String contentType) throws Exception {
        try {
            return part(part, contentType);
        } catch (AssertionError e) {
            return null;
        }
    }

    @Test
    void the_email_carries_the_pdf_in_the_clients_language() throws Exception {
        Invoice invoice = documents.invoice(kunde, "Beratung|2|617.28|0");

        mail.send(
                DocumentType.INVOICE,
                invoice.getId(),
                request(UUID.randomUUID().toString(), List.of("anna@kunde.example"), List.of(), List.of()));

        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        Part pdf = part(smtp.getReceivedMessages()[0], "application/pdf");
        assertThat(pdf.getFileName()).isEqualTo(documents.reload(invoice).getNumber() + ".pdf");
        byte[] bytes = pdf.getInputStream().readAllBytes();
        assertThat(DocumentPdfServiceTest.text(bytes))
                .contains("Rechnung", documents.reload(invoice).getNumber(), "Kunde GmbH", "1.234,56 €");
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getText();
    }
}
