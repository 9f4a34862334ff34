package io.clientele.billing;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.base.security.SystemAuthentication;
import io.clientele.client.Client;
import io.clientele.client.ClientMergeService;
import io.clientele.client.ClientService;
import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import io.clientele.support.TestDocuments;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The dashboard's kept open balances (issue 19) never drift from the live sum over the invoices: after every step of
 * a mixed sequence — issue, partial and full payment, credit note, cancel, the overdue job, a new owner, another
 * assigned staff member, trash, restore, merge, delete for good — each audience's kept figures equal what the old
 * query ({@link BillingQueries#openBalancesLive}) sums for that caller; and two payments on one client at once leave
 * exact totals.
 */
class OpenBalanceLedgerTest extends SpringTest {

    private static final String SARA = "sara";

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
    BillingQueries queries;

    @Autowired
    TestDocuments documents;

    @Autowired
    JdbcTemplate jdbc;

    private long staffId;
    private long saraId;

    @BeforeEach
    void twoRestrictedStaffMembers() {
        testData.staffAccount(SARA, "Sara Second");
        testData.restrictStaff();
        jdbc.update("update user_accounts set view_all_clients = false where username = ?", SARA);
        staffId = testData.accountId(TestData.STAFF);
        saraId = testData.accountId(SARA);
    }

    @Test
    void kept_figures_equal_the_live_sums_after_every_kind_of_change() {
        Client own = owned(testData.company("Own GmbH", "own@test.example"), staffId, Set.of());
        Client shared = owned(testData.company("Shared SA", "shared@test.example"), null, Set.of(saraId));
        Client other = testData.company("Other Ltd", "other@test.example");
        assertConsistent("no invoices");

        Invoice ownFirst = documents.sentInvoice(own, "Consulting|1|100|0");
        Invoice ownSecond = documents.issuedInvoice(own, "Audit|1|200|19");
        Invoice sharedFirst = documents.sentInvoice(shared, "Licence|1|1000|0");
        Invoice sharedSecond = documents.sentInvoice(shared, "Support|1|500|0");
        Invoice otherFirst = documents.sentInvoice(other, "Setup|1|300|0");
        documents.invoice(other, "Draft only|1|9999|0");
        assertConsistent("issued");
        assertThat(figures(TestData.ADMIN).outstanding())
                .containsExactly(new CurrencySum("EUR", new BigDecimal("2138.0000"), 5));

        pay(ownFirst, "40");
        assertConsistent("partial payment");
        pay(ownSecond, "238");
        assertConsistent("full payment");
        Payment mistaken = pay(otherFirst, "50");
        assertConsistent("payment on another client");
        SystemAuthentication.run(() -> payments.delete(mistaken.getId()));
        assertConsistent("payment deleted");
        pay(otherFirst, "20");
        Client paidUp = owned(testData.company("Paid Up BV", "paid@test.example"), staffId, Set.of());
        pay(documents.sentInvoice(paidUp, "Once|1|80|0"), "80");
        assertConsistent("a client with payments and nothing open");
        assertThat(figures(TestData.STAFF).received())
                .containsExactly(new CurrencySum("EUR", new BigDecimal("358.0000"), 3));
        SystemAuthentication.run(
                () -> creditNotes.creditAmount(sharedFirst.getId(), new BigDecimal("100"), "Discount"));
        assertConsistent("credit note");
        SystemAuthentication.run(() -> creditNotes.cancelInvoice(sharedSecond.getId(), "Withdrawn"));
        assertConsistent("cancel");

        pastDue(ownFirst);
        pastDue(sharedFirst);
        assertThat(SystemAuthentication.call(invoices::markOverdue)).isEqualTo(2);
        assertConsistent("overdue job");
        assertThat(figures(TestData.STAFF).overdue())
                .containsExactly(new CurrencySum("EUR", new BigDecimal("60.0000"), 1));

        owned(testData.reload(own), saraId, Set.of());
        owned(testData.reload(paidUp), saraId, Set.of());
        assertConsistent("new owner");
        assertThat(figures(SARA).received()).containsExactly(new CurrencySum("EUR", new BigDecimal("358.0000"), 3));
        owned(testData.reload(shared), null, Set.of(saraId, staffId));
        assertConsistent("another assigned staff member");
        assertThat(figures(TestData.STAFF).outstanding())
                .containsExactly(new CurrencySum("EUR", new BigDecimal("900.0000"), 1));

        testData.trash(shared);
        assertConsistent("trash");
        assertThat(figures(TestData.STAFF).outstanding()).isEmpty();
        SystemAuthentication.run(() -> clients.restore(List.of(shared.getId())));
        assertConsistent("restore");

        SystemAuthentication.run(() -> merges.merge(other.getId(), shared.getId(), Set.of()));
        assertConsistent("merge");
        SystemAuthentication.run(() -> clients.deletePermanently(List.of(other.getId())));
        assertConsistent("merged client deleted for good");

        testData.trash(own);
        SystemAuthentication.run(() -> clients.deletePermanently(List.of(own.getId())));
        assertConsistent("delete for good");
        assertThat(figures(TestData.ADMIN).outstanding())
                .containsExactly(new CurrencySum("EUR", new BigDecimal("1180.0000"), 2));
    }

    @Test
    void two_payments_on_one_client_at_once_leave_exact_totals() throws Exception {
        Client client = owned(testData.company("Busy GmbH", "busy@test.example"), staffId, Set.of(saraId));
        Invoice first = documents.sentInvoice(client, "Work|1|100|0");
        Invoice second = documents.sentInvoice(client, "More work|1|250|0");
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Invoice invoice : List.of(first, second)) {
                futures.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    pay(invoice, "30");
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertConsistent("two payments at once");
        for (String who : List.of(TestData.ADMIN, TestData.STAFF, SARA)) {
            assertThat(figures(who).outstanding())
                    .as(who)
                    .containsExactly(new CurrencySum("EUR", new BigDecimal("290.0000"), 2));
        }
    }

    private record Figures(
            List<CurrencySum> outstanding,
            List<CurrencySum> overdue,
            long dueThisYear,
            long dueToday,
            List<CurrencySum> received) {}

    private static final LocalDate FIRST = LocalDate.now().minusYears(1);
    private static final LocalDate LAST = LocalDate.now().plusYears(1);

    /** For every audience: the kept figures the dashboard reads equal the live sums over the invoices. */
    private void assertConsistent(String step) {
        for (String who : List.of(TestData.ADMIN, TestData.MANAGER, TestData.STAFF, SARA)) {
            Figures kept = figures(who);
            Figures live = as(
                    who,
                    () -> new Figures(
                            queries.openBalancesLive(InvoiceService.OPEN_STATUSES),
                            queries.openBalancesLive(Set.of(InvoiceStatus.OVERDUE.name())),
                            queries.countDueBetweenLive(InvoiceService.NOT_YET_DUE, FIRST, LAST),
                            queries.countDueBetweenLive(InvoiceService.NOT_YET_DUE, LocalDate.now(), LocalDate.now()),
                            queries.receivedLive(FIRST, LAST)));
            assertThat(kept).as("%s, seen by %s", step, who).isEqualTo(live);
        }
    }

    private Figures figures(String who) {
        return as(
                who,
                () -> new Figures(
                        invoices.outstandingByCurrency(),
                        invoices.overdueByCurrency(),
                        invoices.countDueBetween(FIRST, LAST),
                        invoices.countDueBetween(LocalDate.now(), LocalDate.now()),
                        payments.receivedBetween(FIRST, LAST)));
    }

    private <T> T as(String who, java.util.function.Supplier<T> work) {
        SecurityContext before = SecurityContextHolder.getContext();
        try {
            SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
            actAsAccount(who);
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    private Client owned(Client client, Long ownerId, Set<Long> assigned) {
        client.setOwnerId(ownerId);
        client.setAssignedStaffIds(Set.copyOf(assigned));
        return testData.save(client);
    }

    private Payment pay(Invoice invoice, String amount) {
        Payment p = new Payment();
        p.setReference("P-" + invoice.getId() + "-" + amount);
        p.setAmount(new BigDecimal(amount));
        p.setDate(LocalDate.now());
        p.setMethod(PaymentMethod.BANK_TRANSFER);
        return SystemAuthentication.call(() -> payments.record(invoice.getId(), p));
    }

    /** Moves the due date in SQL, around the services (issued invoices are immutable): the figures are recounted. */
    private void pastDue(Invoice invoice) {
        jdbc.update(
                "update billing_documents set due_date = ? where id = ?",
                LocalDate.now().minusDays(3),
                invoice.getId());
        SystemAuthentication.run(invoices::recountOpenBalances);
    }
}
