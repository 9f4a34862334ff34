package io.clientele.client;

import io.clientele.base.domain.LogoImage;
import io.clientele.base.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Client logos (issue 22): uploaded on the client's overview with the company logo's content checks
 * ({@link LogoImage}), shown there and as a small picture beside the name in the client list. Never on the client's
 * documents. Stored apart from the client, so neither the list nor the form reads an image it does not show.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANAGER})
public class ClientLogos {

    /** Width and height of the list's picture, in pixels (twice its size on screen, for sharp high-density displays). */
    public static final int THUMBNAIL_PIXELS = 64;

    /**
     * A stored logo: the upload, its type and its version, which names it in URLs (the milliseconds of its upload,
     * above any earlier version of the client's logo).
     */
    public record Logo(byte[] content, String contentType, long version) {}

    private final JdbcClient jdbc;
    private final ClientScope scope;
    private final Clock clock;

    ClientLogos(JdbcClient jdbc, ClientScope scope, Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.clock = clock;
    }

    /**
     * The client's logo, if it has one and the caller may see the client (else empty: the same answer as "no logo",
     * so it tells nothing). One statement: the scope is part of the query.
     */
    public Optional<Logo> logo(long clientId) {
        return read(
                "content, content_type, version",
                clientId,
                (rs, i) -> new Logo(rs.getBytes("content"), rs.getString("content_type"), rs.getLong("version")));
    }

    /** The list's small PNG of the client's logo, as {@link #logo} answers. */
    public Optional<byte[]> thumbnail(long clientId) {
        return read("thumbnail", clientId, (rs, i) -> rs.getBytes("thumbnail"));
    }

    private <T> Optional<T> read(String columns, long clientId, org.springframework.jdbc.core.RowMapper<T> mapper) {
        ClientScope.Fragment visible = scope.sql("l.client_id");
        var statement = jdbc.sql("select " + columns + " from client_logos l where l.client_id = :clientId and "
                        + visible.text())
                .param("clientId", clientId);
        for (var p : visible.params().entrySet()) {
            statement = statement.param(p.getKey(), p.getValue());
        }
        return statement.query(mapper).optional();
    }

    /**
     * Which of these clients (a page of the list, already scoped) have a logo, with its version: one indexed read
     * per page, as for the groups.
     */
    Map<Long, Long> versions(Collection<Long> clientIds) {
        if (clientIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("select client_id, version from client_logos where client_id in (:ids)")
                .param("ids", clientIds)
                .query((rs, i) -> Map.entry(rs.getLong("client_id"), rs.getLong("version")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * Sets the client's logo: a PNG or JPEG within {@link LogoImage}'s limits, recognized by its content.
     *
     * @throws io.clientele.base.domain.RuleViolationException {@code logo.too-large}, {@code logo.type},
     *     {@code logo.unreadable} or {@code logo.dimensions}; nothing changes then
     */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public Logo save(long clientId, byte[] content) {
        scope.require(clientId);
        String type = LogoImage.check(content);
        byte[] thumbnail = LogoImage.thumbnail(content, THUMBNAIL_PIXELS);
        long previous = jdbc.sql("select version from client_logos where client_id = ?")
                .param(clientId)
                .query(Long.class)
                .optional()
                .orElse(0L);
        // A new URL for every new logo of the client, so no browser shows the cached old one.
        long version = Math.max(clock.millis(), previous + 1);
        jdbc.sql("delete from client_logos where client_id = ?").param(clientId).update();
        jdbc.sql("insert into client_logos (client_id, content, content_type, thumbnail, version, updated_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(clientId, content, type, thumbnail, version, java.sql.Timestamp.from(clock.instant()))
                .update();
        return new Logo(content, type, version);
    }

    /** Removes the client's logo; the list shows the name alone again. */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public void remove(long clientId) {
        scope.require(clientId);
        jdbc.sql("delete from client_logos where client_id = ?").param(clientId).update();
    }
}
