package io.clientele.client.ui;

import com.vaadin.flow.component.Component;
import io.clientele.base.reporting.Csv;
import io.clientele.client.ClientExportService;
import io.clientele.client.ClientFilter;
import io.clientele.client.ClientRow;
import io.clientele.client.ClientTags;
import io.clientele.client.TagBadge;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;

/**
 * The client list as CSV: UTF-8 with a byte order mark (so Excel reads Greek or Cyrillic names right), headers in
 * the user's language, every cell through {@link Csv#cell} (formula injection neutralized).
 */
final class ClientCsv {

    static final String FILE_NAME = "clients.csv";
    static final String CONTENT_TYPE = "text/csv; charset=UTF-8";

    private ClientCsv() {}

    static void write(ClientExportService export, ClientFilter filter, Sort sort, Component labels, OutputStream out)
            throws IOException {
        write(export, filter, sort, labels, out, null);
    }

    /** {@link #write}, with a column per custom field (issue 22) after the fixed ones when {@code custom} is given. */
    static void write(
            ClientExportService export,
            ClientFilter filter,
            Sort sort,
            Component labels,
            OutputStream out,
            @Nullable CustomFieldColumns custom)
            throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        List<String> headers = (List.of(
                        "client.column.name",
                        "client.column.type",
                        "client.column.email",
                        "client.column.phone",
                        "client.column.location",
                        "client.export.country",
                        "client.column.groups",
                        "client.tags.column",
                        "client.column.balance",
                        "client.export.currency",
                        "client.column.active")
                .stream()
                .map(labels::getTranslation)
                .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new)));
        // Custom fields (issue 22): their labels in the user's language.
        headers.addAll(custom == null ? List.of() : custom.headers());
        line(writer, headers);
        try {
            export.forEachPage(filter, sort, rows -> {
                try {
                    // Custom fields (issue 22): the page's values in one batch.
                    Map<Long, List<String>> customCells = custom == null ? Map.of() : custom.cells(rows);
                    for (ClientRow r : rows) {
                        List<String> cells = new java.util.ArrayList<>(List.of(
                                r.name(),
                                labels.getTranslation("client.type." + r.type().name()),
                                orEmpty(r.email()),
                                orEmpty(r.phone()),
                                orEmpty(r.location()),
                                orEmpty(ClientFormat.country(r)),
                                String.join(", ", r.groups()),
                                String.join(
                                        ClientTags.SEPARATOR,
                                        r.tags().stream().map(TagBadge::name).toList()),
                                r.balance().toPlainString(),
                                r.currency(),
                                labels.getTranslation(r.active() ? "client.active.yes" : "client.active.no")));
                        cells.addAll(customCells.getOrDefault(r.id(), List.of()));
                        line(writer, cells);
                    }
                    writer.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.flush();
    }

    private static void line(Writer writer, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(Csv.cell(cells.get(i)));
        }
        writer.write("\r\n");
    }

    private static String orEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }
}
