package io.clientele.client.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.client.CustomField;
import io.clientele.client.CustomFieldOwner;
import io.clientele.client.CustomFieldType;
import io.clientele.client.CustomFields;
import io.clientele.settings.ui.SettingsView;
import io.clientele.support.CustomFieldFixture;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Settings → Custom fields (issue 22), as an administrator uses it. */
class CustomFieldsPanelTest extends KaribuTest {

    @Autowired
    CustomFieldFixture fieldFixture;

    @Autowired
    CustomFields fields;

    private static CustomFieldsPanel panel() {
        return _get(CustomFieldsPanel.class);
    }

    private void open() {
        login(TestData.ADMIN);
        navigate("settings", SettingsView.class);
        selectTab("settings-tabs", "tab-custom-fields");
    }

    private static Button rowButton(Grid<CustomField> grid, String id) {
        for (int row = 0; row < _size(grid); row++) {
            HorizontalLayout actions = cell(grid, row, "actions", HorizontalLayout.class);
            var match = actions.getChildren()
                    .filter(c -> c.getId().orElse("").equals(id))
                    .findFirst();
            if (match.isPresent()) {
                return (Button) match.get();
            }
        }
        throw new AssertionError("no button " + id);
    }

    private CustomField stored() {
        return SystemAuthentication.call(
                () -> fields.fields(CustomFieldOwner.CLIENT).getFirst());
    }

    @Test
    void an_administrator_adds_a_choice_field_with_labels_and_options() {
        open();
        _click(panel().add);
        CustomFieldDialog dialog = _get(CustomFieldDialog.class);
        userSets(dialog.type, CustomFieldType.SINGLE_CHOICE);
        assertThat(dialog.options.isVisible()).isTrue();
        userSets(dialog.labels.get("en"), "Tier");
        userSets(dialog.labels.get("de"), "Stufe");
        userSets(dialog.options, "Gold\nSilver\n");
        userSets(dialog.mandatory, true);
        userSets(dialog.onPdfs, true);
        _click(dialog.save);

        assertThat(_size(panel().grid)).isEqualTo(1);
        CustomField field = stored();
        assertThat(field.getType()).isEqualTo(CustomFieldType.SINGLE_CHOICE);
        assertThat(field.getLabel("de")).isEqualTo("Stufe");
        assertThat(field.getOptions()).containsExactly("Gold", "Silver");
        assertThat(field.isMandatory()).isTrue();
        assertThat(field.isOnPdfs()).isTrue();
        assertThat(field.isVisibleToClients()).isFalse();
        assertThat(GridKt._getFormattedRow(panel().grid, 0)).contains("Tier", "Single choice");
    }

    @Test
    void a_refused_definition_shows_why_on_the_input_and_stores_nothing() {
        open();
        _click(panel().add);
        CustomFieldDialog dialog = _get(CustomFieldDialog.class);
        userSets(dialog.labels.get("de"), "Stufe");
        _click(dialog.save);
        assertThat(dialog.labels.get("en").isInvalid()).isTrue();
        assertThat(dialog.labels.get("en").getErrorMessage()).contains("default language");

        userSets(dialog.labels.get("en"), "Tier");
        userSets(dialog.type, CustomFieldType.MULTIPLE_CHOICE);
        userSets(dialog.options, "Gold\nGold");
        _click(dialog.save);
        assertThat(dialog.options.isInvalid()).isTrue();
        assertThat(dialog.options.getErrorMessage()).contains("“Gold” appears twice");
        assertThat(_size(panel().grid)).isZero();
    }

    @Test
    void deleting_a_field_with_values_asks_with_the_count_and_its_type_stays() {
        CustomField field = fieldFixture.clientField(CustomFieldType.TEXT, "Segment");
        for (String name : new String[] {"One Ltd", "Two Ltd"}) {
            fieldFixture.company(name, Map.of(field.getId(), "Retail"));
        }
        open();
        _click(rowButton(panel().grid, "custom-field-edit-" + field.getId()));
        CustomFieldDialog dialog = _get(CustomFieldDialog.class);
        userSets(dialog.type, CustomFieldType.NUMBER);
        _click(dialog.save);
        assertThat(dialog.type.isInvalid()).isTrue();
        assertThat(dialog.type.getErrorMessage()).contains("2 clients have a value");
        assertThat(stored().getType()).isEqualTo(CustomFieldType.TEXT);
        _click(_get(Button.class, spec -> spec.withId("custom-field-cancel")));

        _click(rowButton(panel().grid, "custom-field-delete-" + field.getId()));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("message")).contains("2 clients have a value in “Segment”");
        confirm(confirm);
        assertThat(_size(panel().grid)).isZero();
        assertThat(SystemAuthentication.call(() -> fields.fields(CustomFieldOwner.CLIENT)))
                .isEmpty();
    }
}
