package io.clientele.demo;

import io.clientele.base.security.SystemAuthentication;
import io.clientele.client.ClientNames;
import io.clientele.client.ClientSearchTerms;
import io.clientele.client.ClientService;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes generated clients with JDBC batches: the demo's few hundred and a benchmark's million go through the same
 * code, which must not hold a persistence context of a million entities.
 */
@Component
public class DemoDataWriter {

    private static final int BATCH = 1000;
    private static final LocalDate PROJECT_EPOCH = LocalDate.of(2026, 1, 5);
    private static final List<String> PROJECT_NAMES = List.of(
            "Website relaunch",
            "Annual audit",
            "Brand refresh",
            "Data migration",
            "Support retainer",
            "Training workshop",
            "Shop integration",
            "Tax filing",
            "Market study",
            "Office move");
    private static final List<String> TASKS = List.of(
            "Kick-off meeting",
            "Requirements",
            "Design review",
            "Implementation",
            "Testing",
            "Client call",
            "Documentation",
            "Deployment");
    private static final String INSERT = """
            insert into clients (version, client_type, name, email, phone, mobile, phone_digits, website, tax_id,
              active, billing_street, billing_city, billing_state, billing_postal_code, billing_country,
              shipping_same_as_billing, location, created_at, updated_at, currency, language, payment_terms_id,
              owner_id, name_key)
            values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;
    private final ClientService clients;

    DemoDataWriter(JdbcTemplate jdbc, ClientService clients) {
        this.jdbc = jdbc;
        this.clients = clients;
    }

    /**
     * Inserts {@code count} clients generated from {@code seed}, linking individuals to their companies and putting
     * clients into the demo groups. Owners rotate through {@code ownerIds} (every fourth client has none).
     */
    @Transactional
    public void writeClients(long seed, int count, List<Long> ownerIds) {
        long firstId = nextId();
        List<Long> terms = jdbc.queryForList("select id from payment_terms order by days, name", Long.class);
        List<Long> groups = ensureGroups();
        List<DemoClient> batch = new ArrayList<>(BATCH);
        List<int[]> memberships = new ArrayList<>();
        List<int[]> groupMemberships = new ArrayList<>();
        int[] position = {0};
        Timestamp now = Timestamp.from(Instant.now());
        new DemoDataGenerator(seed).generate(count, client -> {
            if (client.companyIndex() >= 0) {
                memberships.add(new int[] {position[0], client.companyIndex()});
            }
            client.groupIndexes().forEach(g -> groupMemberships.add(new int[] {position[0], g}));
            batch.add(client);
            position[0]++;
            if (batch.size() == BATCH) {
                insert(batch, position[0] - batch.size(), now, terms, ownerIds);
                batch.clear();
            }
        });
        insert(batch, position[0] - batch.size(), now, terms, ownerIds);
        List<Long> ids = jdbc.queryForList("select id from clients where id > ? order by id", Long.class, firstId);
        linkMembers(firstId, ids, memberships);
        jdbc.batchUpdate(
                "insert into client_group_members (client_id, group_id) values (?, ?)",
                groupMemberships.stream()
                        .map(m -> new Object[] {ids.get(m[0]), groups.get(m[1])})
                        .toList());
        writeTags(ids);
        // The kept group sizes (issue 19) counted once for the memberships written around the client service.
        SystemAuthentication.run(clients::recountGroupSizes);
    }

    /** Issue 22: the demo's tags (name, palette colour) and which clients carry them, by position. */
    private static final List<String[]> TAGS = List.of(
            new String[] {"VIP", "AMBER"}, new String[] {"Newsletter", "BLUE"}, new String[] {"Late payer", "RED"});

    /** A few clients carry tags, so the list, its filter and the overview show them: about one in four. */
    private void writeTags(List<Long> ids) {
        List<Long> tagIds = new ArrayList<>();
        for (String[] tag : TAGS) {
            String key = tag[0].toLowerCase(java.util.Locale.ROOT);
            List<Long> existing = jdbc.queryForList("select id from client_tags where name_key = ?", Long.class, key);
            if (existing.isEmpty()) {
                jdbc.update(
                        "insert into client_tags (version, name, name_key, colour) values (0, ?, ?, ?)",
                        tag[0],
                        key,
                        tag[1]);
                existing = jdbc.queryForList("select id from client_tags where name_key = ?", Long.class, key);
            }
            tagIds.add(existing.getFirst());
        }
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (i % 7 == 0) {
                rows.add(new Object[] {ids.get(i), tagIds.get(0)});
            }
            if (i % 11 == 3) {
                rows.add(new Object[] {ids.get(i), tagIds.get(1)});
            }
            if (i % 13 == 5) {
                rows.add(new Object[] {ids.get(i), tagIds.get(2)});
            }
        }
        jdbc.batchUpdate("insert into client_tag_members (client_id, tag_id) values (?, ?)", rows);
    }

    private List<Long> ensureGroups() {
        List<Long> ids = new ArrayList<>();
        for (String name : DemoDataGenerator.GROUPS) {
            List<Long> existing = jdbc.queryForList("select id from client_groups where name = ?", Long.class, name);
            if (existing.isEmpty()) {
                jdbc.update("insert into client_groups (version, name) values (0, ?)", name);
                existing = jdbc.queryForList("select id from client_groups where name = ?", Long.class, name);
            }
            ids.add(existing.getFirst());
        }
        return ids;
    }

    private long nextId() {
        Long max = jdbc.queryForObject("select max(id) from clients", Long.class);
        return max == null ? 0 : max;
    }

    private void insert(
            List<DemoClient> batch, int firstPosition, Timestamp now, List<Long> terms, List<Long> ownerIds) {
        if (batch.isEmpty()) {
            return;
        }
        int[] position = {firstPosition};
        jdbc.batchUpdate(INSERT, batch, batch.size(), (ps, c) -> {
            ps.setString(1, c.type());
            ps.setString(2, c.name());
            setNullable(ps, 3, c.email());
            setNullable(ps, 4, c.phone());
            setNullable(ps, 5, c.mobile());
            setNullable(ps, 6, c.phoneDigits());
            setNullable(ps, 7, c.website());
            setNullable(ps, 8, c.taxId());
            ps.setBoolean(9, c.active());
            ps.setString(10, c.street());
            ps.setString(11, c.city());
            setNullable(ps, 12, c.state());
            ps.setString(13, c.postalCode());
            ps.setString(14, c.country());
            setNullable(ps, 15, c.location());
            ps.setTimestamp(16, now);
            ps.setTimestamp(17, now);
            ps.setString(18, c.currency());
            ps.setString(19, c.language());
            if (terms.isEmpty()) {
                ps.setNull(20, Types.BIGINT);
            } else {
                ps.setLong(20, terms.get(c.paymentTermIndex() % terms.size()));
            }
            int slot = position[0]++ % (ownerIds.size() + 1);
            if (slot == ownerIds.size()) {
                ps.setNull(21, Types.BIGINT);
            } else {
                ps.setLong(21, ownerIds.get(slot));
            }
            ps.setString(22, ClientNames.key(c.name()));
        });
        writeSearchTerms(batch);
    }

    /**
     * The batch's rows in client_search_terms, as ClientService writes them on save. The batch's ids are the
     * highest ones now, in insertion order: this method runs in the writing transaction, right after the insert.
     */
    private void writeSearchTerms(List<DemoClient> batch) {
        List<Long> ids = jdbc.queryForList("select id from clients order by id desc limit ?", Long.class, batch.size())
                .reversed();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            DemoClient c = batch.get(i);
            Long id = ids.get(i);
            ClientSearchTerms.of(c.name(), c.email(), c.phone(), c.mobile())
                    .forEach(term -> rows.add(new Object[] {id, term}));
        }
        jdbc.batchUpdate(ClientSearchTerms.INSERT, rows);
    }

    /**
     * Gives every third client (by id) one or two projects, some billed hourly and some at a fixed price, with
     * members among {@code userIds} and a few weeks of time logged by them. Deterministic for a seed and the same
     * clients; dates are fixed rather than relative to today so that every run shows the same costs.
     */
    @Transactional
    public void writeProjects(long seed, List<Long> userIds) {
        if (userIds.isEmpty()) {
            return;
        }
        Random random = new Random(seed);
        List<Long> clientIds =
                jdbc.queryForList("select id from clients where trashed_at is null order by id", Long.class);
        Long maxBefore = jdbc.queryForObject("select max(id) from projects", Long.class);
        long firstId = maxBefore == null ? 0 : maxBefore;
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> projects = new ArrayList<>();
        for (int i = 0; i < clientIds.size(); i += 3) {
            int count = 1 + random.nextInt(2);
            for (int k = 0; k < count; k++) {
                LocalDate start = PROJECT_EPOCH.plusDays(random.nextInt(300));
                LocalDate due = random.nextInt(4) == 0 ? null : start.plusDays(30 + random.nextInt(90));
                boolean hourly = random.nextInt(10) < 7;
                BigDecimal rate = hourly ? BigDecimal.valueOf(60 + 5L * random.nextInt(19)) : null;
                BigDecimal fixed = hourly ? null : BigDecimal.valueOf(1000 + 500L * random.nextInt(39));
                String name = PROJECT_NAMES.get(random.nextInt(PROJECT_NAMES.size()));
                projects.add(new Object[] {
                    name,
                    clientIds.get(i),
                    Date.valueOf(start),
                    due == null ? null : Date.valueOf(due),
                    hourly ? "HOURLY" : "FIXED",
                    rate,
                    fixed,
                    now,
                    now
                });
            }
        }
        jdbc.batchUpdate("""
                insert into projects (version, name, client_id, start_date, due_date, billing_method, hourly_rate,
                  fixed_cost, created_at, updated_at)
                values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", projects, new int[] {
            Types.VARCHAR,
            Types.BIGINT,
            Types.DATE,
            Types.DATE,
            Types.VARCHAR,
            Types.DECIMAL,
            Types.DECIMAL,
            Types.TIMESTAMP,
            Types.TIMESTAMP
        });
        List<Object[]> projectRows = jdbc.query(
                "select id, start_date from projects where id > ? order by id",
                (rs, n) -> new Object[] {rs.getLong(1), rs.getDate(2).toLocalDate()},
                firstId);
        List<Object[]> members = new ArrayList<>();
        List<Object[]> entries = new ArrayList<>();
        for (Object[] row : projectRows) {
            long projectId = (Long) row[0];
            LocalDate start = (LocalDate) row[1];
            List<Long> team = new ArrayList<>(userIds);
            Collections.shuffle(team, random);
            team = team.subList(0, Math.min(team.size(), 1 + random.nextInt(2)));
            team.forEach(user -> members.add(new Object[] {projectId, user}));
            int entryCount = 3 + random.nextInt(10);
            for (int e = 0; e < entryCount; e++) {
                // Quarter hours from 0.25 to 8.00, most of them billable.
                BigDecimal hours = BigDecimal.valueOf(1 + random.nextInt(32)).divide(BigDecimal.valueOf(4));
                entries.add(new Object[] {
                    projectId,
                    team.get(random.nextInt(team.size())),
                    Date.valueOf(start.plusDays(random.nextInt(60))),
                    hours,
                    TASKS.get(random.nextInt(TASKS.size())),
                    random.nextInt(5) != 0,
                    now,
                    now
                });
            }
        }
        jdbc.batchUpdate("insert into project_members (project_id, user_id) values (?, ?)", members);
        jdbc.batchUpdate("""
                insert into time_entries (version, project_id, user_id, work_date, hours, description, billable,
                  created_at, updated_at)
                values (0, ?, ?, ?, ?, ?, ?, ?, ?)""", entries);
    }

    /** Individuals point at companies by generation order; ids are read back in insertion (id) order. */
    private void linkMembers(long afterId, List<Long> ids, List<int[]> memberships) {
        if (memberships.isEmpty()) {
            return;
        }
        List<Long> companyIds = jdbc.queryForList(
                "select id from clients where id > ? and client_type = 'COMPANY' order by id", Long.class, afterId);
        List<Object[]> updates = memberships.stream()
                .map(m -> new Object[] {companyIds.get(m[1]), ids.get(m[0])})
                .toList();
        jdbc.batchUpdate("update clients set company_id = ? where id = ?", updates);
    }

    private static void setNullable(PreparedStatement ps, int index, @Nullable String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }

    /** The demo client whose Client Center login the README lists: a company with invoices in several states. */
    public long showcaseClientId() {
        Long id = jdbc.queryForObject("""
                select d.client_id from billing_documents d join clients c on c.id = d.client_id
                where c.client_type = 'COMPANY' and d.doc_type = 'INVOICE' and d.status <> 'DRAFT'
                group by d.client_id order by count(distinct d.status) desc, d.client_id limit 1""", Long.class);
        if (id == null) {
            throw new IllegalStateException("No demo invoices to show in the Client Center");
        }
        return id;
    }

    /**
     * Issue 22: makes two other live companies subsidiaries of this one, so that the demo shows a parent company's
     * Subsidiaries tab, "Part of" and the statement's roll-up.
     */
    public void linkSubsidiaries(long parentId) {
        List<Long> subsidiaries = jdbc.queryForList("""
                select id from clients where client_type = 'COMPANY' and trashed_at is null and id <> ?
                  and parent_id is null order by id limit 2""", Long.class, parentId);
        for (long id : subsidiaries) {
            jdbc.update("update clients set parent_id = ?, version = version + 1 where id = ?", parentId, id);
        }
    }

    /** Opens the support section for a demo client, so that the demo shows support requests (off for a client). */
    public void openSupport(long clientId) {
        jdbc.update("update clients set portal_support = true where id = ?", clientId);
    }
}
