package io.clientele.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import io.clientele.account.AccountHistoryEntry;
import io.clientele.base.security.LoginThrottle;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 16, case 6: User accounts shows an account's sign-in state (failed attempts, "Throttled until HH:MM"); an
 * administrator clears it, and the account's history says who did.
 */
class AccountSignInStateTest extends KaribuTest {

    @Autowired
    LoginThrottle throttle;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_admin_sees_the_throttled_state_clears_it_and_the_history_records_who_did() {
        // Thirteen wrong passwords from thirteen addresses, as the login filter counts them.
        for (int i = 0; i < 13; i++) {
            throttle.failed(TestData.STAFF, "10.0.0." + i, false);
        }
        long staffId =
                jdbc.queryForObject("select id from user_accounts where username = ?", Long.class, TestData.STAFF);
        login(TestData.ADMIN);
        AccountListView view = navigate("accounts", AccountListView.class);
        GridKt._size(view.grid);

        Span state = signIn(view, TestData.STAFF).state;
        var until = throttle.state(TestData.STAFF).throttledUntil();
        assertThat(until).isNotNull();
        String time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(UI.getCurrent().getLocale())
                .format(until.atZone(ZoneId.systemDefault()));
        assertThat(state.getText()).isEqualTo(t("account.sign-in.throttled", time, 13));

        assertThat(state.getId()).hasValue("account-sign-in-" + staffId);
        ButtonKt._click(signIn(view, TestData.STAFF).clear);
        assertThat(throttle.state(TestData.STAFF).failures()).isZero();
        assertThat(signIn(view, TestData.STAFF).state.getText()).isEmpty();
        assertThat(signIn(view, TestData.STAFF).clear.isVisible()).isFalse();

        ButtonKt._click(signIn(view, TestData.STAFF).history);
        @SuppressWarnings("unchecked")
        Grid<AccountHistoryEntry> history = _get(Grid.class, s -> s.withId("account-history-grid"));
        assertThat(GridKt._size(history)).isEqualTo(1);
        AccountHistoryEntry entry = GridKt._get(history, 0);
        assertThat(entry.action()).isEqualTo("SIGN_IN_CLEARED");
        assertThat(entry.actor()).isEqualTo(TestData.ADMIN);
        assertThat(entry.detail()).startsWith("13 failed");
    }

    @Test
    void an_account_with_a_few_failures_shows_their_number_and_none_shows_nothing() {
        throttle.failed(TestData.MANAGER, "10.1.1.1", false);
        throttle.failed(TestData.MANAGER, "10.1.1.1", false);
        login(TestData.ADMIN);
        AccountListView view = navigate("accounts", AccountListView.class);
        GridKt._size(view.grid);
        assertThat(signIn(view, TestData.MANAGER).state.getText()).isEqualTo(t("account.sign-in.failed", 2));
        assertThat(signIn(view, TestData.MANAGER).clear.isVisible()).isTrue();
        assertThat(signIn(view, TestData.STAFF).state.getText()).isEmpty();
    }

    private static SignInStateCell signIn(AccountListView view, String username) {
        for (int row = 0; row < GridKt._size(view.grid); row++) {
            if (GridKt._get(view.grid, row).username().equals(username)) {
                return cell(view.grid, row, "signIn", SignInStateCell.class);
            }
        }
        throw new AssertionError("No row for " + username);
    }
}
