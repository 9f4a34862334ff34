package io.clientele.imports;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The table {@code import_mappings}: the last confirmed mapping and choices per header set. */
@Component
class ImportMappingQueries {

    record Stored(String settings, @Nullable String savedBy, Instant savedAt) {}

    private final JdbcClient jdbc;

    ImportMappingQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Stored> find(String headerKey) {
        return jdbc.sql("select settings, saved_by, saved_at from import_mappings where header_key = ?")
                .param(headerKey)
                .query((rs, i) -> new Stored(
                        rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .optional();
    }

    /** Replaces the header set's settings, or adds them; the newest confirmation wins. */
    void save(String headerKey, String settings, @Nullable String savedBy, Instant savedAt) {
        if (update(headerKey, settings, savedBy, savedAt) > 0) {
            return;
        }
        try {
            jdbc.sql("insert into import_mappings (header_key, settings, saved_by, saved_at) values (?, ?, ?, ?)")
                    .params(headerKey, settings, savedBy, Timestamp.from(savedAt))
                    .update();
        } catch (DuplicateKeyException e) {
            // Someone confirmed the same header set at the same moment: theirs is as good, ours is newer.
            update(headerKey, settings, savedBy, savedAt);
        }
    }

    private int update(String headerKey, String settings, @Nullable String savedBy, Instant savedAt) {
        return jdbc.sql("update import_mappings set settings = ?, saved_by = ?, saved_at = ? where header_key = ?")
                .params(settings, savedBy, Timestamp.from(savedAt), headerKey)
                .update();
    }
}
