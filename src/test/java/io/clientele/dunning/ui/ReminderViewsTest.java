package io.clientele.dunning.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.menubar.MenuBar;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.billing.DocumentLine;
import io.clientele.billing.Invoice;
import io.clientele.billing.InvoiceService;
import io.clientele.billing.ui.InvoiceListView;
import io.clientele.client.Client;
import io.clientele.client.ui.ClientOverviewView;
import io.clientele.dunning.DunningService;
import io.clientele.dunning.FeeKind;
import io.clientele.dunning.ReminderPolicy;
import io.clientele.settings.ui.SettingsView;
import io.clientele.support.MailTest;
import io.clientele.support.TestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Settings → Payment reminders, a client's Reminders tab, and an invoice's reminder entries, as users click them. */
class ReminderViewsTest extends MailTest {

    @Autowired
    DunningService dunning;

    @Autowired
    InvoiceService invoices;

    @Autowired
    JdbcTemplate jdbc;

    private Client acme;

    @BeforeEach
    void acme() {
        acme = testData.company("Acme Ltd", "billing@acme.example");
    }

    private ReminderPolicy installation() {
        return SystemAuthentication.call(dunning::installationPolicy);
    }

    private ReminderPolicyPanel settingsTab() {
        login(TestData.ADMIN);
        navigate("settings", SettingsView.class);
        selectTab("settings-tabs", "tab-payment-reminders");
        return _get(ReminderPolicyPanel.class);
    }

    private ReminderPolicyPanel clientTab() {
        navigate("clients/" + acme.getId(), ClientOverviewView.class);
        selectTab("overview-sections", "tab-payment-reminders");
        return _get(ReminderPolicyPanel.class);
    }

    private Invoice sentInvoice() {
        return SystemAuthentication.call(() -> {
            Invoice draft = invoices.newInvoice(acme.getId());
            draft.setDueDate(LocalDate.now().plusDays(10));
            draft.setLines(
                    List.of(new DocumentLine("Work", BigDecimal.ONE, new BigDecimal("100.00"), BigDecimal.ZERO)));
            return invoices.markSent(invoices.save(draft).getId());
        });
    }

    private static MenuBar rowMenu() {
        @SuppressWarnings("unchecked")
        Grid<Object> grid = _get(Grid.class, spec -> spec.withId("invoice-grid"));
        return cell(grid, 0, "options", MenuBar.class);
    }

    @Test
    void an_administrator_sets_the_installations_steps_and_late_fee() {
        ReminderPolicyPanel tab = settingsTab();
        userSets(tab.step1, -7);
        userSets(tab.step2, 3);
        userSets(tab.step3, 14);
        userSets(tab.feeKind, FeeKind.FIXED);
        userSets(tab.feeAmount, new BigDecimal("5.00"));

        _click(tab.save);

        ReminderPolicy stored = installation();
        assertThat(stored.activeSteps()).containsExactly(-7, 3, 14);
        assertThat(stored.getFeeKind()).isEqualTo(FeeKind.FIXED);
        assertThat(stored.getFeeAmount()).isEqualByComparingTo("5.00");
        assertThat(notificationTexts()).contains(t("dunning.saved"));
    }

    @Test
    void a_step_earlier_than_the_one_before_is_marked_on_its_field_and_nothing_is_saved() {
        ReminderPolicyPanel tab = settingsTab();
        userSets(tab.step1, 5);
        userSets(tab.step2, 3);

        _click(tab.save);

        assertThat(tab.step2.isInvalid()).isTrue();
        assertThat(tab.step2.getErrorMessage()).isEqualTo("Reminder 2 must come later than the one before it.");
        assertThat(tab.step2.getValue()).isEqualTo(3);
        assertThat(installation().activeSteps()).isEmpty();
    }

