package io.clientele.client.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.client.Client;
import io.clientele.client.ClientField;
import io.clientele.client.ClientFilter;
import io.clientele.client.ClientRow;
import io.clientele.client.ClientService;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The CRM client fields, mandatory rules and duplicate warnings in the full form and the quick insert. */
class ClientCrmFieldsTest extends KaribuTest {

    @Autowired
    ClientService clients;

    private ClientListView view;

    @BeforeEach
    void openList() {
        login(TestData.STAFF);
        view = navigate("clients", ClientListView.class);
    }

    private List<ClientRow> stored() {
        return SystemAuthentication.call(() -> clients.list(ClientFilter.live(null), PageRequest.of(0, 50)));
    }

    private ClientEditor openNew() {
        _click(view.newClient);
        return _get(ClientEditor.class);
    }

    private QuickClientDialog openQuick() {
        _click(_get(Button.class, spec -> spec.withId("quick-new-client")));
        return _get(QuickClientDialog.class);
    }

    @Test
    void the_full_form_saves_the_crm_fields() {
        ClientEditor editor = openNew();
        userSets(editor.form.name, "Crm Fields Ltd");
        userSets(editor.form.leadSource, testData.leadSource("Trade show"));
        userSets(editor.form.inquiryDate, LocalDate.of(2026, 9, 14));
        userSets(editor.form.finalizedDate, LocalDate.of(2026, 11, 2));
        userSets(editor.form.designation, "Head of Purchasing");
        userSets(editor.form.communicationId, "teams:crm.fields");
        userSets(editor.form.alternateEmail, "accounts@crmfields.example");
        _click(editor.save);

        Client saved =
                SystemAuthentication.call(() -> clients.get(stored().getFirst().id()));
        assertThat(saved.getLeadSourceId())
                .isEqualTo(testData.leadSource("Trade show").getId());
        assertThat(saved.getInquiryDate()).isEqualTo(LocalDate.of(2026, 9, 14));
        assertThat(saved.getFinalizedDate()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(saved.getDesignation()).isEqualTo("Head of Purchasing");
        assertThat(saved.getCommunicationId()).isEqualTo("teams:crm.fields");
        assertThat(saved.getAlternateEmail()).isEqualTo("accounts@crmfields.example");
    }

    @Test
    void the_full_form_marks_mandatory_fields_and_refuses_them_empty_with_the_message_on_the_field() {
        testData.mandatoryClientFields(ClientField.LEAD_SOURCE, ClientField.MOBILE);
        ClientEditor editor = openNew();
        assertThat(editor.form.leadSource.isRequiredIndicatorVisible()).isTrue();
        assertThat(editor.form.mobile.isRequiredIndicatorVisible()).isTrue();
        assertThat(editor.form.designation.isRequiredIndicatorVisible()).isFalse();
        userSets(editor.form.name, "Mandatory Ltd");

        _click(editor.save);

        assertThat(editor.isOpened()).isTrue();
        assertThat(editor.form.leadSource.isInvalid()).isTrue();
        assertThat(editor.form.leadSource.getErrorMessage()).isEqualTo("Choose a lead source.");
        assertThat(editor.form.mobile.getErrorMessage()).isEqualTo("Enter the mobile number.");
        assertThat(stored()).isEmpty();

        userSets(editor.form.leadSource, testData.leadSource("Referral"));
        userSets(editor.form.mobile, "+41 79 123 45 67");
        _click(editor.save);
        assertThat(stored()).extracting(ClientRow::name).containsExactly("Mandatory Ltd");
    }

    @Test
    void the_full_form_warns_about_a_likely_duplicate_with_a_link_to_it() {
        Client existing = testData.company("Acme Trading GmbH", "info@acme.example");
        ClientEditor editor = openNew();
        assertThat(editor.form.duplicates.isVisible()).isFalse();

        userSets(editor.form.name, "ACME Trading");
        assertThat(editor.form.duplicates.isVisible()).isTrue();
        RouterLink link = _get(editor.form.duplicates, RouterLink.class);
        assertThat(link.getText()).isEqualTo("Acme Trading GmbH");
        assertThat(link.getHref()).isEqualTo("clients/" + existing.getId());
        assertThat(editor.form.duplicates.getElement().getTextRecursively()).contains("similar name");

        userSets(editor.form.name, "Something Else");
        userSets(editor.form.email, "INFO@acme.example");
        assertThat(editor.form.duplicates.getElement().getTextRecursively()).contains("same email");

        userSets(editor.form.email, "");
        assertThat(editor.form.duplicates.isVisible()).isFalse();
        _click(editor.save);
        assertThat(stored()).hasSize(2);
    }

    @Test
    void editing_a_client_shows_no_duplicate_warning() {
        Client existing = testData.company("Solo GmbH", "solo@example.com");
        ClientEditor editor = context.getBean(ClientEditors.class).openExisting(existing.getId(), c -> {});
        userSets(editor.form.name, "Solo");
        assertThat(editor.form.duplicates.isVisible()).isFalse();
    }

    @Test
    void quick_insert_asks_for_mandatory_fields_and_refuses_them_empty() {
        testData.mandatoryClientFields(ClientField.WEBSITE);
        QuickClientDialog dialog = openQuick();
        TextField website = _get(dialog, TextField.class, spec -> spec.withId("quick-website"));
        assertThat(website.isRequiredIndicatorVisible()).isTrue();
        userSets(dialog.name, "Quick Mandatory Ltd");

        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(website.isInvalid()).isTrue();
        assertThat(website.getErrorMessage()).isEqualTo("Enter the website.");
        assertThat(stored()).isEmpty();

        userSets(website, "www.quick.example");
        _click(dialog.save);
        assertThat(stored()).extracting(ClientRow::name).containsExactly("Quick Mandatory Ltd");
    }

    @Test
    void quick_insert_without_rules_has_no_extra_fields_and_warns_about_duplicates() {
        Client existing = testData.company("Beta Ltd", "hello@beta.example");
        QuickClientDialog dialog = openQuick();
        assertThat(_find(dialog, TextField.class)).hasSize(2);

        userSets(dialog.email, "hello@BETA.example");
        assertThat(dialog.duplicates.isVisible()).isTrue();
        assertThat(_get(dialog.duplicates, RouterLink.class).getHref()).isEqualTo("clients/" + existing.getId());
    }

    @Test
    void a_field_made_mandatory_while_the_form_is_open_is_refused_by_the_service_on_the_field() {
        ClientEditor editor = openNew();
        userSets(editor.form.name, "Late Rule Ltd");
        testData.mandatoryClientFields(ClientField.COMMUNICATION_ID);

        _click(editor.save);

        assertThat(editor.isOpened()).isTrue();
        assertThat(editor.form.communicationId.isInvalid()).isTrue();
        assertThat(editor.form.communicationId.getErrorMessage()).isEqualTo("Enter the IM / communication ID.");
        assertThat(stored()).isEmpty();
    }

    @Test
    void the_overview_shows_the_crm_fields() {
        Client client = testData.company("Overview Crm GmbH", "o@crm.example");
        client.setLeadSourceId(testData.leadSource("Cold call").getId());
        client.setDesignation("Owner");
        client.setCommunicationId("signal:+41790000000");
        client.setAlternateEmail("alt@crm.example");
        client.setInquiryDate(LocalDate.of(2026, 3, 4));
        testData.save(client);

        ClientOverviewView overview = navigate("clients/" + client.getId(), ClientOverviewView.class);

        String text = overview.getElement().getTextRecursively();
        assertThat(text)
                .contains("Cold call", "signal:+41790000000", "alt@crm.example", "Mar 4, 2026")
                .contains("Designation", "Owner");
    }

    @Test
    void saving_a_likely_duplicate_creates_nothing_until_the_user_chooses_create_anyway() {
        Client existing = testData.company("Acme Trading GmbH", "info@acme.example");
        ClientEditor editor = openNew();
        userSets(editor.form.name, "Acme Trading Ltd");

        _click(editor.save);

        assertThat(stored()).hasSize(1);
        assertThat(editor.isOpened()).isTrue();
        DuplicateDialog dialog = _get(DuplicateDialog.class);
        Anchor link = _get(dialog.matches, Anchor.class);
        assertThat(link.getText()).isEqualTo("Acme Trading GmbH");
        assertThat(link.getHref()).isEqualTo("clients/" + existing.getId());
        assertThat(dialog.matches.getElement().getTextRecursively()).contains("similar name");

        _click(dialog.back);
        assertThat(stored()).hasSize(1);
        assertThat(editor.form.name.getValue())
                .as("the form keeps what was typed")
                .isEqualTo("Acme Trading Ltd");

        _click(editor.save);
        _click(_get(DuplicateDialog.class).createAnyway);
        assertThat(editor.isOpened()).isFalse();
        assertThat(stored()).extracting(ClientRow::name).contains("Acme Trading GmbH", "Acme Trading Ltd");
    }

    @Test
    void quick_insert_of_a_likely_duplicate_needs_create_anyway() {
        testData.company("Beta Ltd", "hello@beta.example");
        QuickClientDialog dialog = openQuick();
        userSets(dialog.name, "Another Beta");
        userSets(dialog.email, "hello@BETA.example");

        _click(dialog.save);

        assertThat(stored()).hasSize(1);
        assertThat(dialog.isOpened()).isTrue();
        _click(_get(DuplicateDialog.class).createAnyway);
        assertThat(stored()).extracting(ClientRow::name).contains("Another Beta");
    }
}
