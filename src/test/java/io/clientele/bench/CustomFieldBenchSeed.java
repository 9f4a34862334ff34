package io.clientele.bench;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The custom fields of the benchmark (group {@code customfields}, issue 22): a single choice "Bench tier" (Gold,
 * Silver, Bronze, Platinum, a quarter of the clients each) and a date "Bench founded" (ten dates, a tenth each), with
 * a value on every client, spread independently of the name order ({@link #bucket}). Seeded once, if absent, by one INSERT … SELECT over the clients per option or date —
 * fourteen set-based statements instead of a row per client, so a million clients take minutes.
 */
final class CustomFieldBenchSeed {

    static final String TIER = "Bench tier";
    static final String FOUNDED = "Bench founded";
    static final List<String> TIERS = List.of("Gold", "Silver", "Bronze", "Platinum");
    static final LocalDate FIRST_FOUNDED = LocalDate.of(1990, 1, 1);

    private static final Logger log = LoggerFactory.getLogger(CustomFieldBenchSeed.class);

    private final JdbcTemplate jdbc;

    CustomFieldBenchSeed(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The ids of the two fields: tier, founded. */
    long[] ensure() {
        Long tier = find(TIER);
        Long founded = find(FOUNDED);
        if (tier != null && founded != null) {
            return new long[] {tier, founded};
        }
        long start = System.nanoTime();
        tier = define(TIER, "SINGLE_CHOICE", 1);
        for (int i = 0; i < TIERS.size(); i++) {
            jdbc.update(
                    "insert into custom_field_options (field_id, sort_order, label) values (?, ?, ?)",
                    tier,
                    i,
                    TIERS.get(i));
        }
        founded = define(FOUNDED, "DATE", 2);
        for (int i = 0; i < TIERS.size(); i++) {
            jdbc.update(
                    "insert into client_field_values (field_id, client_id, text_value, text_key)"
                            + " select ?, id, ?, ? from clients where " + bucket(TIERS.size()) + " = ?",
                    tier,
                    TIERS.get(i),
                    TIERS.get(i).toLowerCase(),
                    i);
        }
        for (int i = 0; i < 10; i++) {
            jdbc.update(
                    "insert into client_field_values (field_id, client_id, date_value)"
                            + " select ?, id, ? from clients where " + bucket(10) + " = ?",
                    founded,
                    Date.valueOf(FIRST_FOUNDED.plusYears(3L * i)),
                    i);
        }
        log.info("Seeded the custom fields' values in {} s", (System.nanoTime() - start) / 1_000_000_000);
        return new long[] {tier, founded};
    }

    static final String KEY_ACCOUNT = "Bench key account";
    static final String WATCH = "Bench watch";

    /**
     * Two tags (issue 22's tag filter): "Bench key account" on a tenth of the clients, "Bench watch" on one in a
     * thousand; the ids in that order. Seeded once, if absent, by one INSERT … SELECT each.
     */
    long[] ensureTags() {
        long start = System.nanoTime();
        long keyAccount = tag(KEY_ACCOUNT, 10, 3);
        long watch = tag(WATCH, 1000, 7);
        log.info("Bench tags ready in {} ms", (System.nanoTime() - start) / 1_000_000);
        return new long[] {keyAccount, watch};
    }

    private long tag(String name, int every, int remainder) {
        List<Long> found = jdbc.queryForList("select id from client_tags where name = ?", Long.class, name);
        if (!found.isEmpty()) {
            return found.get(0);
        }
        jdbc.update(
                "insert into client_tags (version, name, name_key, colour) values (0, ?, ?, 'BLUE')",
                name,
                name.toLowerCase());
        long id = jdbc.queryForObject("select id from client_tags where name = ?", Long.class, name);
        jdbc.update(
                "insert into client_tag_members (client_id, tag_id) select id, ? from clients where " + bucket(every)
                        + " = ?",
                id,
                remainder);
        return id;
    }

    /**
     * Which of {@code buckets} equal shares a client falls in, by the golden-ratio sequence of its id (the fractional
     * part of id × 0.618…), not by the id's residue: the demo generator picks countries (and so names) and owners
     * by the client's position in cycles of 10 and 5, so "mod(id, 4) = 0" put nearly no Gold client among the first
     * 100,000 of an owner's clients in name order (measured: the restricted staff member's Gold page walked 100,060
     * clients for 25). Values that follow the name order that closely are not what a user's field looks like.
     */
    static String bucket(int buckets) {
        return "floor(" + buckets + " * (id * 0.6180339887 - floor(id * 0.6180339887)))";
    }

    private Long find(String label) {
        return jdbc.query("select id from custom_fields where label_en = ?", (rs, i) -> rs.getLong(1), label).stream()
                .findFirst()
                .orElse(null);
    }

    private long define(String label, String type, int position) {
        jdbc.update(
                "insert into custom_fields (version, owner_kind, field_type, label_en, mandatory, visible_to_clients,"
                        + " on_pdfs, sort_order) values (0, 'CLIENT', ?, ?, false, false, false, ?)",
                type,
                label,
                position);
        return find(label);
    }
}
