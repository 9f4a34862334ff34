package io.clientele.bench;

import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.dunning.DueReminder;
import io.clientele.dunning.DunningService;
import io.clientele.dunning.ReminderPolicy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The payment reminder job's cost over the seeded book (group {@code dunning}): with a schedule of a week before the
 * due date, 3 and 14 days after it, the scan that finds the day's due reminders (paged as the job pages, every open
 * invoice in the window read once), and sending a sample of them as the job does (claim, PDF, e-mail to the log
 * mailer of the bench). The whole run is estimated as scan plus due reminders × one send. Leaves the book as found:
 * the sample's reminder rows and mail keys are deleted and the installation's schedule is put back.
 */
final class DunningBench {

    private static final Logger log = LoggerFactory.getLogger(DunningBench.class);
    private static final int PAGE = 500;

    private final DunningService dunning;
    private final JdbcTemplate jdbc;
    private final int iterations;
    private final int sample;

    DunningBench(DunningService dunning, JdbcTemplate jdbc, int iterations) {
        this.dunning = dunning;
        this.jdbc = jdbc;
        this.iterations = iterations;
        this.sample = Integer.getInteger("bench.dunning-sample", 100);
    }

    List<Stats> measure() {
        return SystemAuthentication.call(() -> {
            ReminderPolicy before = dunning.installationPolicy();
            Integer[] kept = {before.getStep1Days(), before.getStep2Days(), before.getStep3Days()};
            schedule(-7, 3, 14);
            try {
                return run();
            } finally {
                schedule(kept[0], kept[1], kept[2]);
            }
        });
    }

    private void schedule(Integer first, Integer second, Integer third) {
        ReminderPolicy p = dunning.installationPolicy();
        p.setStep1Days(first);
        p.setStep2Days(second);
        p.setStep3Days(third);
        dunning.saveInstallationPolicy(p);
    }

    private List<Stats> run() {
        LocalDate today = LocalDate.now();
        List<Double> scans = new ArrayList<>();
        List<DueReminder> due = new ArrayList<>();
        for (int i = 0; i < Math.max(3, Math.min(iterations, 10)); i++) {
            due.clear();
            long start = System.nanoTime();
            long after = 0;
            while (after >= 0) {
                DunningService.DuePage page = dunning.due(today, after, PAGE);
                due.addAll(page.reminders());
                after = page.nextAfterId();
            }
            scans.add((System.nanoTime() - start) / 1e6);
        }
        List<Double> sends = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        int refused = 0;
        try {
            for (DueReminder reminder : due.subList(0, Math.min(sample, due.size()))) {
                keys.add(reminder.key());
                long start = System.nanoTime();
                try {
                    dunning.claim(reminder);
                    dunning.sendClaimed(reminder);
                    sends.add((System.nanoTime() - start) / 1e6);
                } catch (RuleViolationException e) {
                    // As the job does: left pending (demo clients without an address have no recipient).
                    refused++;
                }
            }
        } finally {
            for (String key : keys) {
                jdbc.update("delete from payment_reminders where dedupe_key = ?", key);
                jdbc.update("delete from mail_sends where idempotency_key = ?", key);
            }
        }
        Stats scan = Stats.timings("dunning: find the day’s due reminders (whole scan)", scans, 0);
        Stats send = Stats.timings("dunning: send one reminder (claim, PDF, e-mail)", sends, 250);
        double estimate = (scan.median() + due.size() * send.median()) / 1000;
        log.info(
                "Dunning: {} reminders due, scan {} ms, {} ms per reminder, whole run ≈ {} s",
                due.size(),
                Stats.fmt(scan.median()),
                Stats.fmt(send.median()),
                Stats.fmt(estimate));
        return List.of(
                scan,
                Stats.value("dunning: reminders due today", "", due.size(), "", true),
                Stats.value("dunning: sample refused (no recipient)", "", refused, "", true),
                send,
                Stats.value(
                        "dunning: estimated job run (scan + every due reminder)",
                        "s",
                        estimate,
                        "< 3600 s",
                        estimate < 3600));
    }
}
