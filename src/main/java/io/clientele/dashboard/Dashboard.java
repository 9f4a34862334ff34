package io.clientele.dashboard;

import io.clientele.billing.CurrencySum;
import io.clientele.billing.DocumentRow;
import io.clientele.client.GroupSize;
import io.clientele.client.RecentClient;
import io.clientele.crm.ReminderRow;
import java.time.LocalDate;
import java.util.List;

/**
 * The figures of the home page, all of them over the clients the user may see.
 *
 * @param outstanding      open balances of issued invoices per currency (overdue ones included)
 * @param overdue          open balances of overdue invoices per currency
 * @param today            the day the figures were read for
 * @param weekEnd          the last day (Sunday) of the week "due this week" covers, from {@code today}
 * @param dueThisWeek      the first of the unpaid invoices due from today to {@code weekEnd}, soonest first
 * @param dueThisWeekCount how many such invoices there are in all
 * @param receivedThisMonth payments received from the first of the month to today, per currency
 * @param myReminders      the user's first open reminders, overdue ones on top
 * @param myOpenReminders  how many open reminders the user has in all
 * @param recentClients    the clients changed most recently, newest first
 * @param topGroups        the groups with the most live clients, largest first
 */
public record Dashboard(
        List<CurrencySum> outstanding,
        List<CurrencySum> overdue,
        LocalDate today,
        LocalDate weekEnd,
        List<DocumentRow> dueThisWeek,
        long dueThisWeekCount,
        List<CurrencySum> receivedThisMonth,
        List<ReminderRow> myReminders,
        long myOpenReminders,
        List<RecentClient> recentClients,
        List<GroupSize> topGroups) {

    /** The month "received this month" covers starts here. */
    public LocalDate monthStart() {
        return today.withDayOfMonth(1);
    }
}
