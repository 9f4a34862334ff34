package io.clientele.imports;

import io.clientele.base.security.UserDirectory;
import io.clientele.base.security.UserRef;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Remembers the mapping and the per-file choices of a confirmed import per header set, and offers them when a file
 * with the same headers comes again (the next month's export of the same system). Headers compare without case and
 * surrounding blanks and in any order; a header that repeats counts with its occurrence ("Phone", "Phone#2").
 */
@Component
class ImportMappings {

    private final ImportMappingQueries queries;
    private final UserDirectory users;
    private final Clock clock;

    ImportMappings(ImportMappingQueries queries, UserDirectory users, Clock clock) {
        this.queries = queries;
        this.users = users;
        this.clock = clock;
    }

    /** What was confirmed last for these headers, by column of this file; empty when this header set is new. */
    Optional<RememberedMapping> find(List<String> headers) {
        return queries.find(key(headers)).map(stored -> decode(headers, stored));
    }

    /** Stores the confirmed mapping and choices for this header set, replacing what was there. */
    void remember(List<String> headers, Map<Integer, ImportField> mapping, ImportOptions options) {
        List<String> ids = columnIds(headers);
        List<String> lines = new ArrayList<>();
        mapping.forEach((column, field) -> {
            if (column >= 0 && column < ids.size()) {
                lines.add(line("column", ids.get(column), field.name()));
            }
        });
        // Custom fields by id: a field renamed since still maps, one deleted since is dropped when read back.
        new TreeMap<>(options.customColumns()).forEach((column, fieldId) -> {
            if (column >= 0 && column < ids.size()) {
                lines.add(line("customColumn", ids.get(column), Long.toString(fieldId)));
            }
        });
        lines.add(line("duplicates", options.duplicates().name()));
        lines.add(line("allOrNothing", Boolean.toString(options.allOrNothing())));
        if (options.defaultLanguage() != null) {
            lines.add(line("defaultLanguage", options.defaultLanguage()));
        }
        if (options.dateOrder() != null) {
            lines.add(line("dateOrder", options.dateOrder().name()));
        }
        new TreeMap<>(options.defaults()).forEach((field, value) -> lines.add(line("default", field.name(), value)));
        new TreeMap<>(options.customDefaults())
                .forEach((fieldId, value) -> lines.add(line("customDefault", Long.toString(fieldId), value)));
        Long callerId = users.currentScope().accountId();
        @Nullable
        String by = callerId == null
                ? null
                : users.find(callerId).map(UserRef::displayName).orElse(null);
        queries.save(key(headers), String.join("\n", lines), by, clock.instant());
    }

    private static RememberedMapping decode(List<String> headers, ImportMappingQueries.Stored stored) {
        Map<String, Integer> columnOf = new HashMap<>();
        List<String> ids = columnIds(headers);
        for (int i = 0; i < ids.size(); i++) {
            columnOf.put(ids.get(i), i);
        }
        Map<Integer, ImportField> mapping = new LinkedHashMap<>();
        ImportOptions options = ImportOptions.standard();
        Map<ImportField, String> defaults = new EnumMap<>(ImportField.class);
        Map<Integer, Long> customColumns = new LinkedHashMap<>();
        Map<Long, String> customDefaults = new LinkedHashMap<>();
        for (String raw : stored.settings().split("\n")) {
            String[] parts = raw.split("\t", -1);
            for (int i = 0; i < parts.length; i++) {
                parts[i] = URLDecoder.decode(parts[i], StandardCharsets.UTF_8);
            }
            // Settings of a field or choice this version no longer knows are left out, not fatal.
            try {
                switch (parts[0]) {
                    case "column" -> {
                        Integer column = columnOf.get(parts[1]);
                        if (column != null) {
                            mapping.put(column, ImportField.valueOf(parts[2]));
                        }
                    }
                    case "customColumn" -> {
                        Integer column = columnOf.get(parts[1]);
                        if (column != null) {
                            customColumns.put(column, Long.parseLong(parts[2]));
                        }
                    }
                    case "duplicates" ->
                        options = options.withDuplicates(ImportOptions.DuplicateMode.valueOf(parts[1]));
                    case "allOrNothing" -> options = options.withAllOrNothing(Boolean.parseBoolean(parts[1]));
                    case "defaultLanguage" -> options = options.withDefaultLanguage(parts[1]);
                    case "dateOrder" -> options = options.withDateOrder(ImportValues.DateOrder.valueOf(parts[1]));
                    case "default" -> defaults.put(ImportField.valueOf(parts[1]), parts[2]);
                    case "customDefault" -> customDefaults.put(Long.parseLong(parts[1]), parts[2]);
                    default -> {
                        // Unknown line: written by a later version.
                    }
                }
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                // As above: skip what cannot be read.
            }
        }
        return new RememberedMapping(
                mapping,
                options.withDefaults(defaults).withCustomColumns(customColumns).withCustomDefaults(customDefaults),
                stored.savedBy(),
                stored.savedAt());
    }

    private static String line(String... parts) {
        List<String> encoded = new ArrayList<>();
        for (String p : parts) {
            encoded.add(URLEncoder.encode(p, StandardCharsets.UTF_8));
        }
        return String.join("\t", encoded);
    }

    /** Each column's header, normalized, with its occurrence when it repeats. */
    static List<String> columnIds(List<String> headers) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> ids = new ArrayList<>();
        for (String header : headers) {
            String norm = header.strip().toLowerCase(Locale.ROOT);
            int n = seen.merge(norm, 1, Integer::sum);
            ids.add(n == 1 ? norm : norm + "#" + n);
        }
        return ids;
    }

    /** The header set's key: SHA-256 of its sorted column ids. */
    static String key(List<String> headers) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\n", new TreeSet<>(columnIds(headers))).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
