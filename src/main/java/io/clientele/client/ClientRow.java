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
        List<String> groups,
        @Nullable Long logoVersion,
        List<TagBadge> tags) {

    /** The shape the SQL projection fills; group names and logos are added per page by second queries. */
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
        this(
                id, type, name, email, phone, location, country, active, currency, balance, trashedAt, List.of(), null,
                List.of());
    }

    /** Whether the client has a logo ({@link ClientLogos}): the list shows it beside the name. */
    public boolean hasLogo() {
        return logoVersion != null;
    }

    /** The row with what the list reads per page beside it: group names, logo version and tags (issue 22). */
    ClientRow withPageExtras(List<String> names, @Nullable Long logo, List<TagBadge> badges) {
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
                List.copyOf(names),
                logo,
                List.copyOf(badges));
    }
}
