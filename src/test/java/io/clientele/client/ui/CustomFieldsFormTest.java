package io.clientele.client.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.client.Client;
import io.clientele.client.CustomField;
import io.clientele.client.CustomFieldOwner;
import io.clientele.client.CustomFieldType;
import io.clientele.client.CustomFields;
import io.clientele.support.CustomFieldFixture;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The client form shows the custom fields (issue 22) and enforces them as the service does. */
@SuppressWarnings("unchecked")
class CustomFieldsFormTest extends KaribuTest {

    @Autowired
    CustomFieldFixture fieldFixture;

    @Autowired
    CustomFields fields;

    @Autowired
    JdbcTemplate jdbc;

    @SuppressWarnings("unchecked")
    private static <V> HasValue<?, V> input(ClientEditor editor, CustomField field) {
        return (HasValue<?, V>) editor.form.customFields.input(field.getId());
    }

    @Test
    void a_mandatory_custom_field_stops_the_save_on_its_input_and_a_filled_one_is_stored() {
        CustomField tier = fieldFixture.field(
                CustomFieldOwner.CLIENT,
                CustomFieldType.SINGLE_CHOICE,
                "Tier",
                f -> f.setMandatory(true),
                "Gold",
                "Silver");
        CustomField staff = fieldFixture.clientField(CustomFieldType.NUMBER, "Employees");
        CustomField shop = fieldFixture.clientField(CustomFieldType.URL, "Shop");
        login(TestData.STAFF);
        ClientListView view = navigate("clients", ClientListView.class);
        _click(view.newClient);
        ClientEditor editor = _get(ClientEditor.class);
        userSets(editor.form.name, "Custom Ltd");
        userSets(input(editor, shop), "no shop");
        _click(editor.save);

        assertThat(((HasValidation) input(editor, tier)).isInvalid()).isTrue();
        assertThat(((HasValidation) input(editor, tier)).getErrorMessage())
                .isEqualTo("Tier is mandatory: please fill it in.");
        assertThat(((HasValidation) input(editor, shop)).getErrorMessage()).contains("Shop: enter a web address");
        assertThat(jdbc.queryForObject("select count(*) from clients", Long.class))
                .isZero();

        userSets(input(editor, tier), "Silver");
        userSets(input(editor, staff), new BigDecimal("12"));
        userSets(input(editor, shop), "https://shop.example.com");
        _click(editor.save);

        long id = jdbc.queryForObject("select id from clients where name = 'Custom Ltd'", Long.class);
        assertThat(SystemAuthentication.call(() -> fields.clientValues(id)))
                .containsEntry(tier.getId(), "Silver")
                .containsEntry(staff.getId(), new BigDecimal("12"))
                .containsEntry(shop.getId(), "https://shop.example.com");
    }

    @Test
    void editing_a_client_shows_its_values_and_keeps_what_is_not_changed() {
        CustomField founded = fieldFixture.clientField(CustomFieldType.DATE, "Founded");
        CustomField channels = fieldFixture.clientField(CustomFieldType.MULTIPLE_CHOICE, "Channels", "Mail", "Phone");
        Client client = fieldFixture.company(
                "Known Ltd", Map.of(founded.getId(), LocalDate.of(1999, 3, 1), channels.getId(), Set.of("Phone")));
        login(TestData.ADMIN);
        navigate("clients/" + client.getId(), ClientOverviewView.class);
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("overview-edit")));
        ClientEditor editor = _get(ClientEditor.class);
        assertThat(input(editor, founded).getValue()).isEqualTo(LocalDate.of(1999, 3, 1));
        assertThat(input(editor, channels).getValue()).isEqualTo(Set.of("Phone"));

        userSets(input(editor, channels), Set.of("Mail", "Phone"));
        _click(editor.save);
        assertThat(SystemAuthentication.call(() -> fields.clientValues(client.getId())))
                .containsEntry(founded.getId(), LocalDate.of(1999, 3, 1))
                .containsEntry(channels.getId(), Set.of("Mail", "Phone"));
    }

    @Test
    void quick_insert_asks_for_the_mandatory_custom_fields_only() {
        CustomField tier = fieldFixture.field(
                CustomFieldOwner.CLIENT,
                CustomFieldType.SINGLE_CHOICE,
                "Tier",
                f -> f.setMandatory(true),
                "Gold",
                "Silver");
        CustomField optional = fieldFixture.clientField(CustomFieldType.TEXT, "Segment");
        login(TestData.STAFF);
        navigate("clients", ClientListView.class);
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("quick-new-client")));
        QuickClientDialog dialog = _get(QuickClientDialog.class);
        assertThat(dialog.customFields.input(optional.getId())).isNull();
        userSets(dialog.name, "Quick Ltd");
        _click(dialog.save);
        HasValue<?, String> tierInput = (HasValue<?, String>) dialog.customFields.input(tier.getId());
        assertThat(((HasValidation) tierInput).getErrorMessage()).isEqualTo("Tier is mandatory: please fill it in.");
        assertThat(jdbc.queryForObject("select count(*) from clients", Long.class))
                .isZero();

        userSets(tierInput, "Gold");
        _click(dialog.save);
        long id = jdbc.queryForObject("select id from clients where name = 'Quick Ltd'", Long.class);
        assertThat(SystemAuthentication.call(() -> fields.clientValues(id))).containsEntry(tier.getId(), "Gold");
    }
}
