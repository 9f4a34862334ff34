package io.clientele.client.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.client.Client;
import io.clientele.client.CustomField;
import io.clientele.client.CustomFieldOwner;
import io.clientele.client.CustomFieldType;
import io.clientele.client.CustomFields;
import io.clientele.contact.ContactService;
import io.clientele.settings.ui.SettingsView;
import io.clientele.support.CustomFieldFixture;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Settings → Custom fields (issue 22) switched to contacts, as an administrator uses it. */
class ContactCustomFieldsPanelTest extends KaribuTest {

    @Autowired
    CustomFieldFixture fieldFixture;

    @Autowired
    CustomFields fields;

    @Autowired
    ContactService contacts;

    private static CustomFieldsPanel panel() {
        return _get(CustomFieldsPanel.class);
    }

    private void openContactFields() {
        login(TestData.ADMIN);
        navigate("settings", SettingsView.class);
        selectTab("settings-tabs", "tab-custom-fields");
        userSets(panel().owner, CustomFieldOwner.CONTACT);
    }

    private static Button rowButton(String id) {
        HorizontalLayout actions = cell(panel().grid, 0, "actions", HorizontalLayout.class);
        return (Button) actions.getChildren()
                .filter(c -> c.getId().orElse("").equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void an_administrator_defines_a_mandatory_contact_field_apart_from_the_client_fields() {
        fieldFixture.clientField(CustomFieldType.TEXT, "Segment");
        openContactFields();
        assertThat(_size(panel().grid)).isZero();
        _click(panel().add);
        CustomFieldDialog dialog = _get(CustomFieldDialog.class);
        assertThat(dialog.visibleToClients.isVisible()).isFalse();
        assertThat(dialog.onPdfs.isVisible()).isFalse();
        userSets(dialog.type, CustomFieldType.DATE);
        userSets(dialog.labels.get("en"), "Birthday");
        userSets(dialog.labels.get("fr"), "Anniversaire");
        userSets(dialog.mandatory, true);
        _click(dialog.save);

        assertThat(_size(panel().grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(panel().grid, 0)).contains("Birthday", "Date");
        CustomField stored = SystemAuthentication.call(() -> fields.fields(CustomFieldOwner.CONTACT))
                .getFirst();
        assertThat(stored.getType()).isEqualTo(CustomFieldType.DATE);
        assertThat(stored.getLabel("fr")).isEqualTo("Anniversaire");
        assertThat(stored.isMandatory()).isTrue();
        assertThat(SystemAuthentication.call(() -> fields.fields(CustomFieldOwner.CLIENT)))
                .singleElement()
                .satisfies(f -> assertThat(f.getLabel("en")).isEqualTo("Segment"));
    }

    @Test
    void a_contact_field_with_values_keeps_its_type_and_deleting_it_asks_with_the_number_of_contacts() {
        CustomField role = fieldFixture.contactField(CustomFieldType.TEXT, "Role");
        Client acme = testData.company("Acme GmbH", "info@acme.example");
        for (String first : new String[] {"Anna", "Ben"}) {
            fieldFixture.contact(acme, first, Map.of(role.getId(), "Buyer"));
        }
        openContactFields();
        _click(rowButton("custom-field-edit-" + role.getId()));
        CustomFieldDialog dialog = _get(CustomFieldDialog.class);
        userSets(dialog.type, CustomFieldType.NUMBER);
        _click(dialog.save);
        assertThat(dialog.type.getErrorMessage()).contains("2 contacts have a value");
        _click(_get(Button.class, spec -> spec.withId("custom-field-cancel")));

        _click(rowButton("custom-field-delete-" + role.getId()));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("message")).contains("2 contacts have a value in “Role”");
        confirm(confirm);
        assertThat(_size(panel().grid)).isZero();
        assertThat(SystemAuthentication.call(() -> fields.fields(CustomFieldOwner.CONTACT)))
                .isEmpty();
    }
}
