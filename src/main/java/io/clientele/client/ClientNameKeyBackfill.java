package io.clientele.client;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;

/**
 * Liquibase task: fills {@code clients.name_key} for the clients that existed before the column did, with the same
 * {@link ClientNames#key} that keeps it current on every save. Undoing it needs nothing: the column goes with the
 * changeset before it.
 */
public class ClientNameKeyBackfill extends ClientDataBackfill {

    public ClientNameKeyBackfill() {
        super("clients.name_key");
    }

    private static final int BATCH = 1000;

    @Override
    public void execute(Database database) throws CustomChangeException {
        Connection connection = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("select id, name from clients where name_key is null");
                PreparedStatement update =
                        connection.prepareStatement("update clients set name_key = ? where id = ?")) {
            int pending = 0;
            while (rows.next()) {
                update.setString(1, ClientNames.key(rows.getString(2)));
                update.setLong(2, rows.getLong(1));
                update.addBatch();
                if (++pending == BATCH) {
                    update.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                update.executeBatch();
            }
        } catch (SQLException e) {
            throw new CustomChangeException("Could not fill clients.name_key", e);
        }
    }
}
