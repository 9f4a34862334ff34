package io.clientele.billing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.combobox.ComboBoxBase;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import io.clientele.billing.CreditNote;
import io.clientele.billing.CreditNoteService;
import io.clientele.billing.DocumentType;
import io.clientele.billing.Invoice;
import io.clientele.billing.InvoiceService;
import io.clientele.billing.InvoiceStatus;
import io.clientele.billing.Quote;
import io.clientele.billing.QuoteStatus;
import io.clientele.client.Client;
import io.clientele.contact.RecipientRole;
import io.clientele.support.MailTest;
import io.clientele.support.TestData;
import io.clientele.support.TestDocuments;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The "Email invoice/quote" dialog, the public link dialog and the public invoice page, as users see them. */
class DocumentMailActionsTest extends MailTest {

    @Autowired
    DocumentMailActions actions;

    @Autowired
    TestDocuments documents;

    @Autowired
    InvoiceService invoices;

    @Autowired
    CreditNoteService creditNotes;

    private Client client;
    private final AtomicInteger afterSent = new AtomicInteger();

    @BeforeEach
    void setUp() {
        client = testData.company("Acme Ltd", "accounts@acme.example");
        testData.contact(client, "Anna", "Able", c -> {
            c.setEmail("anna@acme.example");
            c.setDefaultRole(RecipientRole.TO);
        });
        testData.contact(client, "Carl", "Copy", c -> {
            c.setEmail("carl@acme.example");
            c.setDefaultRole(RecipientRole.CC);
        });
        testData.contact(client, "Bea", "Blind", c -> {
            c.setEmail("bea@acme.example");
            c.setDefaultRole(RecipientRole.BCC);
        });
        testData.contact(client, "Nora", "None", c -> {
            c.setEmail("nora@acme.example");
            c.setDefaultRole(RecipientRole.NONE);
        });
        login(TestData.STAFF);
    }

    private SendMailDialog openSendDialog(DocumentType type, long id) {
        actions.openSendDialog(type, id, afterSent::incrementAndGet);
        return _get(SendMailDialog.class);
    }

    @Test
    void the_dialog_prefills_recipients_by_default_role_and_sends_to_an_added_contact() {
        Invoice invoice = documents.issuedInvoice(client, "Work|1|100|0");
        SendMailDialog dialog = openSendDialog(DocumentType.INVOICE, invoice.getId());

        assertThat(dialog.to.getValue()).containsExactly("anna@acme.example");
        assertThat(dialog.cc.getValue()).containsExactly("carl@acme.example");
        assertThat(dialog.bcc.getValue()).containsExactly("bea@acme.example");
        assertThat(dialog.to.getItemLabelGenerator().apply("nora@acme.example"))
                .isEqualTo("Nora None <nora@acme.example>");
        assertThat(dialog.subject.getValue()).isEqualTo("Invoice " + invoice.getNumber() + " from Clientele");

        userSets(dialog.cc, Set.of("carl@acme.example", "nora@acme.example"));
        _click(dialog.send);

        assertThat(smtp.waitForIncomingEmail(5000, 4)).isTrue();
        assertThat(deliveredTo("nora@acme.example")).isEqualTo(1);
        assertThat(deliveredTo("anna@acme.example")).isEqualTo(1);
        assertThat(deliveredTo("carl@acme.example")).isEqualTo(1);
        assertThat(deliveredTo("bea@acme.example")).isEqualTo(1);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(notificationTexts())
                .anyMatch(t -> t.contains("Invoice " + invoice.getNumber() + " sent to")
                        && t.contains("anna@acme.example")
                        && t.contains("nora@acme.example"));
        assertThat(afterSent).hasValue(1);
        assertThat(documents.reload(invoice).getStatus()).isEqualTo(InvoiceStatus.SENT);
    }

