package io.clientele.client.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.EmailField;
import io.clientele.base.ui.Fields;
import io.clientele.client.Client;
import io.clientele.settings.ui.NameDialog;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Text pasted beyond a field's limit gets Vaadin's own check, whose message comes from the field's i18n: without
 * {@link Fields#limit} the field turns red with an empty message (issue 23, item 9).
 */
class FieldLimitMessagesTest extends KaribuTest {

    @Test
    void client_notes_over_their_limit_say_the_limit_in_english() {
        login(TestData.STAFF);
        _click(navigate("clients", ClientListView.class).newClient);
        ClientEditor editor = _get(ClientEditor.class);

        userSets(editor.form.notes, "x".repeat(Client.NOTES_MAX + 1));

        assertThat(editor.form.notes.isInvalid()).isTrue();
        assertThat(editor.form.notes.getErrorMessage()).isEqualTo("Keep this to 2,000 characters or fewer.");
    }

    @Test
    void a_name_over_its_limit_says_the_limit_in_german() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        NameDialog dialog = new NameDialog("Gruppe", "Name", "", 40, null, d -> true);
        dialog.open();

        userSets(dialog.name, "x".repeat(41));

        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.name.getErrorMessage()).isEqualTo("Bitte höchstens 40 Zeichen.");
    }

    @Test
    void an_email_field_explains_its_limit_and_its_pattern() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        EmailField email = Fields.limit(new EmailField(), 20);
        UI.getCurrent().add(email);

        userSets(email, "a".repeat(10) + "@example.com");
        assertThat(email.getErrorMessage()).isEqualTo("Bitte höchstens 20 Zeichen.");

        userSets(email, "not an address");
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("Geben Sie eine E-Mail-Adresse wie name@example.com ein.");
    }
}
