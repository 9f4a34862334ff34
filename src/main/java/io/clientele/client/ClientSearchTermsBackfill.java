package io.clientele.client;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Liquibase task: writes {@code client_search_terms} for the clients that existed before the table, with the same
 * {@link ClientSearchTerms#of} that keeps them current on every save. A million clients give some 25 million terms,
 * so it reads clients in id order a chunk at a time (never one result set held open over the whole table, which
 * MySQL's driver would either load into memory or lock the connection with), writes many rows per statement (fast
 * whether or not the URL asks the driver to rewrite batches) and commits per chunk (no transaction of 25 million
 * rows). Safe to run again after a failure: it resumes after the last client it finished, and the insert ignores
 * terms already there.
 */
public class ClientSearchTermsBackfill extends ClientDataBackfill {

    public ClientSearchTermsBackfill() {
        super("client_search_terms");
    }

    private static final Logger log = LoggerFactory.getLogger(ClientSearchTermsBackfill.class);
    private static final int CLIENTS_PER_CHUNK = 2_000;
    private static final int ROWS_PER_STATEMENT = 500;

    @Override
    public void execute(Database database) throws CustomChangeException {
        Connection connection = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
        long started = System.nanoTime();
        long clients = 0;
        long terms = 0;
        try (PreparedStatement resume =
                        connection.prepareStatement("select coalesce(max(client_id), 0) from client_search_terms");
                PreparedStatement select = connection.prepareStatement(
                        "select id, name, email, phone, mobile from clients where id > ? order by id limit "
                                + CLIENTS_PER_CHUNK);
                PreparedStatement full = connection.prepareStatement(insert(ROWS_PER_STATEMENT))) {
            long after;
            try (ResultSet rs = resume.executeQuery()) {
                rs.next();
                after = rs.getLong(1);
            }
            List<Object[]> pending = new ArrayList<>();
            while (true) {
                select.setLong(1, after);
                int read = 0;
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        long id = rows.getLong(1);
                        for (String term : ClientSearchTerms.of(
                                rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5))) {
                            pending.add(new Object[] {id, term});
                        }
                        after = id;
                        read++;
                    }
                }
                if (read == 0) {
                    break;
                }
                terms += write(connection, full, pending);
                pending.clear();
                if (!connection.getAutoCommit()) {
                    connection.commit();
                }
                clients += read;
                if (clients % 100_000 < CLIENTS_PER_CHUNK) {
                    log.info(
                            "client_search_terms: {} clients, {} terms, {} s",
                            clients,
                            terms,
                            (System.nanoTime() - started) / 1_000_000_000);
                }
            }
        } catch (SQLException e) {
            throw new CustomChangeException("Could not fill client_search_terms", e);
        }
        log.info(
                "client_search_terms filled: {} clients, {} terms in {} s",
                clients,
                terms,
                (System.nanoTime() - started) / 1_000_000_000);
    }

    private static int write(Connection connection, PreparedStatement full, List<Object[]> rows) throws SQLException {
        int i = 0;
        for (; i + ROWS_PER_STATEMENT <= rows.size(); i += ROWS_PER_STATEMENT) {
            bind(full, rows.subList(i, i + ROWS_PER_STATEMENT));
            full.executeUpdate();
        }
        if (i < rows.size()) {
            try (PreparedStatement rest = connection.prepareStatement(insert(rows.size() - i))) {
                bind(rest, rows.subList(i, rows.size()));
                rest.executeUpdate();
            }
        }
        return rows.size();
    }

    private static void bind(PreparedStatement ps, List<Object[]> rows) throws SQLException {
        int p = 1;
        for (Object[] row : rows) {
            ps.setLong(p++, (Long) row[0]);
            ps.setString(p++, (String) row[1]);
        }
    }

    private static String insert(int rows) {
        return "insert ignore into client_search_terms (client_id, term) values "
                + String.join(", ", Collections.nCopies(rows, "(?, ?)"));
    }
}
