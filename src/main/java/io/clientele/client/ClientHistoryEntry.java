package io.clientele.client;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One changed field of one client save: from what, to what, by whom, when. Written once and never edited, so it has
 * no version.
 */
@Entity
@Table(name = "client_history")
class ClientHistoryEntry {

    static final int VALUE_MAX = 2000;
    static final int FIELD_MAX = 100;
    static final int NAME_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Column(nullable = false, length = FIELD_MAX)
    private String field = "";

    @Column(name = "old_value", length = VALUE_MAX)
    private @Nullable String oldValue;

    @Column(name = "new_value", length = VALUE_MAX)
    private @Nullable String newValue;

    @Column(name = "changed_by_id")
    private @Nullable Long changedById;

    @Column(name = "changed_by", length = NAME_MAX)
    private @Nullable String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt = Instant.EPOCH;

    protected ClientHistoryEntry() {}

    ClientHistoryEntry(
            long clientId,
            String field,
            @Nullable String oldValue,
            @Nullable String newValue,
            @Nullable Long changedById,
            @Nullable String changedBy,
            Instant changedAt) {
        this.clientId = clientId;
        this.field = cut(field, FIELD_MAX);
        this.oldValue = oldValue == null ? null : cut(oldValue, VALUE_MAX);
        this.newValue = newValue == null ? null : cut(newValue, VALUE_MAX);
        this.changedById = changedById;
        this.changedBy = changedBy == null ? null : cut(changedBy, NAME_MAX);
        this.changedAt = changedAt;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    ClientChange toChange() {
        return new ClientChange(id == null ? 0 : id, field, oldValue, newValue, changedBy, changedAt);
    }
}
