package io.clientele.imports;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The choices made for one import.
 *
 * @param duplicates      what happens to a row whose client exists already (same e-mail, tax ID, name or id)
 * @param allOrNothing    refuse the whole file when any row has an error (otherwise the good rows import)
 * @param defaultLanguage the app language for rows whose language the app does not speak ("Polish"); null: the
 *                        installation's default
 * @param dateOrder       how 03/04/2026 is read; null: from the file where a date tells, else day first
 * @param defaults        a value for the whole file, per field, used where a row has none (mandatory fields the file
 *                        lacks, e.g. Lead source); read like a cell of that column
 * @param customColumns   the columns imported into client custom fields (issue 22): custom field id by column of the
 *                        file, beside the mapping of the built-in fields
 * @param customDefaults  a value for the whole file per mandatory custom field (issue 22) of clients or of the contacts
 *                        the import creates, by field id: used where a row gives none (no column, or an empty cell);
 *                        read like a cell of that field
 */
public record ImportOptions(
        DuplicateMode duplicates,
        boolean allOrNothing,
        @Nullable String defaultLanguage,
        ImportValues.@Nullable DateOrder dateOrder,
        Map<ImportField, String> defaults,
        Map<Integer, Long> customColumns,
        Map<Long, String> customDefaults) {

    public ImportOptions {
        defaults = Map.copyOf(defaults);
        customColumns = Map.copyOf(customColumns);
        customDefaults = Map.copyOf(customDefaults);
    }

    public ImportOptions(
            DuplicateMode duplicates,
            boolean allOrNothing,
            @Nullable String defaultLanguage,
            ImportValues.@Nullable DateOrder dateOrder,
            Map<ImportField, String> defaults,
            Map<Integer, Long> customColumns) {
        this(duplicates, allOrNothing, defaultLanguage, dateOrder, defaults, customColumns, Map.of());
    }

    public ImportOptions(
            DuplicateMode duplicates,
            boolean allOrNothing,
            @Nullable String defaultLanguage,
            ImportValues.@Nullable DateOrder dateOrder,
            Map<ImportField, String> defaults) {
        this(duplicates, allOrNothing, defaultLanguage, dateOrder, defaults, Map.of());
    }

    /** Skip duplicates, import the good rows, no defaults. */
    public static ImportOptions standard() {
        return new ImportOptions(DuplicateMode.SKIP, false, null, null, Map.of());
    }

    public ImportOptions withDuplicates(DuplicateMode mode) {
        return new ImportOptions(
                mode, allOrNothing, defaultLanguage, dateOrder, defaults, customColumns, customDefaults);
    }

    public ImportOptions withAllOrNothing(boolean on) {
        return new ImportOptions(duplicates, on, defaultLanguage, dateOrder, defaults, customColumns, customDefaults);
    }

    public ImportOptions withDefaults(Map<ImportField, String> values) {
        return new ImportOptions(
                duplicates, allOrNothing, defaultLanguage, dateOrder, values, customColumns, customDefaults);
    }

    public ImportOptions withDateOrder(ImportValues.@Nullable DateOrder order) {
        return new ImportOptions(
                duplicates, allOrNothing, defaultLanguage, order, defaults, customColumns, customDefaults);
    }

    public ImportOptions withDefaultLanguage(@Nullable String language) {
        return new ImportOptions(
                duplicates, allOrNothing, language, dateOrder, defaults, customColumns, customDefaults);
    }

    public ImportOptions withCustomColumns(Map<Integer, Long> columns) {
        return new ImportOptions(
                duplicates, allOrNothing, defaultLanguage, dateOrder, defaults, columns, customDefaults);
    }

    public ImportOptions withCustomDefaults(Map<Long, String> values) {
        return new ImportOptions(duplicates, allOrNothing, defaultLanguage, dateOrder, defaults, customColumns, values);
    }

    /** What happens to a row whose client exists already. */
    public enum DuplicateMode {
        /** Leave the row out. */
        SKIP,
        /** Update the existing client: cells with a value overwrite, empty cells leave the stored value. */
        UPDATE,
        /** Create a new client all the same. */
        CREATE
    }
}