    @Test
    void a_save_over_another_administrators_change_to_other_fields_keeps_both() {
        ReminderPolicyPanel tab = settingsTab();
        inOtherSession(() -> {
            ReminderPolicy p = dunning.installationPolicy();
            p.setFeeKind(FeeKind.PERCENT);
            p.setFeeAmount(new BigDecimal("2"));
            dunning.saveInstallationPolicy(p);
        });
        userSets(tab.step1, 7);

        _click(tab.save);

        ReminderPolicy stored = installation();
        assertThat(stored.activeSteps()).containsExactly(7);
        assertThat(stored.getFeeKind()).isEqualTo(FeeKind.PERCENT);
        assertThat(tab.conflict).isNull();
    }

    @Test
    void staff_opt_a_client_out_of_payment_reminders_on_its_reminders_tab() {
        login(TestData.STAFF);
        ReminderPolicyPanel tab = clientTab();

        userSets(tab.optedOut, true);
        assertThat(tab.step1.isEnabled()).isFalse();
        _click(tab.save);

        assertThat(SystemAuthentication.call(
                        () -> dunning.clientPolicy(acme.getId()).isOptedOut()))
                .isTrue();
        assertThat(notificationTexts()).contains(t("dunning.saved"));
    }

    @Test
    void staff_give_a_client_its_own_schedule_and_a_bad_one_is_refused_on_the_field() {
        login(TestData.STAFF);
        ReminderPolicyPanel tab = clientTab();
        assertThat(tab.step1.isEnabled()).isFalse();

        userSets(tab.ownSchedule, true);
        userSets(tab.step1, 400);
        _click(tab.save);
        assertThat(tab.step1.isInvalid()).isTrue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from reminder_policies where client_id = ?", Long.class, acme.getId()))
                .isZero();

        userSets(tab.step1, 10);
        _click(tab.save);
        ReminderPolicy stored = SystemAuthentication.call(() -> dunning.clientPolicy(acme.getId()));
        assertThat(stored.isOwnSchedule()).isTrue();
        assertThat(stored.activeSteps()).containsExactly(10);
    }

    @Test
    void send_reminder_now_from_the_invoice_row_mails_once_and_shows_in_its_reminder_log() {
        Invoice invoice = sentInvoice();
        login(TestData.STAFF);
        navigate("invoices", InvoiceListView.class);

        ContextMenuKt._clickItemWithID(rowMenu(), "option-send-reminder");
        confirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-send-reminder")));

        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(notificationTexts()).contains(t("dunning.send-now.sent", invoice.getNumber()));

        ContextMenuKt._clickItemWithID(rowMenu(), "option-reminder-log");
        ReminderLogDialog log = _get(ReminderLogDialog.class);
        assertThat(_size(log.grid)).isEqualTo(1);
    }

    @Test
    void a_disputed_invoice_gets_no_reminder_by_hand_and_says_why() {
        sentInvoice();
        login(TestData.ADMIN);
        navigate("invoices", InvoiceListView.class);

        ContextMenuKt._clickItemWithID(rowMenu(), "option-dispute");
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("dispute-mark")));
        com.vaadin.flow.component.textfield.TextArea reason =
                _get(com.vaadin.flow.component.textfield.TextArea.class, spec -> spec.withId("dispute-reason"));
        assertThat(reason.isInvalid()).isTrue();
        userSets(reason, "Hours were not agreed");
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("dispute-mark")));

        ContextMenuKt._clickItemWithID(rowMenu(), "option-send-reminder");
        confirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-send-reminder")));

        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(String.join(" | ", notificationTexts())).contains("is paid, cancelled, disputed or not issued");
    }

    @Test
    void a_manager_reads_the_reminder_log_but_cannot_send_one() {
        sentInvoice();
        login(TestData.MANAGER);
        navigate("invoices", InvoiceListView.class);

        assertThatThrownBy(() -> ContextMenuKt._clickItemWithID(rowMenu(), "option-send-reminder"))
                .isInstanceOfAny(AssertionError.class, IllegalArgumentException.class, IllegalStateException.class);
        ContextMenuKt._clickItemWithID(rowMenu(), "option-reminder-log");
        assertThat(_get(ReminderLogDialog.class).isOpened()).isTrue();
    }
}
