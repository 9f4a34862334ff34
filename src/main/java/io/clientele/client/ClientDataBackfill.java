package io.clientele.client;

import liquibase.change.custom.CustomTaskChange;
import liquibase.change.custom.CustomTaskRollback;
import liquibase.database.Database;
import liquibase.exception.SetupException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;

/**
 * A Liquibase Java task that fills derived client data (a column, a table) for the rows that existed before it, with
 * the same code that keeps it current on every save. Undoing one needs nothing: what it filled goes with the
 * changeset before it. Subclasses only say what they do.
 */
abstract class ClientDataBackfill implements CustomTaskChange, CustomTaskRollback {

    private final String filled;

    /** @param filled what the confirmation message says was filled, e.g. "clients.name_key" */
    ClientDataBackfill(String filled) {
        this.filled = filled;
    }

    @Override
    public void rollback(Database database) {
        // Nothing to undo: the rollback of the changeset before drops what this filled.
    }

    @Override
    public String getConfirmationMessage() {
        return filled + " filled";
    }

    @Override
    public void setUp() throws SetupException {
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
