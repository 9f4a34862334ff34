package io.clientele.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Limits on text fields that say what they are. A field with only {@code setMaxLength} turns red with an empty
 * message when pasted text is too long, because Vaadin's own check takes its message from the field's i18n; these
 * set the limit and its translated message ("Keep this to 200 characters or fewer.") together, with the messages of
 * Vaadin's other own checks (required, e-mail pattern).
 */
public final class Fields {

    private Fields() {}

    /** Sets {@code max} on the field and Vaadin's own messages in the UI language. */
    public static TextField limit(TextField field, int max) {
        field.setMaxLength(max);
        field.setI18n(new TextField.TextFieldI18n()
                .setMaxLengthErrorMessage(tooLong(field, max))
                .setRequiredErrorMessage(required(field)));
        return field;
    }

    /** Sets {@code max} on the area and Vaadin's own messages in the UI language. */
    public static TextArea limit(TextArea field, int max) {
        field.setMaxLength(max);
        field.setI18n(new TextArea.TextAreaI18n()
                .setMaxLengthErrorMessage(tooLong(field, max))
                .setRequiredErrorMessage(required(field)));
        return field;
    }

    /** Sets {@code max} on the e-mail field and Vaadin's own messages, the address pattern's too. */
    public static EmailField limit(EmailField field, int max) {
        field.setMaxLength(max);
        field.setI18n(new EmailField.EmailFieldI18n()
                .setMaxLengthErrorMessage(tooLong(field, max))
                .setRequiredErrorMessage(required(field))
                .setPatternErrorMessage(field.getTranslation("field.email.invalid")));
        return field;
    }

    /** Sets {@code max} on the password field and Vaadin's own messages in the UI language. */
    public static PasswordField limit(PasswordField field, int max) {
        field.setMaxLength(max);
        field.setI18n(new PasswordField.PasswordFieldI18n()
                .setMaxLengthErrorMessage(tooLong(field, max))
                .setRequiredErrorMessage(required(field)));
        return field;
    }

    private static String tooLong(Component field, int max) {
        return field.getTranslation("field.too-long", max);
    }

    private static String required(Component field) {
        return field.getTranslation("field.required");
    }
}
