package io.clientele.settings.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import io.clientele.base.mail.MailTemplateKind;
import io.clientele.base.mail.MailTemplateText;
import io.clientele.billing.Invoice;
import io.clientele.client.Client;
import io.clientele.settings.MailTemplateService;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import io.clientele.support.TestDocuments;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MailTemplatesPanelTest extends KaribuTest {

    @Autowired
    MailTemplateService templates;

    @Autowired
    TestDocuments documents;

    private MailTemplatesPanel open(String kindId, String language) {
        login(TestData.ADMIN);
        navigate("settings", SettingsView.class);
        selectTab("settings-tabs", "tab-mail-templates");
        MailTemplatesPanel panel = _get(MailTemplatesPanel.class);
        MailTemplateKind kind = panel.kind
                .getListDataView()
                .getItems()
                .filter(k -> k.id().equals(kindId))
                .findFirst()
                .orElseThrow();
        userSets(panel.kind, kind);
        userSets(panel.language, language);
        return panel;
    }

    @Test
    void an_admin_changes_the_german_invoice_template_and_it_is_kept() {
        MailTemplatesPanel panel = open("invoice", "de");
        assertThat(panel.subject.getValue()).isEqualTo("Rechnung {invoice.number} von {company.name}");
        assertThat(panel.state.getText()).isEqualTo(t("mail.templates.built-in"));

        userSets(panel.subject, "Ihre Rechnung {invoice.number}");
        userSets(panel.body, "Hallo {client.name},\nbitte zahlen Sie {invoice.balance}.");
        _click(panel.save);

        MailTemplateService.EditedTemplate stored = templates.open("invoice", "de");
        assertThat(stored.customized()).isTrue();
        assertThat(stored.text())
                .isEqualTo(new MailTemplateText(
                        "Ihre Rechnung {invoice.number}",
                        "Hallo {client.name},\nbitte zahlen Sie {invoice.balance}.\n"));
        assertThat(panel.state.getText()).isEqualTo(t("mail.templates.customized"));
        assertThat(templates.open("invoice", "en").customized()).isFalse();
        assertThat(notificationTexts()).contains(t("mail.templates.saved"));
    }

    @Test
    void an_unknown_placeholder_is_refused_on_the_field_and_what_was_typed_stays() {
        MailTemplatesPanel panel = open("quote", "en");

        userSets(panel.body, "Hello {client.nmae}, see {invoice.balance}");
        _click(panel.save);

        assertThat(panel.body.isInvalid()).isTrue();
        assertThat(panel.body.getErrorMessage()).contains("{client.nmae}", "{invoice.balance}");
        assertThat(panel.body.getValue()).isEqualTo("Hello {client.nmae}, see {invoice.balance}");
        assertThat(templates.open("quote", "en").customized()).isFalse();

        userSets(panel.subject, "Quote {quote.number} <b>now</b>");
        userSets(panel.body, "<img src=\"https://evil.example/t.png\">");
        _click(panel.save);
        assertThat(panel.body.isInvalid()).isTrue();
        assertThat(panel.body.getErrorMessage()).contains("<img");
        assertThat(templates.open("quote", "en").customized()).isFalse();
    }

    @Test
    void the_preview_shows_the_latest_invoice_with_the_template_as_typed() {
        Client acme = testData.company("Acme Ltd", "ap@acme.example");
        Invoice invoice = documents.issuedInvoice(acme, "Work|1|100|0");
        MailTemplatesPanel panel = open("invoice", "en");

        userSets(panel.subject, "Bill {invoice.number} for {client.name}");
        _click(panel.preview);

        assertThat(panel.previewSubject.getValue()).isEqualTo("Bill " + invoice.getNumber() + " for Acme Ltd");
        assertThat(panel.previewBody.getValue())
                .startsWith("Hello Acme Ltd,")
                .contains("Here is invoice " + invoice.getNumber(), "Amount due: €100.00");
        assertThat(templates.open("invoice", "en").customized()).isFalse();
    }

    @Test
    void reset_to_default_deletes_the_change_after_confirmation() {
        login(TestData.ADMIN);
        templates.save("welcome", "fr", new MailTemplateText("Salut {client.name}", "Bonjour\n"), null);
        MailTemplatesPanel panel = open("welcome", "fr");
        assertThat(panel.subject.getValue()).isEqualTo("Salut {client.name}");

        _click(panel.reset);
        confirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-mail-template-reset")));

        assertThat(templates.open("welcome", "fr").customized()).isFalse();
        assertThat(panel.subject.getValue()).isEqualTo("Votre accès à l’espace client pour {client.name}");
        assertThat(panel.reset.isEnabled()).isFalse();
    }
}
