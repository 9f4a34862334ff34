package io.clientele.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The app's notifications, one look for all features. */
public final class Notifications {

    private static final int SHORT = 3000;
    private static final int LONG = 8000;

    private Notifications() {}

    public static Notification success(String text) {
        Notification n = Notification.show(text, SHORT, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.SUCCESS);
        return n;
    }

    /** Something the user should know that is neither a success nor an error: shown longer, not in the way. */
    public static Notification info(String text) {
        Notification n = new Notification(text, LONG, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.INFO);
        n.open();
        return n;
    }

    public static Notification error(String text) {
        Notification n = new Notification(text, LONG, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.ERROR);
        n.open();
        return n;
    }

    /** A notification with an action button (e.g. Undo) that closes it when clicked. */
    public static Notification withAction(String text, String actionText, Runnable action) {
        Notification n = new Notification();
        n.setDuration(LONG);
        n.setPosition(Notification.Position.BOTTOM_START);
        Button button = new Button(actionText, e -> {
            n.close();
            action.run();
        });
        button.setId("notification-action");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        HorizontalLayout layout = new HorizontalLayout(new Span(text), button);
        layout.setAlignItems(FlexComponent.Alignment.CENTER);
        n.add(layout);
        n.open();
        return n;
    }

    /** Translates through the current UI, for callers that are not components. */
    public static String t(String key, Object... params) {
        return UI.getCurrent().getTranslation(key, params);
    }
}
