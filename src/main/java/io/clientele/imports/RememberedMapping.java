package io.clientele.imports;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The mapping and choices confirmed the last time a file with the same headers was imported.
 *
 * @param mapping field per column of the file at hand (columns not listed were ignored)
 * @param options the choices of that import: duplicates, all-or-nothing, default language, date order, defaults
 * @param savedBy who confirmed it, when known
 */
public record RememberedMapping(
        Map<Integer, ImportField> mapping,
        ImportOptions options,
        @Nullable String savedBy,
        Instant savedAt) {

    public RememberedMapping {
        mapping = Map.copyOf(mapping);
    }
}
