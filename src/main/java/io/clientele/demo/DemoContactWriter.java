package io.clientele.demo;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One to three contacts per demo company, the first one primary and the invoice recipient (To), the others copied
 * (Cc) or not at all; written in JDBC batches like the clients, so benchmarks can seed millions.
 */
@Component
public class DemoContactWriter {

    private static final String[] FIRST = {
        "Anna",
        "Jürgen",
        "Hélène",
        "José",
        "Łukasz",
        "Tereza",
        "Søren",
        "Olivia",
        "Γιώργος",
        "Олена",
        "Amelia",
        "François"
    };
    private static final String[] LAST = {
        "Müller",
        "Lefèvre",
        "Núñez",
        "Kowalski",
        "Dvořák",
        "Jensen",
        "Taylor",
        "Παπαδόπουλος",
        "Шевченко",
        "Brown",
        "Schäfer",
        "Moreau"
    };
    private static final String[] TITLES = {
        "Managing Director", "Head of Finance", "Accountant", "Purchasing", "Office Manager", "CTO"
    };

    private final JdbcTemplate jdbc;

    DemoContactWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void write(long seed) {
        Random r = new Random(seed);
        List<Object[]> companies = jdbc.query(
                "select id, email from clients where client_type = 'COMPANY' and trashed_at is null order by id",
                (rs, i) -> new Object[] {rs.getLong(1), rs.getString(2)});
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> rows = new ArrayList<>();
        for (Object[] company : companies) {
            long clientId = (Long) company[0];
            String domain = company[1] == null ? "example.com" : ((String) company[1]).replaceFirst("^[^@]*@", "");
            int count = 1 + r.nextInt(3);
            for (int i = 0; i < count; i++) {
                String first = FIRST[r.nextInt(FIRST.length)];
                String last = LAST[r.nextInt(LAST.length)];
                boolean primary = i == 0;
                String role = primary ? "TO" : (r.nextBoolean() ? "CC" : "NONE");
                String local =
                        (DemoDataGenerator.slug(first) + "." + DemoDataGenerator.slug(last)).toLowerCase(Locale.ROOT);
                rows.add(new Object[] {
                    clientId,
                    first,
                    last,
                    first + " " + last,
                    local + i + "@" + domain,
                    TITLES[r.nextInt(TITLES.length)],
                    primary,
                    r.nextInt(3) != 0,
                    role,
                    primary ? clientId : null,
                    now,
                    now
                });
            }
            if (rows.size() >= 1000) {
                insert(rows);
                rows.clear();
            }
        }
        insert(rows);
    }

    private void insert(List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("""
                    insert into contacts (version, client_id, first_name, last_name, name, email, title, is_primary,
                      opt_in, default_role, primary_client_id, created_at, updated_at)
                    values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        }
    }
}
