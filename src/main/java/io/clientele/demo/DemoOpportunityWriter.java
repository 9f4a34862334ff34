package io.clientele.demo;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A sales pipeline for the demo: a few dozen open and lost opportunities from the seeded lead sources, owned in turn
 * by the given users, with inquiry dates in the weeks before {@code today}. Deterministic for a seed.
 */
@Component
public class DemoOpportunityWriter {

    private static final String[] COMPANIES = {
        "Alpenglow",
        "Brightwater",
        "Cedar & Stone",
        "Delta Freight",
        "Evergreen Foods",
        "Fjord Analytics",
        "Granite Works",
        "Harbor Light",
        "Iris Studio",
        "Juniper Health",
        "Kestrel Labs",
        "Lumen Optics",
        "Meridian Travel",
        "Nordwind Energie",
        "Orchard Bakery"
    };
    private static final String[] FORMS = {"GmbH", "Ltd", "SA", "AG", "SARL", "S.L."};
    private static final String[] FIRST = {"Lena", "Marco", "Chloé", "Pablo", "Ingrid", "Tom", "Aisha", "Yuki"};
    private static final String[] LAST = {"Weber", "Rossi", "Dubois", "García", "Larsen", "Walker", "Khan", "Sato"};
    private static final String[] STAGES = {"NEW", "NEW", "QUALIFIED", "QUALIFIED", "PROPOSAL", "LOST"};

    private final JdbcTemplate jdbc;

    DemoOpportunityWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void write(long seed, int count, List<Long> ownerIds, LocalDate today) {
        Random r = new Random(seed);
        List<Long> sources = jdbc.queryForList("select id from lead_sources order by id", Long.class);
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String company =
                    COMPANIES[i % COMPANIES.length] + (i >= COMPANIES.length ? " " + (i / COMPANIES.length + 1) : "")
                            + " " + FORMS[r.nextInt(FORMS.length)];
            String first = FIRST[r.nextInt(FIRST.length)];
            String last = LAST[r.nextInt(LAST.length)];
            String email = Normalizer.normalize(first + "." + last, Normalizer.Form.NFD)
                            .toLowerCase(Locale.ROOT)
                            .replaceAll("[^a-z.]", "")
                    + "@"
                    + COMPANIES[i % COMPANIES.length].toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + (i + 1)
                    + ".example";
            rows.add(new Object[] {
                company,
                first,
                last,
                email,
                "+49 30 " + (1000000 + r.nextInt(8999999)),
                sources.isEmpty() ? null : sources.get(r.nextInt(sources.size())),
                ownerIds.isEmpty() ? null : ownerIds.get(i % ownerIds.size()),
                Date.valueOf(today.minusDays(r.nextInt(120))),
                STAGES[r.nextInt(STAGES.length)],
                BigDecimal.valueOf(500L * (1 + r.nextInt(100))),
                now,
                now
            });
        }
        jdbc.batchUpdate("""
                insert into opportunities (version, company_name, first_name, last_name, email, phone,
                  lead_source_id, owner_id, inquiry_date, stage, expected_value, created_at, updated_at)
                values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }
}
