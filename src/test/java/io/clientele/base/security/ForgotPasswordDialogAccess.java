package io.clientele.base.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextField;
import io.clientele.support.KaribuTest;

/** Lets tests in other packages use the package-private forgot-password dialog as a user would. */
public final class ForgotPasswordDialogAccess {

    private ForgotPasswordDialogAccess() {}

    @SuppressWarnings("unchecked")
    public static Class<Component> dialogClass() {
        return (Class<Component>) (Class<?>) ForgotPasswordDialog.class;
    }

    /** Types into the field and presses Send. */
    public static void type(Component dialog, String text) {
        ForgotPasswordDialog d = (ForgotPasswordDialog) dialog;
        KaribuTestAccess.userSets(d.identity, text);
        _click(d.send);
    }

    /** Reaches KaribuTest's protected helper. */
    private static final class KaribuTestAccess extends KaribuTest {
        static void userSets(TextField field, String value) {
            KaribuTest.userSets(field, value);
        }
    }
}
