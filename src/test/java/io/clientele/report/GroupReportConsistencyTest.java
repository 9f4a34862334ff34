package io.clientele.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.billing.CreditNoteService;
import io.clientele.billing.DocumentLine;
import io.clientele.billing.DocumentNotFoundException;
import io.clientele.billing.Invoice;
import io.clientele.billing.InvoiceService;
import io.clientele.billing.Payment;
import io.clientele.billing.PaymentMethod;
import io.clientele.billing.PaymentService;
import io.clientele.client.Client;
import io.clientele.client.ClientGroup;
import io.clientele.client.ClientGroupService;
import io.clientele.client.ClientMergeService;
import io.clientele.client.ClientNotFoundException;
import io.clientele.client.ClientService;
import io.clientele.support.AtOnce;
import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 18: the group report's kept months ({@code invoice_months}, billing's {@code InvoiceMonths}) never drift from
 * the invoices. A seeded random sequence of 200 operations per seed — drafts created, edited, deleted; invoices issued
 * or sent; payments recorded (partial and full, dated before or after others) and deleted; credit notes; cancels;
 * clients trashed, restored, merged, deleted for good and moved between groups — and every 20 operations the kept
 * rows equal a recount from the invoices and payments, each invoice's "paid on" date its last payment's while it is
 * paid, and the group report over periods that cut months at either end, cut one month on both, or take whole months
 * equals the computation from before the issue ({@link ReportService#groupReportLive}).
 */
class GroupReportConsistencyTest extends SpringTest {

    private static final int OPERATIONS = 200;
    private static final int CHECK_EVERY = 20;

    // The ten days an invoice is kept under (1st-10th, 11th-20th, 21st-end), written out here as the changeset says.
    private static final String TEN_DAYS = "(year(d.issue_date) * 1000 + month(d.issue_date) * 10"
            + " + case when extract(day from d.issue_date) < 11 then 0 when extract(day from d.issue_date) < 21 then 1"
            + " else 2 end)";

    // Independent of billing's statements: "paid on" from the payments, as the report did before the issue.
    private static final String RECOUNT = """
            select d.client_id, d.currency, %1$s as issue_period,
                   count(*) as invoices, sum(d.total - d.credited_total) as invoiced, sum(d.paid_total) as paid,
                   sum(d.balance) as outstanding,
                   sum(case when d.status = 'PAID' and exists (select 1 from payments p where p.invoice_id = d.id)
                       then 1 else 0 end) as paid_count,
                   coalesce(sum(case when d.status = 'PAID' then timestampdiff(DAY, d.issue_date,
                       (select max(p.payment_date) from payments p where p.invoice_id = d.id)) end), 0) as days_sum
            from billing_documents d
            where d.doc_type = 'INVOICE' and d.status <> 'DRAFT'
            group by d.client_id, d.currency, %1$s""".formatted(TEN_DAYS);

    // Each client-month's previous counted month in its currency (0: none), by a correlated max: independent of the
    // window function and of the code that keeps since_period.
    private static final String SINCE = """
            coalesce((select max(p.issue_period) from invoice_months p where p.client_id = im.client_id
                and p.currency = im.currency and p.issue_period < im.issue_period and p.invoices > 0), 0)""";

    private static final String GROUP_RECOUNT = """
            select coalesce(m.group_id, 0) as group_id, x.currency as currency, x.issue_period as issue_period,
                   x.since as since_period, count(*) as clients, sum(x.invoices) as invoices,
                   sum(x.invoiced) as invoiced, sum(x.paid) as paid, sum(x.outstanding) as outstanding,
                   sum(x.paid_count) as paid_count, sum(x.days_sum) as days_sum
            from (select im.*, %1$s as since from invoice_months im where im.invoices > 0) x
            left join client_group_members m on m.client_id = x.client_id
            group by coalesce(m.group_id, 0), x.currency, x.issue_period, x.since
            union all
            select -1, x.currency, x.issue_period, x.since, count(*), sum(x.invoices), sum(x.invoiced), sum(x.paid),
                   sum(x.outstanding), sum(x.paid_count), sum(x.days_sum)
            from (select im.*, %1$s as since from invoice_months im where im.invoices > 0) x
            group by x.currency, x.issue_period, x.since""".formatted(SINCE);

    // The kept group rows without those whose clients all left (a difference brought them back to zero).
    private static final String GROUP_KEPT = """
            select group_id, currency, issue_period, since_period, clients, invoices, invoiced, paid, outstanding,
                   paid_count, days_sum
            from group_months
            where not (clients = 0 and invoices = 0 and invoiced = 0 and paid = 0 and outstanding = 0
                and paid_count = 0 and days_sum = 0)""";

    private static final String KEPT = """
            select client_id, currency, issue_period, invoices, invoiced, paid, outstanding, paid_count, days_sum
            from invoice_months""";

    @Autowired
    InvoiceService invoices;

    @Autowired
    PaymentService payments;

    @Autowired
    CreditNoteService creditNotes;

    @Autowired
    ClientService clients;

    @Autowired
    ClientMergeService merges;

    @Autowired
    ReportService reports;

    @Autowired
    ClientGroupService clientGroups;

    @Autowired
    JdbcTemplate jdbc;

    private Random random;
    private LocalDate today;
    private final List<ClientGroup> groups = new ArrayList<>();
    private final Set<Long> clientIds = new HashSet<>();
    private final Map<String, Integer> applied = new TreeMap<>();
    private int refused;

    @ParameterizedTest
    @ValueSource(longs = {18, 1_844, 90_210})
    void the_kept_months_equal_a_recount_after_a_random_sequence_of_changes(long seed) {
        random = new Random(seed);
        today = LocalDate.now();
        for (String name : List.of("Agencies", "Retail", "Public")) {
            groups.add(testData.group(name));
        }
        for (int i = 0; i < 10; i++) {
            newClient(i < 7 ? "EUR" : "USD");
        }
        for (int step = 1; step <= OPERATIONS; step++) {
            operate();
            // Groups come and go on a schedule (as random picks they were too rare to rely on for every seed).
            if (step % 40 == 10) {
                newGroup();
            } else if (step % 40 == 30) {
                deleteGroup();
            }
            if (step % CHECK_EVERY == 0) {
                assertConsistent(seed + "/" + step);
            }
        }
        // The sequence did what it says: every kind of change happened, and most operations went through.
        assertThat(applied.keySet())
                .as("applied %s, refused %d", applied, refused)
                .contains(
                        "draft",
                        "edit",
                        "delete draft",
                        "issue",
                        "send",
                        "pay",
                        "pay in full",
                        "delete payment",
                        "credit",
                        "cancel",
                        "trash",
                        "restore",
                        "merge",
                        "delete client",
                        "groups",
                        "new group",
                        "delete group");
        assertThat(refused).as("refused of %d", OPERATIONS).isLessThan(OPERATIONS / 5);
        assertThat(jdbc.queryForObject("select count(*) from invoice_months", Long.class))
                .isGreaterThan(10L);
    }

    /**
     * The group rows of a busy group's current period are shared by every writer of that group (like the dashboard's
     * open balances): six writers at once on the clients of the same two groups — each pair of writers on the same
     * two clients, all owned by one staff member, each writer on its own invoices — issue and send invoices, record
     * partial and full payments and credit notes, and one of each pair moves a client between the groups and gives it
     * to nobody or back in the same save (the group rows, then the staff member's dashboard sums, where an invoice
     * writes them the other way round). None fails (no deadlock: the shared rows are written last, in one order), and
     * afterwards the kept rows equal the recount and the dashboard's figures the live sums (two writers of one client
     * each counted on the other's latest figures).
     */
    @Test
    void writers_of_the_same_groups_at_once_leave_the_kept_rows_exact() throws Exception {
        today = LocalDate.now();
        ClientGroup agencies = testData.group("Agencies");
        ClientGroup retail = testData.group("Retail");
        int writers = 6;
        int rounds = 6;
        long staffId = testData.accountId(TestData.STAFF);
        List<Client[]> pairs = new ArrayList<>();
        for (int p = 0; p < writers / 2; p++) {
            Client first = testData.company("Pair " + p + " A", "pair" + p + "a@test.example");
            first.setGroups(Set.of(agencies));
            first.setOwnerId(staffId);
            Client second = testData.company("Pair " + p + " B", "pair" + p + "b@test.example");
            second.setGroups(Set.of(agencies, retail));
            second.setOwnerId(staffId);
            pairs.add(new Client[] {testData.save(first), testData.save(second)});
        }
        AtOnce.run(writers, w -> {
            Client[] mine = pairs.get(w / 2);
            boolean mover = w % 2 == 0;
            for (int round = 0; round < rounds; round++) {
                write(mine, round, mover ? staffId : null, agencies, retail);
            }
        });
        assertConsistent("writers at once");
        // Every writer's invoices are in the kept rows of "Agencies" (both clients of each pair are in it throughout).
        Long agencyInvoices = jdbc.queryForObject(
                "select sum(invoices) from group_months where group_id = ?", Long.class, agencies.getId());
        assertThat(agencyInvoices).isEqualTo((long) writers * rounds * 2);
        assertThat(jdbc.queryForObject(
                        "select sum(outstanding_count) from open_balance_totals where scope_id = 0", Long.class))
                .as("invoices open on the dashboard")
                .isEqualTo(jdbc.queryForObject(
                        "select count(*) from billing_documents where doc_type = 'INVOICE' and balance > 0",
                        Long.class));
        assertThat(jdbc.queryForObject(
                        "select sum(outstanding) from open_balance_totals where scope_id = 0", BigDecimal.class))
                .as("outstanding on the dashboard")
                .isEqualByComparingTo(jdbc.queryForObject(
                        "select sum(balance) from billing_documents where doc_type = 'INVOICE'", BigDecimal.class));
        assertThat(jdbc.queryForObject("select sum(payments) from received_totals where scope_id = 0", Long.class))
                .as("payments received on the dashboard")
                .isEqualTo(jdbc.queryForObject("select count(*) from payments", Long.class));
        assertThat(jdbc.queryForObject(
                        "select sum(outstanding) from open_balance_totals where scope_id = ?",
                        BigDecimal.class,
                        staffId))
                .as("outstanding on the staff member's dashboard")
                .isEqualByComparingTo(jdbc.queryForObject(
                        "select sum(d.balance) from billing_documents d join clients c on c.id = d.client_id"
                                + " where d.doc_type = 'INVOICE' and c.owner_id = ?",
                        BigDecimal.class,
                        staffId));
    }

    /**
     * One round of one writer on a pair's two clients: an invoice each, sent, paid in part, then paid in full or
     * credited; the mover (the staff member's id, else null) then takes the second client out of "Retail" and from the
     * staff member, or back.
     */
    private void write(Client[] mine, int round, Long mover, ClientGroup agencies, ClientGroup retail) {
        for (Client client : mine) {
            Invoice invoice = SystemAuthentication.call(() -> {
                Invoice draft = invoices.newInvoice(client.getId());
                draft.setIssueDate(today);
                draft.setDueDate(today.plusDays(30));
                draft.setLines(List.of(
                        new DocumentLine("Work " + round, BigDecimal.ONE, new BigDecimal("100.00"), BigDecimal.ZERO)));
                return invoices.markSent(invoices.save(draft).getId());
            });
            SystemAuthentication.run(() -> payments.record(invoice.getId(), payment("40.00")));
            if (round % 2 == 0) {
                SystemAuthentication.run(() -> payments.record(invoice.getId(), payment("60.00")));
            } else {
                SystemAuthentication.run(
                        () -> creditNotes.creditAmount(invoice.getId(), new BigDecimal("10.00"), "Discount"));
            }
        }
        if (mover != null) {
            // The second client's periods move out of "Retail"'s rows and back in, its open figures out of the staff
            // member's sums and back in.
            Client moved = SystemAuthentication.call(() -> clients.get(mine[1].getId()));
            moved.setGroups(round % 2 == 0 ? Set.of(agencies) : Set.of(agencies, retail));
            moved.setOwnerId(round % 2 == 0 ? null : mover);
            testData.save(moved);
        }
    }

    private Payment payment(String amount) {
        Payment payment = new Payment();
        payment.setReference("P " + amount);
        payment.setMethod(PaymentMethod.BANK_TRANSFER);
        payment.setAmount(new BigDecimal(amount));
        payment.setDate(today);
        return payment;
    }

    private void operate() {
        int pick = random.nextInt(100);
        try {
            if (pick < 18) {
                draft();
            } else if (pick < 24) {
                edit();
            } else if (pick < 27) {
                deleteDraft();
            } else if (pick < 42) {
                issue();
            } else if (pick < 62) {
                pay();
            } else if (pick < 68) {
                deletePayment();
            } else if (pick < 75) {
                credit();
            } else if (pick < 78) {
                cancel();
            } else if (pick < 83) {
                trash();
            } else if (pick < 88) {
                restore();
            } else if (pick < 91) {
                merge();
            } else if (pick < 93) {
                deleteClient();
            } else if (pick < 97) {
                moveGroups();
            } else {
                newClient(random.nextBoolean() ? "EUR" : "USD");
            }
        } catch (RuleViolationException | DocumentNotFoundException | ClientNotFoundException e) {
            refused++;
        }
    }

    private void done(String kind) {
        applied.merge(kind, 1, Integer::sum);
    }

    private void newClient(String currency) {
        int n = clientIds.size();
        Client client = testData.company("Client " + n, "client" + n + "@test.example");
        client.setCurrency(currency);
        client.setGroups(randomGroups());
        clientIds.add(testData.save(client).getId());
    }

    private Set<ClientGroup> randomGroups() {
        Set<ClientGroup> chosen = new HashSet<>();
        for (ClientGroup group : groups) {
            if (random.nextInt(3) == 0) {
                chosen.add(group);
            }
        }
        return chosen;
    }

    private void draft() {
        Long clientId = any("select id from clients where trashed_at is null");
        if (clientId == null) {
            return;
        }
        SystemAuthentication.run(() -> {
            Invoice invoice = invoices.newInvoice(clientId);
            LocalDate issued = today.minusDays(random.nextInt(240));
            invoice.setIssueDate(issued);
            invoice.setDueDate(issued.plusDays(30));
            invoice.setLines(lines());
            invoices.save(invoice);
        });
        done("draft");
    }

    private List<DocumentLine> lines() {
        List<DocumentLine> lines = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(2); i < n; i++) {
            lines.add(new DocumentLine(
                    "Work " + i,
                    BigDecimal.valueOf(1 + random.nextInt(3)),
                    BigDecimal.valueOf(10 + random.nextInt(500)),
                    random.nextBoolean() ? BigDecimal.ZERO : new BigDecimal("19")));
        }
        return lines;
    }

    private void edit() {
        Long id = anyInvoice("d.status = 'DRAFT'");
        if (id == null) {
            return;
        }
        SystemAuthentication.run(() -> {
            Invoice invoice = invoices.get(id);
            LocalDate issued = today.minusDays(random.nextInt(240));
            invoice.setIssueDate(issued);
            invoice.setDueDate(issued.plusDays(14));
            invoice.setLines(lines());
            invoices.save(invoice);
        });
        done("edit");
    }

    private void deleteDraft() {
        Long id = anyInvoice("d.status = 'DRAFT'");
        if (id == null) {
            return;
        }
        SystemAuthentication.run(() -> invoices.delete(id));
        done("delete draft");
    }

    private void issue() {
        Long id = anyInvoice("d.status = 'DRAFT'");
        if (id == null) {
            return;
        }
        if (random.nextBoolean()) {
            SystemAuthentication.run(() -> invoices.issue(id));
            done("issue");
        } else {
            SystemAuthentication.run(() -> invoices.markSent(id));
            done("send");
        }
    }

    private void pay() {
        Long id = anyInvoice("d.status in ('SENT', 'VIEWED', 'OVERDUE') and d.balance > 0");
        if (id == null) {
            return;
        }
        BigDecimal balance =
                jdbc.queryForObject("select balance from billing_documents where id = ?", BigDecimal.class, id);
        boolean full = random.nextInt(3) == 0;
        BigDecimal amount = full
                ? balance
                : balance.multiply(BigDecimal.valueOf(1 + random.nextInt(60)))
                        .movePointLeft(2)
                        .setScale(2, RoundingMode.DOWN)
                        .max(new BigDecimal("0.01"));
        LocalDate issued =
                jdbc.queryForObject("select issue_date from billing_documents where id = ?", LocalDate.class, id);
        Payment payment = new Payment();
        payment.setReference("P" + random.nextInt(100_000));
        payment.setMethod(PaymentMethod.BANK_TRANSFER);
        payment.setAmount(amount);
        // Now and then dated before an earlier payment, or even before the issue: "paid on" is the latest date.
        payment.setDate(issued.plusDays(random.nextInt(70) - 5));
        SystemAuthentication.run(() -> payments.record(id, payment));
        done(amount.compareTo(balance) == 0 ? "pay in full" : "pay");
    }

    private void deletePayment() {
        Long id = any("select p.id from payments p join clients c on c.id = p.client_id where c.trashed_at is null");
        if (id == null) {
            return;
        }
        SystemAuthentication.run(() -> payments.delete(id));
        done("delete payment");
    }

    private void credit() {
        Long id = anyInvoice("d.status in ('SENT', 'VIEWED', 'OVERDUE', 'PAID') and d.total > d.credited_total");
        if (id == null) {
            return;
        }
        BigDecimal left = jdbc.queryForObject(
                "select total - credited_total from billing_documents where id = ?", BigDecimal.class, id);
        BigDecimal amount = left.multiply(BigDecimal.valueOf(1 + random.nextInt(50)))
                .movePointLeft(2)
                .setScale(2, RoundingMode.DOWN)
                .max(new BigDecimal("0.01"));
        SystemAuthentication.run(() -> creditNotes.creditAmount(id, amount, "Discount"));
        done("credit");
    }

    private void cancel() {
        Long id = anyInvoice("d.status in ('SENT', 'VIEWED', 'OVERDUE') and d.total > d.credited_total");
        if (id == null) {
            return;
        }
        SystemAuthentication.run(() -> creditNotes.cancelInvoice(id, "Withdrawn"));
        done("cancel");
    }

    private void trash() {
        Long id = any("select id from clients where trashed_at is null");
        if (id == null) {
            return;
        }
        SystemAuthentication.run(() -> clients.trash(List.of(id)));
        done("trash");
    }

    private void restore() {
        Long id = any("select id from clients where trashed_at is not null");
        if (id == null) {
            return;
        }
        SystemAuthentication.run(() -> clients.restore(List.of(id)));
        done("restore");
    }

    private void merge() {
        Long merged = any("select id from clients where trashed_at is null");
        if (merged == null) {
            return;
        }
        Long survivor = any("select id from clients where trashed_at is null and id <> " + merged
                + " and currency = (select currency from clients where id = " + merged + ")");
        if (survivor == null) {
            return;
        }
        SystemAuthentication.run(() -> merges.merge(merged, survivor, Set.of()));
        done("merge");
    }

    private void deleteClient() {
        Long trashed = any("select id from clients where trashed_at is not null");
        Long id = trashed != null ? trashed : any("select id from clients where trashed_at is null");
        if (id == null) {
            return;
        }
        SystemAuthentication.run(() -> {
            if (trashed == null) {
                clients.trash(List.of(id));
            }
            clients.deletePermanently(List.of(id));
        });
        done("delete client");
    }

    private void moveGroups() {
        Long id = any("select id from clients where trashed_at is null");
        if (id == null) {
            return;
        }
        Client client = SystemAuthentication.call(() -> clients.get(id));
        client.setGroups(randomGroups());
        testData.save(client);
        done("groups");
    }

    private void newGroup() {
        groups.add(testData.group("Group " + applied.getOrDefault("new group", 0)));
        done("new group");
    }

    /** A group with its members (those in no other group now count in "No group"), never the last one. */
    private void deleteGroup() {
        if (groups.size() < 2) {
            return;
        }
        ClientGroup group = groups.remove(random.nextInt(groups.size()));
        SystemAuthentication.run(() -> clientGroups.delete(group));
        done("delete group");
    }

    /** One of the rows the query returns, chosen by the seeded random, or null if none. */
    private Long any(String sql) {
        List<Long> ids = jdbc.queryForList(sql + " order by 1", Long.class);
        return ids.isEmpty() ? null : ids.get(random.nextInt(ids.size()));
    }

    /** An invoice of a live client matching the condition on {@code billing_documents d}. */
    private Long anyInvoice(String condition) {
        return any("select d.id from billing_documents d join clients c on c.id = d.client_id"
                + " where d.doc_type = 'INVOICE' and c.trashed_at is null and " + condition);
    }

    private void assertConsistent(String when) {
        assertThat(rows(KEPT)).as("kept months after %s", when).isEqualTo(rows(RECOUNT));
        assertThat(jdbc.queryForList(
                        "select im.client_id from invoice_months im where im.invoices > 0 and " + "im.since_period <> "
                                + SINCE,
                        Long.class))
                .as("clients whose months' since_period is not their previous month after %s", when)
                .isEmpty();
        assertThat(groupRows(GROUP_KEPT)).as("kept group rows after %s", when).isEqualTo(groupRows(GROUP_RECOUNT));
        assertThat(jdbc.queryForList("""
                        select d.id from billing_documents d
                        where d.doc_type = 'INVOICE' and not (coalesce(d.paid_on, date '1900-01-01') = coalesce(
                            case when d.status = 'PAID' then
                                (select max(p.payment_date) from payments p where p.invoice_id = d.id) end,
                            date '1900-01-01'))""", Long.class))
                .as("invoices whose paid-on date is not their last payment's after %s", when)
                .isEmpty();
        for (LocalDate[] period : periods()) {
            List<GroupReportRow> kept = SystemAuthentication.call(() -> reports.groupReport(period[0], period[1]));
            List<GroupReportRow> live = SystemAuthentication.call(() -> reports.groupReportLive(period[0], period[1]));
            assertThat(kept)
                    .as("group report %s to %s after %s", period[0], period[1], when)
                    .isEqualTo(live);
        }
    }

    private List<LocalDate[]> periods() {
        LocalDate monthAgo = today.minusMonths(1);
        LocalDate fourMonths = today.minusMonths(4);
        return List.of(
                // everything, whole months at both ends (the open ends of the view)
                new LocalDate[] {LocalDate.of(1970, 1, 1), LocalDate.of(9999, 12, 31)},
                // the view's default: the year so far, cut at today
                new LocalDate[] {today.withDayOfYear(1), today},
                // a year back from today, as the benchmark asks: both ends cut
                new LocalDate[] {today.minusYears(1), today},
                // cut at both ends, several months between
                new LocalDate[] {fourMonths.withDayOfMonth(7), monthAgo.withDayOfMonth(20)},
                // one month cut on both sides
                new LocalDate[] {monthAgo.withDayOfMonth(5), monthAgo.withDayOfMonth(25)},
                // whole months only
                new LocalDate[] {fourMonths.withDayOfMonth(1), monthAgo.withDayOfMonth(monthAgo.lengthOfMonth())},
                // Kept per ten days: most periods above leave out fewer days of their cut ten days than they keep
                // (read: every ten days touched, less the days outside); these keep fewer (read: the days inside,
                // added to the whole ten-day periods) or as many.
                new LocalDate[] {fourMonths.withDayOfMonth(22), monthAgo.withDayOfMonth(9)},
                // ... with no whole month between the two cut ones
                new LocalDate[] {monthAgo.minusMonths(1).withDayOfMonth(25), monthAgo.withDayOfMonth(5)},
                // ... and inside one month
                new LocalDate[] {monthAgo.withDayOfMonth(12), monthAgo.withDayOfMonth(18)},
                // kept per ten days: two neighbouring ten-day periods both cut, mostly outside (the days inside read)
                new LocalDate[] {monthAgo.withDayOfMonth(8), monthAgo.withDayOfMonth(12)},
                // from the 16th: as many days outside its ten days as inside
                new LocalDate[] {fourMonths.withDayOfMonth(16), today},
                // two days inside of the first ten, many whole ones after: a client of those two days is often
                // counted already
                new LocalDate[] {fourMonths.withDayOfMonth(9), today},
                new LocalDate[] {fourMonths.minusMonths(2).withDayOfMonth(19), monthAgo.withDayOfMonth(22)});
    }

    private List<String> groupRows(String sql) {
        return lines(sql, "group_id", "since_period", "clients");
    }

    private List<String> rows(String sql) {
        return lines(sql, "client_id");
    }

    /** The rows as comparable lines, amounts without trailing zeros (H2 and MariaDB differ in the scale of sums). */
    private List<String> lines(String sql, String... extra) {
        return jdbc.queryForList(sql).stream()
                .map(r -> Stream.concat(
                                Arrays.stream(extra).map(r::get),
                                Stream.of(
                                        r.get("currency"),
                                        r.get("issue_period"),
                                        r.get("invoices"),
                                        r.get("invoiced"),
                                        r.get("paid"),
                                        r.get("outstanding"),
                                        r.get("paid_count"),
                                        r.get("days_sum")))
                        .map(v -> v instanceof BigDecimal b
                                ? b.stripTrailingZeros().toPlainString()
                                : v instanceof Number n ? Long.toString(n.longValue()) : String.valueOf(v))
                        .toList()
                        .toString())
                .sorted()
                .toList();
    }
}
