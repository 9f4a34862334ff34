package io.clientele.billing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import liquibase.change.custom.CustomTaskChange;
import liquibase.change.custom.CustomTaskRollback;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;

/**
 * Liquibase task: fills {@code billing_documents.public_token_hash} for the links that existed before the column,
 * with the same {@link BillingDocument#tokenHash} new links use (in Java: H2 and MySQL have no common SHA-256
 * function). Undoing it needs nothing: the column goes with the changeset before it.
 */
public class PublicTokenHashBackfill implements CustomTaskChange, CustomTaskRollback {

    @Override
    public void execute(Database database) throws CustomChangeException {
        Connection connection = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery(
                        "select id, public_token from billing_documents where public_token is not null");
                PreparedStatement update = connection.prepareStatement(
                        "update billing_documents set public_token_hash = ? where id = ?")) {
            while (rows.next()) {
                update.setBytes(1, BillingDocument.tokenHash(rows.getString(2)));
                update.setLong(2, rows.getLong(1));
                update.addBatch();
            }
            update.executeBatch();
        } catch (SQLException e) {
            throw new CustomChangeException("Could not fill billing_documents.public_token_hash", e);
        }
    }

    @Override
    public void rollback(Database database) {
        // Nothing to undo: the rollback of the changeset before drops the column.
    }

    @Override
    public String getConfirmationMessage() {
        return "billing_documents.public_token_hash filled";
    }

    @Override
    public void setUp() {
        // No parameters.
    }

    @Override
    public void setFileOpener(ResourceAccessor resourceAccessor) {
        // Reads no files.
    }

    @Override
    public ValidationErrors validate(Database database) {
        return new ValidationErrors();
    }
}
