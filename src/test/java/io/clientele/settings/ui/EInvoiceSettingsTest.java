package io.clientele.settings.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.base.security.SystemAuthentication;
import io.clientele.settings.SettingsService;
import io.clientele.settings.SystemSettings;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Settings → E-invoicing: the company details e-invoices need, as an administrator enters them. */
class EInvoiceSettingsTest extends KaribuTest {

    @Autowired
    SettingsService settings;

    private SettingsView view;

    @BeforeEach
    void open() {
        login(TestData.ADMIN);
        view = navigate("settings", SettingsView.class);
        selectTab("settings-tabs", "tab-einvoice");
    }

    private SystemSettings stored() {
        return SystemAuthentication.call(() -> settings.get());
    }

    @Test
    void an_administrator_enters_the_company_details_and_they_are_stored_normalized() {
        EInvoicePanel panel = view.einvoice;
        userSets(panel.vatId, "de 123456789");
        userSets(panel.taxNumber, "201/113/40209");
        userSets(panel.street, "Hauptstraße 1");
        userSets(panel.postalCode, "10115");
        userSets(panel.city, "Berlin");
        userSets(panel.country, "de");
        userSets(panel.contactName, "Erika Muster");
        userSets(panel.phone, "+49 30 123456");
        userSets(panel.email, "billing@seller.example");
        userSets(panel.endpointId, "billing@seller.example");
        userSets(panel.endpointScheme, "em");
        userSets(panel.iban, "DE89 3704 0044 0532 0130 00");
        userSets(panel.bic, "cobadeffxxx");

        _click(panel.save);

        SystemSettings s = stored();
        assertThat(s.getCompanyVatId()).isEqualTo("DE123456789");
        assertThat(s.getCompanyTaxNumber()).isEqualTo("201/113/40209");
        assertThat(s.getCompanyCountry()).isEqualTo("DE");
        assertThat(s.getCompanyCity()).isEqualTo("Berlin");
        assertThat(s.getCompanyEndpointScheme()).isEqualTo("EM");
        assertThat(s.getCompanyIban()).isEqualTo("DE89370400440532013000");
        assertThat(s.getCompanyBic()).isEqualTo("COBADEFFXXX");
        assertThat(String.join(" | ", notificationTexts())).contains(t("einvoice.settings.saved"));
    }

    @Test
    void an_iban_with_wrong_check_digits_is_refused_and_nothing_is_saved() {
        EInvoicePanel panel = view.einvoice;
        userSets(panel.vatId, "DE123456789");
        userSets(panel.iban, "DE88 3704 0044 0532 0130 00");

        _click(panel.save);

        assertThat(String.join(" | ", notificationTexts()))
                .contains("The IBAN DE88370400440532013000 has wrong check digits. Check it for typing errors.");
        assertThat(stored().getCompanyIban()).isNull();
        assertThat(stored().getCompanyVatId()).isNull();
        assertThat(panel.vatId.getValue()).isEqualTo("DE123456789");
    }

    @Test
    void a_country_that_is_no_iso_code_is_marked_on_the_field() {
        EInvoicePanel panel = view.einvoice;
        userSets(panel.country, "D1");

        _click(panel.save);

        assertThat(panel.country.isInvalid()).isTrue();
        assertThat(panel.country.getErrorMessage()).isEqualTo("Enter a two-letter ISO country code, e.g. DE.");
        assertThat(stored().getCompanyCountry()).isNull();
    }

    @Test
    void saving_the_defaults_tab_first_causes_no_conflict_here() {
        selectTab("settings-tabs", "tab-defaults");
        userSets(view.defaults.companyName, "Seller GmbH");
        _click(view.defaults.save);
        selectTab("settings-tabs", "tab-einvoice");
        userSets(view.einvoice.vatId, "DE123456789");

        _click(view.einvoice.save);

        assertThat(stored().getCompanyName()).isEqualTo("Seller GmbH");
        assertThat(stored().getCompanyVatId()).isEqualTo("DE123456789");
    }

    @Test
    void a_change_of_these_fields_by_someone_else_is_shown_instead_of_overwritten() {
        inOtherSession(() -> {
            SystemSettings s = settings.get();
            s.setCompanyVatId("FR12345678901");
            settings.save(s);
        });
        userSets(view.einvoice.vatId, "DE123456789");

        _click(view.einvoice.save);

        assertThat(stored().getCompanyVatId()).isEqualTo("FR12345678901");
        assertThat(view.einvoice.vatId.getValue()).isEqualTo("FR12345678901");
        assertThat(String.join(" | ", notificationTexts())).contains(t("einvoice.settings.conflict"));
    }
}
