package io.clientele.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.clientele.account.AccountHistoryEntry;
import io.clientele.account.AccountRow;
import io.clientele.account.AccountService;
import io.clientele.account.SignInState;
import io.clientele.base.ui.Notifications;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The accounts list's sign-in column: failed attempts and "Throttled until HH:MM", a Clear button for administrators
 * (recorded in the account's history) and the history itself.
 */
class SignInStateCell extends HorizontalLayout {

    final Span state = new Span();
    final Button clear = new Button();
    final Button history = new Button();

    SignInStateCell(AccountService accounts, AccountRow row, Runnable changed) {
        setSpacing(true);
        setAlignItems(Alignment.BASELINE);
        SignInState s = accounts.signInState(row.username());
        state.setId("account-sign-in-" + row.id());
        state.setText(text(s));
        clear.setId("account-clear-sign-in-" + row.id());
        clear.setText(getTranslation("account.action.clear-sign-in"));
        clear.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        clear.setVisible(!s.isClear());
        clear.addClickListener(e -> {
            accounts.clearSignIn(row.id());
            Notifications.success(getTranslation("account.sign-in.cleared", row.displayName()));
            changed.run();
        });
        history.setId("account-history-" + row.id());
        history.setText(getTranslation("account.action.history"));
        history.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        history.addClickListener(e -> historyDialog(accounts, row).open());
        add(state, clear, history);
    }

    private String text(SignInState s) {
        if (s.throttledUntil() != null) {
            String time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                    .withLocale(getLocale())
                    .format(s.throttledUntil().atZone(ZoneId.systemDefault()));
            return getTranslation("account.sign-in.throttled", time, s.failedAttempts());
        }
        return s.failedAttempts() == 0 ? "" : getTranslation("account.sign-in.failed", s.failedAttempts());
    }

    /** Whole keys, not a prefix: the translations test finds every key used in code. */
    private static String actionKey(String action) {
        return switch (action) {
            case "SIGN_IN_CLEARED" -> "account.history.SIGN_IN_CLEARED";
            case "PASSWORD_CHANGED" -> "account.history.PASSWORD_CHANGED";
            default -> "account.history.PASSWORD_RESET";
        };
    }

    private Dialog historyDialog(AccountService accounts, AccountRow row) {
        Dialog dialog = new Dialog();
        dialog.setId("account-history-dialog");
        dialog.setHeaderTitle(getTranslation("account.history.title", row.displayName()));
        var entries = accounts.history(row.id());
        if (entries.isEmpty()) {
            dialog.add(new Span(getTranslation("account.history.empty")));
        } else {
            // At most AccountService.HISTORY_MAX short lines: an in-memory grid is fine here.
            Grid<AccountHistoryEntry> grid = new Grid<>();
            grid.setId("account-history-grid");
            DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                    .withLocale(getLocale())
                    .withZone(ZoneId.systemDefault());
            grid.addColumn(h -> when.format(h.at())).setHeader(getTranslation("account.history.at"));
            grid.addColumn(h -> getTranslation(actionKey(h.action())))
                    .setKey("action")
                    .setHeader(getTranslation("account.history.action"));
            grid.addColumn(AccountHistoryEntry::actor)
                    .setKey("actor")
                    .setHeader(getTranslation("account.history.actor"));
            grid.setItems(entries);
            grid.setWidth("36em");
            dialog.add(grid);
        }
        dialog.getFooter().add(new Button(getTranslation("account.history.close"), e -> dialog.close()));
        return dialog;
    }
}