    @Test
    void a_credit_note_is_e_mailed_from_the_clients_credit_notes_tab_and_a_manager_has_no_such_button() {
        Invoice invoice = documents.issuedInvoice(client, "Work|1|100|0");
        CreditNote note = io.clientele.base.security.SystemAuthentication.call(
                () -> creditNotes.creditAmount(invoice.getId(), new java.math.BigDecimal("25"), "Goodwill"));
        navigate("clients/" + client.getId(), io.clientele.client.ui.ClientOverviewView.class);
        selectTab("overview-sections", "tab-credit-notes");

        _click(_get(
                creditNoteActions(),
                com.vaadin.flow.component.button.Button.class,
                spec -> spec.withId("credit-email-" + note.getId())));
        SendMailDialog dialog = _get(SendMailDialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo(t("billing.mail.dialog.credit-note", note.getNumber()));
        assertThat(dialog.subject.getValue()).isEqualTo("Credit note " + note.getNumber() + " from Clientele");
        assertThat(dialog.to.getValue()).containsExactly("anna@acme.example");
        _click(dialog.send);

        assertThat(smtp.waitForIncomingEmail(5000, 3)).isTrue();
        assertThat(deliveredTo("anna@acme.example")).isEqualTo(1);
        assertThat(notificationTexts()).anyMatch(t -> t.startsWith("Credit note " + note.getNumber() + " sent to"));

        login(TestData.MANAGER);
        navigate("clients/" + client.getId(), io.clientele.client.ui.ClientOverviewView.class);
        selectTab("overview-sections", "tab-credit-notes");
        _assertNone(
                creditNoteActions(),
                com.vaadin.flow.component.button.Button.class,
                spec -> spec.withId("credit-email-" + note.getId()));
    }

    /** The first credit note's cell of actions (PDF, e-invoice, e-mail) in the overview's Credit notes tab. */
    private static Component creditNoteActions() {
        return cell(_get(CreditNoteTable.class).grid, 0, "pdf", Component.class);
    }

    @Test
    void a_typed_address_is_added_once_valid() {
        Quote quote = documents.issuedQuote(client, "Work|1|100|0");
        SendMailDialog dialog = openSendDialog(DocumentType.QUOTE, quote.getId());

        typeCustomValue(dialog.to, "  someone@elsewhere.example ");
        assertThat(dialog.to.getValue()).containsExactlyInAnyOrder("anna@acme.example", "someone@elsewhere.example");
        assertThat(dialog.to.isInvalid()).isFalse();
        typeCustomValue(dialog.to, "NORA@acme.example"); // a known address in other case picks the contact
        assertThat(dialog.to.getValue()).contains("nora@acme.example").doesNotContain("NORA@acme.example");

        _click(dialog.send);

        assertThat(smtp.waitForIncomingEmail(5000, 5)).isTrue();
        assertThat(deliveredTo("someone@elsewhere.example")).isEqualTo(1);
        assertThat(documents.reload(quote).getStatus()).isEqualTo(QuoteStatus.SENT);
        assertThat(notificationTexts()).anyMatch(t -> t.contains("Quote " + quote.getNumber() + " sent to"));
    }

    @Test
    void an_invalid_typed_address_gets_a_field_message_and_nothing_is_sent() throws Exception {
        Invoice invoice = documents.invoice(client, "Work|1|100|0");
        SendMailDialog dialog = openSendDialog(DocumentType.INVOICE, invoice.getId());

        typeCustomValue(dialog.cc, "carl at acme");

        assertThat(dialog.cc.isInvalid()).isTrue();
        assertThat(dialog.cc.getErrorMessage()).isEqualTo(t("billing.mail.field.address-invalid", "carl at acme"));
        assertThat(dialog.cc.getValue()).containsExactly("carl@acme.example");

        _click(dialog.send);

        Thread.sleep(300); // a message would have arrived by now
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.send.isEnabled())
                .as("Send can be pressed again after a correction")
                .isTrue();
        assertThat(afterSent).hasValue(0);
        assertThat(documents.reload(invoice).getStatus()).isEqualTo(InvoiceStatus.DRAFT);
    }

