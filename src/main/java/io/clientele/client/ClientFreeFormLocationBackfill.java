package io.clientele.client;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;

/**
 * Liquibase task: recomputes {@code clients.location} of the clients whose billing address is only a free-form block,
 * stored before the form in force was recorded. Their Location was the block's first line (often the company name or
 * the street); it becomes the place {@link Address#location()} now derives (town and country), as every save would
 * write it. Reads in id order a chunk at a time, so a large book is never one open result set.
 */
public class ClientFreeFormLocationBackfill extends ClientDataBackfill {

    public ClientFreeFormLocationBackfill() {
        super("clients.location of free-form addresses");
    }

    private static final int CHUNK = 1000;

    @Override
    public void execute(Database database) throws CustomChangeException {
        Connection connection = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
        try (PreparedStatement select = connection.prepareStatement("""
                        select id, billing_text from clients
                        where id > ? and billing_address_form is null and billing_text is not null
                          and billing_street is null and billing_city is null and billing_state is null
                          and billing_postal_code is null and billing_country is null
                        order by id limit %d""".formatted(CHUNK));
                PreparedStatement update =
                        connection.prepareStatement("update clients set location = ? where id = ?")) {
            long after = 0;
            while (true) {
                select.setLong(1, after);
                int read = 0;
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        after = rows.getLong(1);
                        Address address = new Address();
                        address.setText(rows.getString(2));
                        String location = address.location();
                        update.setString(
                                1,
                                location == null || location.length() <= Client.LOCATION_MAX
                                        ? location
                                        : location.substring(0, Client.LOCATION_MAX));
                        update.setLong(2, after);
                        update.addBatch();
                        read++;
                    }
                }
                if (read == 0) {
                    return;
                }
                update.executeBatch();
            }
        } catch (SQLException e) {
            throw new CustomChangeException("Could not fill clients.location", e);
        }
    }
}
