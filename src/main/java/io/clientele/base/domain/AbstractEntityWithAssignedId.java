package io.clientele.base.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/** For rows whose id is fixed rather than generated (single-row settings), with the same optimistic locking. */
@MappedSuperclass
public abstract class AbstractEntityWithAssignedId {

    @Id
    private long id;

    @Version
    @Column(nullable = false)
    private long version;

    public long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }
}