    @Test
    void an_empty_to_is_refused_in_the_dialog() throws Exception {
        Invoice invoice = documents.invoice(client, "Work|1|100|0");
        SendMailDialog dialog = openSendDialog(DocumentType.INVOICE, invoice.getId());

        userSets(dialog.to, Set.of());
        _click(dialog.send);

        assertThat(dialog.to.isInvalid()).isTrue();
        assertThat(dialog.to.getErrorMessage()).isEqualTo(t("billing.mail.recipient.required"));
        Thread.sleep(300);
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void the_public_page_shows_the_invoice_to_anonymous_visitors_in_the_clients_language_and_marks_it_viewed() {
        Client kunde = testData.reload(testData.company("Kunde GmbH", "kunde@kunde.example"));
        kunde.setLanguage("de");
        kunde = testData.save(kunde);
        Invoice invoice = documents.sentInvoice(kunde, "Beratung|2|617.28|0", "Reise|1.5|100|19");
        String token = documents.publicToken(invoice);
        logout();

        navigate("public/invoice/" + token, PublicInvoiceView.class);

        assertThat(text("public-invoice-title")).isEqualTo("Rechnung " + invoice.getNumber());
        assertThat(text("public-invoice-client")).isEqualTo("Kunde GmbH");
        assertThat(text("public-invoice-status")).isEqualTo("Angesehen");
        assertThat(text("public-invoice-subtotal")).isEqualTo("1.384,56\u00a0€");
        assertThat(text("public-invoice-tax")).isEqualTo("28,50\u00a0€");
        assertThat(text("public-invoice-total")).isEqualTo("1.413,06\u00a0€");
        assertThat(text("public-invoice-paid")).isEqualTo("0,00\u00a0€");
        assertThat(text("public-invoice-balance")).isEqualTo("1.413,06\u00a0€");
        String lines = _get(Component.class, spec -> spec.withId("public-invoice-lines"))
                .getElement()
                .getTextRecursively();
        assertThat(lines)
                .contains(
                        "Beschreibung",
                        "Beratung",
                        "617,28\u00a0€",
                        "1.234,56\u00a0€",
                        "Reise",
                        "1,5",
                        "19\u00a0%",
                        "150,00\u00a0€");
        assertThat(documents.reload(invoice).getStatus()).isEqualTo(InvoiceStatus.VIEWED);
        assertThat(documents.reload(invoice).getViewedAt()).isNotNull();
    }

    @Test
    void a_wrong_altered_or_revoked_token_and_a_draft_all_show_the_same_not_found() {
        Invoice sent = documents.sentInvoice(client, "Work|1|100|0");
        String token = documents.publicToken(sent);
        Invoice draft = documents.invoice(client, "Draft work|1|100|0");
        String draftToken = documents.publicToken(draft);
        logout();

        for (String path : new String[] {
            "public/invoice/" + token.substring(0, token.length() - 1) + "x",
            "public/invoice/" + token + "x",
            "public/invoice/" + token + "/x",
            "public/invoice/short",
            "public/invoice/" + draftToken,
            "public/invoice/"
        }) {
            navigate(path, PublicInvoiceView.class);
            assertThat(text("public-not-found")).as(path).isEqualTo(t("billing.public.not-found.title"));
            _assertNone(Component.class, spec -> spec.withId("public-invoice-title"));
        }
        assertThat(documents.reload(sent).getStatus()).isEqualTo(InvoiceStatus.SENT);
        assertThat(documents.reload(draft).getStatus()).isEqualTo(InvoiceStatus.DRAFT);
    }

    @Test
    void regenerating_and_revoking_in_the_link_dialog_kill_the_old_link() {
        Invoice invoice = documents.sentInvoice(client, "Work|1|100|0");
        actions.openPublicLinkDialog(invoice.getId());
        PublicLinkDialog dialog = _get(PublicLinkDialog.class);
        String first = dialog.url.getValue();
        assertThat(first).isEqualTo("https://billing.clientele.test/public/invoice/" + documents.publicToken(invoice));
        assertThat(dialog.open.getHref()).isEqualTo(first);

        _click(dialog.regenerate);
        confirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-public-link-regenerate")));

        String second = dialog.url.getValue();
        assertThat(second)
                .startsWith("https://billing.clientele.test/public/invoice/")
                .isNotEqualTo(first);
        assertThat(opens(first)).isFalse();
        assertThat(opens(second)).isTrue();

        _click(dialog.revoke);
        confirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-public-link-revoke")));

        assertThat(dialog.url.getValue()).isEmpty();
        assertThat(dialog.revoke.isEnabled()).isFalse();
        assertThat(dialog.copy.isEnabled()).isFalse();
        assertThat(dialog.regenerate.getText()).isEqualTo(t("billing.public.create"));
        assertThat(opens(second)).isFalse();
        assertThat(documents.reload(invoice).getPublicToken()).isNull();

        _click(dialog.regenerate); // "Create link": no confirmation needed, nothing old to break
        assertThat(opens(dialog.url.getValue())).isTrue();
    }

    /** Whether a public link still leads to the invoice: what the public page asks the service. */
    private boolean opens(String url) {
        String token = url.substring("https://billing.clientele.test/public/invoice/".length());
        return invoices.openPublic(token).isPresent();
    }

    private long deliveredTo(String address) {
        return smtp.findReceivedMessages(u -> u.getEmail().equalsIgnoreCase(address), m -> true)
                .count();
    }

    /** What the browser sends when the user types text that is no item and presses Enter. */
    private static void typeCustomValue(MultiSelectComboBox<String> field, String text) {
        ComponentUtil.fireEvent(field, new ComboBoxBase.CustomValueSetEvent<>(field, true, text));
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }
}
