package io.clientele.client;

/** A client group and how many live clients the caller may see are in it. */
public record GroupSize(long groupId, String name, long clients) {

    /** A native row of (group id, name, members), as the kept counts are read. */
    static GroupSize of(Object[] row) {
        return new GroupSize(((Number) row[0]).longValue(), (String) row[1], ((Number) row[2]).longValue());
    }
}
