package io.clientele.settings.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.client.Client;
import io.clientele.client.ClientService;
import io.clientele.client.ClientType;
import io.clientele.client.ui.ClientListView;
import io.clientele.settings.AddressFormat;
import io.clientele.settings.CompanyLogoTest;
import io.clientele.settings.PaymentTerm;
import io.clientele.settings.SettingsService;
import io.clientele.settings.SystemSettings;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SettingsViewTest extends KaribuTest {

    @Autowired
    SettingsService settings;

    @Autowired
    ClientService clients;

    private SettingsView open() {
        login(TestData.ADMIN);
        return navigate("settings", SettingsView.class);
    }

    /** The button with the id in a row's action cell (cells are not attached in Karibu). */
    private static <T> Button rowButton(Grid<T> grid, String idPrefix, long id) {
        for (int row = 0; row < _size(grid); row++) {
            HorizontalLayout actions = cell(grid, row, "actions", HorizontalLayout.class);
            var match = actions.getChildren()
                    .filter(c -> c.getId().orElse("").equals(idPrefix + id))
                    .findFirst();
            if (match.isPresent()) {
                return (Button) match.get();
            }
        }
        throw new AssertionError("no button " + idPrefix + id);
    }

    @Test
    void an_admin_changes_the_defaults_that_new_clients_take() {
        SettingsView view = open();
        PaymentTerm net15 = settings.paymentTerms().stream()
                .filter(t -> t.getName().equals("Net 15"))
                .findFirst()
                .orElseThrow();
        userSets(view.defaults.currency, "CHF");
        userSets(view.defaults.paymentTerm, net15);
        userSets(view.defaults.language, "fr");
        _click(view.defaults.save);

        Client fresh = SystemAuthentication.call(() -> clients.newClient(ClientType.COMPANY));
        assertThat(fresh.getCurrency()).isEqualTo("CHF");
        assertThat(fresh.getLanguage()).isEqualTo("fr");
        assertThat(fresh.getPaymentTermId()).isEqualTo(net15.getId());
        assertThat(notificationTexts()).anyMatch(t -> t.contains("Defaults saved"));
    }

    @Test
    void a_payment_term_is_added_and_a_duplicate_name_is_refused_with_a_message() {
        SettingsView view = open();
        selectTab("settings-tabs", "tab-payment-terms");
        int before = _size(view.paymentTerms.grid);
        _click(view.paymentTerms.add);
        NameDialog dialog = _get(NameDialog.class);
        userSets(dialog.name, "Net 45");
        userSets(dialog.days, 45);
        _click(dialog.save);
        assertThat(_size(view.paymentTerms.grid)).isEqualTo(before + 1);
        assertThat(settings.paymentTerms()).extracting(PaymentTerm::getDays).contains(45);

        _click(view.paymentTerms.add);
        NameDialog again = _get(NameDialog.class);
        userSets(again.name, "net 45");
        _click(again.save);
        assertThat(again.isOpened()).isTrue();
        // On the field, as for lead sources and groups (one panel for all three).
        assertThat(again.name.isInvalid()).isTrue();
        assertThat(again.name.getErrorMessage()).contains("A payment term named “net 45” exists already");
        assertThat(_size(view.paymentTerms.grid)).isEqualTo(before + 1);
    }

    @Test
    void days_outside_the_range_are_refused_on_the_field() {
        SettingsView view = open();
        selectTab("settings-tabs", "tab-payment-terms");
        _click(view.paymentTerms.add);
        NameDialog dialog = _get(NameDialog.class);
        userSets(dialog.name, "Net 400");
        userSets(dialog.days, 400);
        _click(dialog.save);
        assertThat(dialog.days.isInvalid()).isTrue();
        assertThat(dialog.days.getErrorMessage()).isEqualTo("Enter a number of days from 0 to 365.");
        assertThat(settings.paymentTerms()).extracting(PaymentTerm::getName).doesNotContain("Net 400");
    }

    @Test
    void the_default_payment_term_cannot_be_deleted() {
        SettingsView view = open();
        selectTab("settings-tabs", "tab-payment-terms");
        PaymentTerm net30 = settings.get().getDefaultPaymentTerm();
        _click(rowButton(view.paymentTerms.grid, "payment-term-delete-", net30.getId()));
        confirm(_get(ConfirmDialog.class));
        assertThat(notificationTexts()).anyMatch(t -> t.contains("is the default payment term"));
        assertThat(settings.paymentTerms()).contains(net30);
        assertThat(_size(view.paymentTerms.grid)).isEqualTo(4);
    }

    @Test
    void staff_and_managers_cannot_open_settings() {
        for (String user : new String[] {TestData.STAFF, TestData.MANAGER}) {
            login(user);
            assertThatThrownBy(() -> UI.getCurrent().navigate("settings"))
                    .as(user)
                    .isInstanceOf(MockAccessDeniedException.class);
        }
    }

    @Test
    void an_admin_sets_the_company_on_pdfs_and_the_pdf_language_setting() {
        SettingsView view = open();
        assertThat(view.defaults.pdfInClientLanguage.getValue())
                .as("on by default")
                .isTrue();
        assertThat(view.defaults.companyHint.isVisible())
                .as("a start without company details says so")
                .isTrue();
        userSets(view.defaults.companyName, "Clientele Consulting Ltd");
        userSets(view.defaults.companyAddress, "1 Market Street\nLondon");
        userSets(view.defaults.companyTaxId, "GB123456789");
        userSets(view.defaults.creditNotePattern, "GS-{yyyy}-{seq}");
        userSets(view.defaults.issueRequiresAddress, true);
        userSets(view.defaults.pdfInClientLanguage, false);
        _click(view.defaults.save);

        assertThat(view.defaults.companyHint.isVisible()).isFalse();
        SystemSettings saved = settings.get();
        assertThat(saved.getCompanyTaxId()).isEqualTo("GB123456789");
        assertThat(saved.getCreditNoteNumberPattern()).isEqualTo("GS-{yyyy}-{seq}");
        assertThat(saved.isIssueRequiresAddress()).isTrue();
        assertThat(saved.getCompanyName()).isEqualTo("Clientele Consulting Ltd");
        assertThat(saved.getCompanyAddress()).isEqualTo("1 Market Street\nLondon");
        assertThat(saved.isPdfInClientLanguage()).isFalse();
    }

    @Test
    void an_admin_uploads_a_logo_sees_it_and_removes_it_and_a_non_image_is_refused_with_the_reason() throws Exception {
        SettingsView view = open();
        assertThat(view.defaults.logoPreview.getElement().getTextRecursively()).contains("No logo yet");
        assertThat(view.defaults.removeLogo.isVisible()).isFalse();

        view.defaults.logoUploaded("not an image".getBytes());
        assertThat(notificationTexts()).anyMatch(t -> t.contains("The logo must be a PNG or JPEG image."));
        assertThat(settings.logo()).isEmpty();

        view.defaults.logoUploaded(CompanyLogoTest.image("png", 200, 60));
        assertThat(_find(view.defaults.logoPreview, Image.class)).hasSize(1);
        assertThat(view.defaults.removeLogo.isVisible()).isTrue();
        assertThat(settings.logo()).isPresent();

        _click(view.defaults.removeLogo);
        assertThat(settings.logo()).isEmpty();
        assertThat(view.defaults.logoPreview.getElement().getTextRecursively()).contains("No logo yet");
    }

    @Test
    void two_administrators_changing_different_defaults_both_keep_their_change() {
        SettingsView view = open();
        inOtherSession(() -> {
            var theirs = settings.get();
            theirs.setCompanyName("Their Company Ltd");
            settings.save(theirs);
        });

        userSets(view.defaults.language, "fr");
        _click(view.defaults.save);

        assertThat(view.defaults.conflict).isNull();
        var stored = settings.get();
        assertThat(stored.getDefaultLanguage()).isEqualTo("fr");
        assertThat(stored.getCompanyName()).isEqualTo("Their Company Ltd");
        assertThat(view.defaults.companyName.getValue()).isEqualTo("Their Company Ltd");
    }

    @Test
    void an_admin_switches_the_address_format_and_the_next_client_form_takes_it_without_a_restart() {
        testData.company("Format Test GmbH", "format@example.com");
        SettingsView view = open();
        assertThat(view.defaults.addressFormat.getValue()).isEqualTo(AddressFormat.STRUCTURED);

        userSets(view.defaults.addressFormat, AddressFormat.FREE_FORM);
        _click(view.defaults.save);

        assertThat(settings.addressFormat()).isEqualTo(AddressFormat.FREE_FORM);
        navigate("clients", ClientListView.class);
        _click(_get(Button.class, spec -> spec.withId("new-client")));
        assertThat(_find(TextArea.class, spec -> spec.withId("billing-text"))).hasSize(1);
        assertThat(_find(TextField.class, spec -> spec.withId("billing-street")))
                .isEmpty();
    }

    @Test
    void the_address_format_takes_part_in_the_merge_of_two_administrators_changes() {
        SettingsView view = open();
        inOtherSession(() -> {
            var theirs = settings.get();
            theirs.setCompanyName("Their Company Ltd");
            settings.save(theirs);
        });

        userSets(view.defaults.addressFormat, AddressFormat.FREE_FORM);
        _click(view.defaults.save);

        assertThat(view.defaults.conflict).isNull();
        assertThat(settings.get().getAddressFormat()).isEqualTo(AddressFormat.FREE_FORM);
        assertThat(settings.get().getCompanyName()).isEqualTo("Their Company Ltd");

        // The other way round: their format change survives my change of another default.
        view = open();
        inOtherSession(() -> {
            var theirs = settings.get();
            theirs.setAddressFormat(AddressFormat.STRUCTURED);
            settings.save(theirs);
        });
        userSets(view.defaults.language, "de");
        _click(view.defaults.save);
        assertThat(view.defaults.conflict).isNull();
        assertThat(settings.get().getAddressFormat()).isEqualTo(AddressFormat.STRUCTURED);
        assertThat(settings.get().getDefaultLanguage()).isEqualTo("de");
        assertThat(view.defaults.addressFormat.getValue()).isEqualTo(AddressFormat.STRUCTURED);
    }
}
