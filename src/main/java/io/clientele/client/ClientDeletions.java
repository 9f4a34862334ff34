package io.clientele.client;

import io.clientele.base.security.UserDirectory;
import io.clientele.base.security.UserRef;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The log of permanent deletions. It has no foreign key to the clients it names: it must outlive them, as must the
 * numbers of the issued documents that were destroyed with them (a hole in the numbering needs an explanation).
 */
@Component
class ClientDeletions {

    static final int RECORDS_MAX = 4000;

    private final JdbcClient jdbc;
    private final UserDirectory users;
    private final Clock clock;

    ClientDeletions(JdbcClient jdbc, UserDirectory users, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.clock = clock;
    }

    /** Writes one row per client, in the deleting transaction, before the client rows go. */
    void record(Map<Long, String> names, Map<Long, List<String>> records) {
        Long callerId = users.currentScope().accountId();
        String callerName = callerId == null
                ? null
                : users.find(callerId).map(UserRef::displayName).orElse(null);
        Timestamp now = Timestamp.from(clock.instant());
        names.forEach((id, name) -> {
            String list = String.join(", ", records.getOrDefault(id, List.of()));
            jdbc.sql("""
                    insert into client_deletions (client_id, client_name, deleted_by_id, deleted_by, deleted_at, records)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(
                            id,
                            name,
                            callerId,
                            callerName,
                            now,
                            list.isEmpty() ? null : list.substring(0, Math.min(list.length(), RECORDS_MAX)))
                    .update();
        });
    }

    /** The newest deletions first, one page. */
    List<ClientDeletion> page(long offset, int limit) {
        return jdbc.sql("""
                select client_id, client_name, deleted_by, deleted_at, records from client_deletions
                order by deleted_at desc, id desc limit ? offset ?""")
                .params(limit, offset)
                .query((rs, i) -> new ClientDeletion(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getString(5)))
                .list();
    }

    long count() {
        return jdbc.sql("select count(*) from client_deletions")
                .query(Long.class)
                .single();
    }

    static String join(Collection<String> parts) {
        return String.join(", ", parts);
    }
}
