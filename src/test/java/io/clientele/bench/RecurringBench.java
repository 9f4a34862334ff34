package io.clientele.bench;

import io.clientele.base.security.SystemAuthentication;
import io.clientele.billing.InvoiceService;
import io.clientele.recurring.RecurringService;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The recurring invoice job's cost on the 1st of a month (group {@code recurring}): one active monthly profile per ten
 * live clients falls due today (100,000 at 1,000,000 clients, {@code -Dbench.recurring-profiles} to change it),
 * written in bulk. Measured: the job's whole paged scan of the due profiles, and billing a sample of them as the job
 * does ({@link RecurringService#billNext}) in each mode — a draft, an issued invoice, an issued invoice e-mailed with
 * its PDF to the bench's log mailer. The run is estimated as the scan plus every due profile × one "issue and e-mail".
 *
 * <p>Leaves the book almost as found: the bench's profiles (with their runs) are deleted and the sample's drafts too;
 * the sample's issued invoices stay, as issued documents do (a few dozen per run among millions).
 */
final class RecurringBench {

    private static final Logger log = LoggerFactory.getLogger(RecurringBench.class);
    private static final String TITLE = "Benchmark: monthly maintenance";
    private static final int PAGE = 200;
    private static final String[] MODES = {"DRAFT", "ISSUE", "ISSUE_AND_EMAIL"};

    private final RecurringService recurring;
    private final InvoiceService invoices;
    private final JdbcTemplate jdbc;
    private final int profiles;
    private final int sample;

    RecurringBench(RecurringService recurring, InvoiceService invoices, JdbcTemplate jdbc, int clientCount) {
        this.recurring = recurring;
        this.invoices = invoices;
        this.jdbc = jdbc;
        this.profiles = Integer.getInteger("bench.recurring-profiles", Math.max(1, clientCount / 10));
        this.sample = Integer.getInteger("bench.recurring-sample", 30);
    }

    List<Stats> measure() {
        return SystemAuthentication.call(() -> {
            LocalDate today = LocalDate.now();
            removeProfiles();
            try {
                long seedStart = System.nanoTime();
                int written = seed(today);
                log.info("Recurring: {} due profiles written in {} s", written, (System.nanoTime() - seedStart) / 1e9);
                return run(today, written);
            } finally {
                removeProfiles();
            }
        });
    }

    private int seed(LocalDate today) {
        List<Long> clientIds = jdbc.queryForList(
                "select id from clients where trashed_at is null order by id limit ?", Long.class, profiles);
        List<Object[]> rows = new ArrayList<>(clientIds.size());
        for (long clientId : clientIds) {
            rows.add(new Object[] {clientId, TITLE, Date.valueOf(today), Date.valueOf(today)});
        }
        for (int from = 0; from < rows.size(); from += 5_000) {
            jdbc.batchUpdate(
                    "insert into recurring_profiles (version, client_id, title, frequency, every_n, start_date,"
                            + " payment_days, mode, status, generated_count, next_date)"
                            + " values (0, ?, ?, 'MONTHLY', 1, ?, 14, 'ISSUE_AND_EMAIL', 'ACTIVE', 0, ?)",
                    rows.subList(from, Math.min(rows.size(), from + 5_000)));
        }
        jdbc.update(
                "insert into recurring_profile_lines (profile_id, position, description, quantity, unit_price,"
                        + " tax_rate) select id, 0, 'Maintenance {period}', 1, 99, 19 from recurring_profiles"
                        + " where title = ?",
                TITLE);
        return clientIds.size();
    }

    private List<Stats> run(LocalDate today, int written) {
        List<Double> scans = new ArrayList<>();
        List<RecurringService.Due> due = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            due.clear();
            long start = System.nanoTime();
            RecurringService.Due after = RecurringService.Due.FIRST;
            List<RecurringService.Due> page = recurring.due(today, after, PAGE);
            while (!page.isEmpty()) {
                due.addAll(page);
                after = page.getLast();
                page = page.size() < PAGE ? List.of() : recurring.due(today, after, PAGE);
            }
            scans.add((System.nanoTime() - start) / 1e6);
        }
        List<Stats> out = new ArrayList<>();
        out.add(Stats.timings("recurring: find the due profiles (whole scan)", scans, 0));
        out.add(Stats.value("recurring: profiles due today", "", due.size(), "", due.size() == written));

        double perInvoice = 0;
        int next = 0;
        for (String mode : MODES) {
            List<Double> bills = new ArrayList<>();
            for (int i = 0; i < sample && next < due.size(); i++, next++) {
                long id = due.get(next).id();
                jdbc.update("update recurring_profiles set mode = ? where id = ?", mode, id);
                long start = System.nanoTime();
                if (recurring.billNext(id, today)) {
                    bills.add((System.nanoTime() - start) / 1e6);
                }
            }
            Stats stats = Stats.timings(
                    "recurring: bill one profile, " + mode.toLowerCase().replace('_', ' '), bills, 0);
            out.add(stats);
            perInvoice = stats.median();
        }
        double estimate = (scans.getFirst() + due.size() * perInvoice) / 1000;
        log.info(
                "Recurring: {} profiles due, scan {} ms, {} ms per e-mailed invoice, whole run ≈ {} s",
                due.size(),
                Stats.fmt(scans.getFirst()),
                Stats.fmt(perInvoice),
                Stats.fmt(estimate));
        // The 1st's run must be over before the working day: 100,000 invoices within three hours on one node.
        out.add(Stats.value(
                "recurring: estimated run (all due, e-mailed)", "s", estimate, "< 10800 s", estimate < 10800));
        return out;
    }

    private void removeProfiles() {
        List<Long> drafts = jdbc.queryForList(
                "select r.invoice_id from recurring_runs r join recurring_profiles p on p.id = r.profile_id"
                        + " join billing_documents d on d.id = r.invoice_id"
                        + " where p.title = ? and d.status = 'DRAFT'",
                Long.class,
                TITLE);
        for (long draft : drafts) {
            invoices.delete(draft);
        }
        jdbc.update("delete from recurring_profiles where title = ?", TITLE);
    }
}
