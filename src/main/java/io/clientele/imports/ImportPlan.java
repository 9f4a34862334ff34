package io.clientele.imports;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What an import does (or, as a dry run, would do).
 *
 * @param rows           data rows in the file (blank lines not counted)
 * @param created        rows that become new clients
 * @param updated        rows that update an existing client
 * @param contacts       contacts created (from contact columns, person rows naming a company, a contacts sheet)
 * @param duplicates     rows left out because their client exists already, or appears earlier in the file
 * @param errors         problems; line 0 means the column mapping and stops everything, other lines are bad rows
 * @param normalizations values read differently from how they were written, with how many rows each
 * @param dateOrder      how numeric dates were read
 * @param dateOrderClear whether the file itself told the date order (or the user chose it)
 * @param sample         the first rows as they would be stored, field by field, for the preview
 */
public record ImportPlan(
        int rows,
        int created,
        int updated,
        int contacts,
        List<Duplicate> duplicates,
        List<Issue> errors,
        List<Normalization> normalizations,
        ImportValues.DateOrder dateOrder,
        boolean dateOrderClear,
        List<Sample> sample) {

    public ImportPlan {
        duplicates = List.copyOf(duplicates);
        errors = List.copyOf(errors);
        normalizations = List.copyOf(normalizations);
        sample = List.copyOf(sample);
    }

    /** Rows that become or update a client. */
    public int toImport() {
        return created + updated;
    }

    /** Whether the mapping itself is wrong (no row can be read). */
    public boolean mappingFailed() {
        return errors.stream().anyMatch(i -> i.line() == 0);
    }

    /** Lines of the file with at least one error, in order. */
    public List<Integer> badLines() {
        return errors.stream()
                .map(Issue::line)
                .filter(l -> l > 0)
                .distinct()
                .sorted()
                .toList();
    }

    public boolean canImport() {
        return !mappingFailed() && (toImport() > 0 || contacts > 0);
    }

    /**
     * A row of the preview as it would be stored.
     *
     * @param fields the built-in fields' values, as text
     * @param custom the client's custom values (issue 22) by field id, in their type's Java form, per-file defaults
     *               included
     */
    public record Sample(Map<ImportField, String> fields, Map<Long, Object> custom) {

        public Sample {
            fields = Map.copyOf(fields);
            custom = Map.copyOf(custom);
        }
    }

    /**
     * A row left out.
     *
     * @param earlierLine the line of the file it repeats, or null when it matches a client already stored
     * @param matchedOn   the e-mail address, tax ID, name or id it shares
     */
    public record Duplicate(
            int line,
            String name,
            String matchedOn,
            @Nullable Integer earlierLine) {}

    /**
     * A value read differently from how it was written: "United States" → "US" in 12 rows.
     *
     * @param to the stored value; a key like {@code client.import.default-language} when a default was used
     */
    public record Normalization(ImportField field, String from, String to, int rows) {}

    /**
     * One problem: either a message already in the caller's language (from the form's validation rules) or a
     * translation key with arguments.
     */
    public record Issue(
            int line,
            @Nullable ImportField field,
            @Nullable String message,
            @Nullable String key,
            List<Object> args) {

        public Issue {
            args = List.copyOf(args);
        }

        static Issue text(int line, @Nullable ImportField field, String message) {
            return new Issue(line, field, message, null, List.of());
        }

        static Issue key(int line, @Nullable ImportField field, String key, Object... args) {
            return new Issue(line, field, null, key, List.of(args));
        }
    }
}
