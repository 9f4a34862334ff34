package io.clientele.client.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import io.clientele.client.Address;
import io.clientele.client.Client;
import io.clientele.settings.AddressFormat;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 16, case 2, in the client editor: in the free-form format the box starts with the structured address in force,
 * a typed address becomes the one in force for the overview and the list, and an address left untouched keeps
 * whichever form was in force.
 */
class AddressFormatUiTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    private Client client;

    @BeforeEach
    void aClientWithAStructuredAddress() {
        client = testData.company("Wöhler & Wöhler KG", "info@woehler.example");
        client.setBillingAddress(new Address("Hauptstraße 5", "Berlin", null, "10115", "DE"));
        client = testData.save(client);
        login(TestData.STAFF);
    }

    private void format(AddressFormat format) {
        jdbc.update("update system_settings set address_format = ?", format.name());
    }

    private ClientEditor edit() {
        ClientListView view = navigate("clients", ClientListView.class);
        ContextMenuKt._clickItemWithID(view.rowMenu(), "option-edit", GridKt._get(view.grid, 0));
        return _get(ClientEditor.class);
    }

    @Test
    void in_free_form_mode_the_box_starts_with_the_structured_address_and_the_typed_one_is_shown_everywhere() {
        format(AddressFormat.FREE_FORM);
        ClientEditor editor = edit();
        assertThat(editor.form.billing.text.getValue()).isEqualTo("Hauptstraße 5\n10115 Berlin\nGermany");
        assertThat(editor.form.billing.street.getParent()).isEmpty();

        userSets(editor.form.billing.text, "Wöhler & Wöhler KG\nAm Markt 3\n04109 Leipzig\nDeutschland");
        _click(editor.save);

        ClientListView list = navigate("clients", ClientListView.class);
        assertThat(GridKt._get(list.grid, 0).location()).isEqualTo("Leipzig, Deutschland");
        String overview = navigate("clients/" + client.getId(), ClientOverviewView.class)
                .getElement()
                .getTextRecursively();
        assertThat(overview).contains("Am Markt 3", "04109 Leipzig").doesNotContain("Hauptstraße 5");
        selectTab("overview-sections", "tab-history");
        ClientHistoryTab history = _get(ClientHistoryTab.class);
        List<String> formChange = new ArrayList<>();
        for (int row = 0; row < GridKt._size(history.grid); row++) {
            if (GridKt._get(history.grid, row).field().equals("billingAddress.form")) {
                formChange.add(GridKt._getFormatted(history.grid, row, "field"));
                formChange.add(GridKt._getFormatted(history.grid, row, "new"));
            }
        }
        assertThat(formChange)
                .containsExactly(t("client.history.field.billingAddress.form"), t("client.address.form.FREE_FORM"));
        Address stored = testData.reload(client).getBillingAddress();
        assertThat(stored.inForce()).isEqualTo(AddressFormat.FREE_FORM);
        assertThat(stored.getStreet()).as("the structured parts stay").isEqualTo("Hauptstraße 5");
    }

    @Test
    void in_free_form_mode_a_save_that_leaves_the_address_alone_keeps_the_structured_one_in_force() {
        format(AddressFormat.FREE_FORM);
        ClientEditor editor = edit();
        userSets(editor.form.phone, "+49 30 1234567");
        _click(editor.save);

        Address stored = testData.reload(client).getBillingAddress();
        assertThat(stored.inForce()).isEqualTo(AddressFormat.STRUCTURED);
        assertThat(stored.getText()).isNull();
        assertThat(testData.reload(client).getPhone()).isEqualTo("+49 30 1234567");
    }

    @Test
    void in_structured_mode_a_free_form_address_in_force_is_shown_and_stays_until_the_fields_are_changed() {
        Client edited = testData.reload(client);
        edited.getBillingAddress().setText("Am Markt 3\n04109 Leipzig");
        edited.getBillingAddress().setInForce(AddressFormat.FREE_FORM);
        testData.save(edited);
        format(AddressFormat.STRUCTURED);

        ClientEditor editor = edit();
        assertThat(editor.form.billing.freeFormInForce.isVisible()).isTrue();
        assertThat(editor.form.billing.freeFormInForce.getText()).contains("Am Markt 3");
        userSets(editor.form.website, "woehler.example");
        _click(editor.save);
        assertThat(testData.reload(client).getBillingAddress().inForce()).isEqualTo(AddressFormat.FREE_FORM);

        editor = edit();
        userSets(editor.form.billing.city, "Potsdam");
        _click(editor.save);
        Address stored = testData.reload(client).getBillingAddress();
        assertThat(stored.inForce()).isEqualTo(AddressFormat.STRUCTURED);
        assertThat(stored.formatted(Locale.ENGLISH)).isEqualTo("Hauptstraße 5\n10115 Potsdam\nGermany");
        assertThat(stored.getText()).as("the free-form block stays").isEqualTo("Am Markt 3\n04109 Leipzig");
    }
}
