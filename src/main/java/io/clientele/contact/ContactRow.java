package io.clientele.contact;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of a client's contact list, read straight from SQL. {@code primary} is true only for the live primary
 * contact, never for a trashed one.
 */
public record ContactRow(
        long id,
        String name,
        @Nullable String title,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String mobile,
        boolean primary,
        boolean optIn,
        RecipientRole defaultRole,
        boolean receivesStatements,
        @Nullable Instant trashedAt) {

    public boolean trashed() {
        return trashedAt != null;
    }
}
