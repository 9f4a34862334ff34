package io.clientele.statement.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.client.Client;
import io.clientele.client.ClientService;
import io.clientele.client.ui.ClientOverviewView;
import io.clientele.statement.StatementFrequency;
import io.clientele.statement.StatementSchedule;
import io.clientele.statement.StatementService;
import io.clientele.statement.StatementStatus;
import io.clientele.support.MailTest;
import io.clientele.support.TestData;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A client's Statements tab as staff and managers click it. */
class StatementViewsTest extends MailTest {

    @Autowired
    StatementService statements;

    @Autowired
    ClientService clients;

    private Client acme;

    @BeforeEach
    void acme() {
        acme = testData.company("Acme Ltd", "billing@acme.example");
    }

    private void receiver() {
        testData.contact(acme, "Fay", "Finance", c -> {
            c.setEmail("fay@acme.example");
            c.setOptIn(true);
            c.setReceivesStatements(true);
        });
    }

    private StatementPanel statementsTab() {
        navigate("clients/" + acme.getId(), ClientOverviewView.class);
        selectTab("overview-sections", "tab-statements");
        return _get(StatementPanel.class);
    }

    private StatementSchedule stored() {
        return SystemAuthentication.call(() -> statements.schedule(acme.getId()));
    }

    @Test
    void staff_schedule_quarterly_statements_with_open_invoices_and_see_when_the_next_goes_out_and_to_whom() {
        receiver();
        login(TestData.STAFF);
        StatementPanel tab = statementsTab();
        assertThat(tab.frequency.getValue()).isEqualTo(StatementFrequency.NONE);
        assertThat(tab.next.getText()).isEqualTo(t("statement.next.none"));
        assertThat(tab.recipients.getText()).isEqualTo(t("statement.recipients", "fay@acme.example"));

        userSets(tab.frequency, StatementFrequency.QUARTERLY);
        userSets(tab.attachOpenInvoices, true);
        _click(tab.save);

        assertThat(stored().getFrequency()).isEqualTo(StatementFrequency.QUARTERLY);
        assertThat(stored().isAttachOpenInvoices()).isTrue();
        assertThat(notificationTexts()).contains(t("statement.saved"));
        StatementService.NextStatement next = Objects.requireNonNull(
                SystemAuthentication.call(() -> statements.tab(acme.getId()).next()));
        assertThat(tab.next.getText())
                .contains(tab.date(next.period().from()), tab.date(next.period().to()));
    }

    @Test
    void without_a_contact_who_receives_statements_the_tab_warns_and_send_now_is_refused_with_the_reason() {
        login(TestData.STAFF);
        StatementPanel tab = statementsTab();
        assertThat(tab.recipients.getText()).isEqualTo(t("statement.recipients.none"));

        _click(tab.sendNow);
        confirm(Objects.requireNonNull(tab.confirm));

        assertThat(notificationTexts()).contains(t("statement.no-recipients"));
        assertThat(_size(tab.log)).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void staff_send_a_statement_now_and_the_log_shows_it_sent() {
        receiver();
        login(TestData.STAFF);
        StatementPanel tab = statementsTab();

        _click(tab.sendNow);
        confirm(Objects.requireNonNull(tab.confirm));

        assertThat(notificationTexts()).contains(t("statement.send-now.sent"));
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(_size(tab.log)).isEqualTo(1);
        assertThat(GridKt._get(tab.log, 0).status()).isEqualTo(StatementStatus.SENT);
        assertThat(GridKt._getFormatted(tab.log, 0, "status")).isEqualTo(t("statement.status.SENT"));
    }

    @Test
    void a_mail_server_that_is_down_says_so_and_logs_nothing() {
        receiver();
        login(TestData.STAFF);
        StatementPanel tab = statementsTab();
        mailServerDown();

        _click(tab.sendNow);
        confirm(Objects.requireNonNull(tab.confirm));

        assertThat(notificationTexts()).contains(t("billing.mail.delivery-failed"));
        assertThat(_size(tab.log)).isZero();
    }

    @Test
    void managers_read_the_schedule_but_cannot_change_it_or_send() {
        SystemAuthentication.run(() -> {
            StatementSchedule s = statements.schedule(acme.getId());
            s.setFrequency(StatementFrequency.MONTHLY);
            statements.saveSchedule(s);
        });
        login(TestData.MANAGER);
        StatementPanel tab = statementsTab();

        assertThat(tab.frequency.getValue()).isEqualTo(StatementFrequency.MONTHLY);
        assertThat(tab.frequency.isReadOnly()).isTrue();
        assertThat(tab.save.isVisible()).isFalse();
        assertThat(tab.sendNow.isVisible()).isFalse();
    }

    @Test
    void a_save_over_another_users_change_to_the_other_field_keeps_both() {
        login(TestData.STAFF);
        StatementPanel tab = statementsTab();
        inOtherSession(() -> {
            StatementSchedule s = statements.schedule(acme.getId());
            s.setAttachOpenInvoices(true);
            statements.saveSchedule(s);
        });
        userSets(tab.frequency, StatementFrequency.MONTHLY);

        _click(tab.save);

        assertThat(stored().getFrequency()).isEqualTo(StatementFrequency.MONTHLY);
        assertThat(stored().isAttachOpenInvoices()).isTrue();
        assertThat(tab.conflict).isNull();
    }

    @Test
    void staff_switch_on_the_roll_up_of_a_parent_companys_statements_and_it_is_stored() {
        SystemAuthentication.run(() -> {
            Client sub = clients.get(
                    testData.company("Acme Subsidiary", "sub@acme.example").getId());
            sub.setParent(clients.get(acme.getId()));
            clients.save(sub);
        });
        login(TestData.STAFF);
        StatementPanel tab = statementsTab();
        assertThat(tab.rollUpSubsidiaries.isVisible()).isTrue();
        assertThat(tab.rollUpSubsidiaries.getValue()).isFalse();

        userSets(tab.frequency, StatementFrequency.MONTHLY);
        userSets(tab.rollUpSubsidiaries, true);
        _click(tab.save);

        assertThat(notificationTexts()).contains(t("statement.saved"));
        assertThat(stored().isRollUpSubsidiaries()).isTrue();
        assertThat(stored().getFrequency()).isEqualTo(StatementFrequency.MONTHLY);
    }

    @Test
    void a_company_without_subsidiaries_is_not_offered_the_roll_up() {
        login(TestData.STAFF);
        StatementPanel tab = statementsTab();

        assertThat(tab.rollUpSubsidiaries.isVisible()).isFalse();
        assertThat(tab.frequency.isVisible()).isTrue();
    }
}
