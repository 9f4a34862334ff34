package io.clientele.contact.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.menubar.MenuBar;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.client.Client;
import io.clientele.client.CustomField;
import io.clientele.client.CustomFieldOwner;
import io.clientele.client.CustomFieldType;
import io.clientele.client.ui.ClientOverviewView;
import io.clientele.contact.ContactRow;
import io.clientele.contact.ContactService;
import io.clientele.support.CustomFieldFixture;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The contact form with the administrator's contact fields (issue 22), as staff use it. */
class ContactCustomFieldsFormTest extends KaribuTest {

    @Autowired
    CustomFieldFixture fieldFixture;

    @Autowired
    ContactService contacts;

    private Client acme;
    private CustomField role;
    private CustomField children;

    @BeforeEach
    void aContactFieldOfEachKindAndStaffLoggedIn() {
        acme = testData.company("Acme GmbH", "info@acme.example");
        role = fieldFixture.field(
                CustomFieldOwner.CONTACT,
                CustomFieldType.SINGLE_CHOICE,
                "Role",
                f -> f.setMandatory(true),
                "Buyer",
                "Owner");
        children = fieldFixture.contactField(CustomFieldType.NUMBER, "Children");
        login(TestData.STAFF);
    }

    private ContactsTab openTab() {
        navigate("clients/" + acme.getId(), ClientOverviewView.class);
        return _get(ContactsTab.class);
    }

    @SuppressWarnings("unchecked")
    private static <V> HasValue<?, V> input(ContactDialog dialog, CustomField field) {
        return (HasValue<?, V>) dialog.customFields.input(field.getId());
    }

    private List<ContactRow> rows() {
        return SystemAuthentication.call(() -> contacts.page(acme.getId(), false, PageRequest.of(0, 50)));
    }

    @Test
    void a_new_contact_needs_its_mandatory_field_and_a_whole_number_and_its_values_show_in_the_contacts_tab() {
        _click(openTab().add);
        ContactDialog dialog = _get(ContactDialog.class);
        userSets(dialog.firstName, "Anna");
        userSets(dialog.lastName, "Becker");
        userSets(input(dialog, children), new BigDecimal("2.5"));
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(((HasValidation) input(dialog, role)).getErrorMessage())
                .isEqualTo("Role is mandatory: please fill it in.");
        assertThat(((HasValidation) input(dialog, children)).getErrorMessage())
                .isEqualTo("Children: enter a whole number.");
        assertThat(rows()).isEmpty();

        userSets(input(dialog, role), "Owner");
        userSets(input(dialog, children), new BigDecimal("2"));
        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        long id = rows().getFirst().id();
        assertThat(SystemAuthentication.call(() -> contacts.customValues(acme.getId(), id)))
                .isEqualTo(Map.of(role.getId(), "Owner", children.getId(), new BigDecimal("2")));
        ContactsTab tab = _get(ContactsTab.class);
        assertThat(tab.grid.getColumnByKey("custom-" + role.getId()).getHeaderText())
                .isEqualTo("Role");
        assertThat(GridKt._getFormattedRow(tab.grid, 0)).contains("Owner", "2");
    }

    @Test
    void editing_a_contact_shows_its_values_and_keeps_them_when_only_other_fields_change() {
        long id = fieldFixture
                .contact(acme, "Anna", Map.of(role.getId(), "Buyer"))
                .getId();
        ContactsTab tab = openTab();
        assertThat(GridKt._getFormattedRow(tab.grid, 0)).contains("Buyer");
        ContextMenuKt._clickItemWithID(cell(tab.grid, 0, "options", MenuBar.class), "contact-edit");
        ContactDialog dialog = _get(ContactDialog.class);
        assertThat(input(dialog, role).getValue()).isEqualTo("Buyer");

        userSets(dialog.title, "Head of Purchasing");
        userSets(input(dialog, children), new BigDecimal("3"));
        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(SystemAuthentication.call(() -> contacts.customValues(acme.getId(), id)))
                .isEqualTo(Map.of(role.getId(), "Buyer", children.getId(), new BigDecimal("3")));
        assertThat(GridKt._getFormattedRow(_get(ContactsTab.class).grid, 0)).contains("Buyer", "3");
    }
}
