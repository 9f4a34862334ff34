package io.clientele.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One line of the client list, read straight from SQL: only what the grid shows, so a page of rows costs little
 * heap in the user's session.
 */
public record ClientRow(
        long id,
        ClientType type,
        String name,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String location,
        @Nullable String country,
        boolean active,
        String currency,
        BigDecimal balance,
        @Nullable Instant trashedAt,
        List<String> groups) {

    /** The shape the SQL projection fills; group names are added per page by a second query. */
    public ClientRow(
            long id,
            ClientType type,
            String name,
            @Nullable String email,
            @Nullable String phone,
            @Nullable String location,
            @Nullable String country,
            boolean active,
            String currency,
            BigDecimal balance,
            @Nullable Instant trashedAt) {
        this(id, type, name, email, phone, location, country, active, currency, balance, trashedAt, List.of());
    }

    ClientRow withGroups(List<String> names) {
        return new ClientRow(
                id,
                type,
                name,
                email,
                phone,
                location,
                country,
                active,
                currency,
                balance,
                trashedAt,
                List.copyOf(names));
    }
}
