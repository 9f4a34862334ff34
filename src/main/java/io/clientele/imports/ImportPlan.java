package io.clientele.imports;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an import would do, as a dry run reports it.
 *
 * @param rows       data rows in the file (blank lines not counted)
 * @param toImport   rows that would become clients
 * @param duplicates rows left out because their client exists already, or appears earlier in the file
 * @param errors     problems that refuse the whole import; line 0 means the column mapping, not a row
 */
public record ImportPlan(int rows, int toImport, List<Duplicate> duplicates, List<Issue> errors) {

    public ImportPlan {
        duplicates = List.copyOf(duplicates);
        errors = List.copyOf(errors);
    }

    public boolean canImport() {
        return errors.isEmpty() && toImport > 0;
    }

    /**
     * A row left out.
     *
     * @param earlierLine the line of the file it repeats, or null when it matches a client already stored
     * @param matchedOn   the e-mail address or tax ID it shares
     */
    public record Duplicate(
            int line,
            String name,
            String matchedOn,
            @Nullable Integer earlierLine) {}

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
