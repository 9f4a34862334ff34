package io.clientele.bench;

import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.statement.DueStatement;
import io.clientele.statement.StatementService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The scheduled statement job's cost on the 1st of a month (group {@code statements}): one live client in ten gets a
 * monthly schedule (100,000 at 1,000,000 clients, {@code -Dbench.statement-schedules} to change it) and its contacts
 * with an address are marked to receive statements, written in bulk. Measured: the job's whole paged scan for the
 * statements due, and sending a sample as the job does (claim, statement PDF, e-mail to the bench's log mailer). The
 * run is estimated as the scan plus every due statement × one send. Leaves the book as found: schedules, sends and the
 * contacts' marks are removed again.
 */
final class StatementBench {

    private static final Logger log = LoggerFactory.getLogger(StatementBench.class);
    private static final int PAGE = 500;

    private final StatementService statements;
    private final JdbcTemplate jdbc;
    private final int schedules;
    private final int sample;

    StatementBench(StatementService statements, JdbcTemplate jdbc, int clientCount) {
        this.statements = statements;
        this.jdbc = jdbc;
        this.schedules = Integer.getInteger("bench.statement-schedules", Math.max(1, clientCount / 10));
        this.sample = Integer.getInteger("bench.statement-sample", 30);
    }

    List<Stats> measure() {
        return SystemAuthentication.call(() -> {
            clean();
            try {
                long start = System.nanoTime();
                int written = seed();
                log.info("Statements: {} schedules written in {} s", written, (System.nanoTime() - start) / 1e9);
                return run(LocalDate.now().withDayOfMonth(1));
            } finally {
                clean();
            }
        });
    }

    private int seed() {
        List<Long> clientIds = jdbc.queryForList(
                "select id from clients where trashed_at is null order by id limit ?", Long.class, schedules);
        List<Object[]> rows = clientIds.stream().map(id -> new Object[] {id}).toList();
        for (int from = 0; from < rows.size(); from += 5_000) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + 5_000));
            jdbc.batchUpdate(
                    "insert into statement_schedules (version, client_id, frequency, attach_open_invoices)"
                            + " values (0, ?, 'MONTHLY', false)",
                    chunk);
            jdbc.batchUpdate(
                    "update contacts set receives_statements = true where client_id = ? and email is not null", chunk);
        }
        return clientIds.size();
    }

    private List<Stats> run(LocalDate firstOfMonth) {
        List<Double> scans = new ArrayList<>();
        List<DueStatement> due = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            due.clear();
            long start = System.nanoTime();
            long after = 0;
            while (after >= 0) {
                StatementService.DuePage page = statements.due(firstOfMonth, after, PAGE);
                due.addAll(page.statements());
                after = page.nextAfterId();
            }
            scans.add((System.nanoTime() - start) / 1e6);
        }
        List<Double> sends = new ArrayList<>();
        int refused = 0;
        for (DueStatement statement : due.subList(0, Math.min(sample, due.size()))) {
            long start = System.nanoTime();
            try {
                statements.claim(statement);
                statements.sendClaimed(statement);
                sends.add((System.nanoTime() - start) / 1e6);
            } catch (RuleViolationException e) {
                // As the job does: left pending (a bench contact without opt-in or address).
                refused++;
            }
        }
        Stats scan = Stats.timings("statements: find the day’s due (whole scan)", scans, 0);
        Stats send = Stats.timings("statements: send one (claim, PDF, e-mail)", sends, 0);
        double estimate = (scan.median() + due.size() * send.median()) / 1000;
        log.info(
                "Statements: {} due, scan {} ms, {} ms per statement, whole run ≈ {} s",
                due.size(),
                Stats.fmt(scan.median()),
                Stats.fmt(send.median()),
                Stats.fmt(estimate));
        return List.of(
                scan,
                Stats.value("statements: due on the 1st", "", due.size(), "", true),
                Stats.value("statements: sample refused (no recipient)", "", refused, "", true),
                send,
                // Like the recurring run: over before the working day, three hours on one node.
                Stats.value("statements: estimated run (all due)", "s", estimate, "< 10800 s", estimate < 10800));
    }

    private void clean() {
        jdbc.update("delete from statement_sends");
        jdbc.update("delete from statement_schedules");
        jdbc.update("update contacts set receives_statements = false where receives_statements = true");
    }
}
