package io.clientele.dashboard;

import io.clientele.base.security.Roles;
import io.clientele.billing.InvoiceService;
import io.clientele.billing.PaymentService;
import io.clientele.client.ClientService;
import io.clientele.crm.ReminderService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The home page's figures. Each comes from the feature that owns it, through its public service, so each is scoped
 * by that feature's visibility rule: a restricted staff member sees sums over their own clients only.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANAGER})
public class DashboardService {

    /** Rows per list tile: enough to act on, few enough to read at a glance. */
    public static final int LIST_ROWS = 5;

    private final InvoiceService invoices;
    private final PaymentService payments;
    private final ReminderService reminders;
    private final ClientService clients;
    private final Clock clock;

    DashboardService(
            InvoiceService invoices,
            PaymentService payments,
            ReminderService reminders,
            ClientService clients,
            Clock clock) {
        this.invoices = invoices;
        this.payments = payments;
        this.reminders = reminders;
        this.clients = clients;
        this.clock = clock;
    }

    /** Everything the home page shows, read in one transaction. */
    public Dashboard read() {
        LocalDate today = LocalDate.now(clock);
        LocalDate weekEnd = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        return new Dashboard(
                invoices.outstandingByCurrency(),
                invoices.overdueByCurrency(),
                today,
                weekEnd,
                invoices.dueBetween(today, weekEnd, LIST_ROWS),
                invoices.countDueBetween(today, weekEnd),
                payments.receivedBetween(today.withDayOfMonth(1), today),
                reminders.mine(false, PageRequest.of(0, LIST_ROWS)),
                reminders.countMine(false),
                clients.recentlyChanged(LIST_ROWS),
                clients.largestGroups(LIST_ROWS));
    }
}
