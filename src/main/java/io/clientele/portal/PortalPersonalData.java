package io.clientele.portal;

import io.clientele.base.domain.PageCap;
import io.clientele.client.PersonalData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * What a Client Center login's own request adds to the export: the documents of its client that the login may see
 * under its permissions and its client's switches, listed and as PDFs — read through {@link PortalService}, so the
 * export shows exactly what the Client Center would. Only for a person asking about themselves (the back office's
 * whole-client export takes every document from billing); nothing to anonymise here.
 */
@Component
class PortalPersonalData implements PersonalData {

    private final PortalService portal;

    PortalPersonalData(PortalService portal) {
        this.portal = portal;
    }

    @Override
    public String section() {
        return "clientCenter";
    }

    @Override
    public @Nullable Object export(Subject subject) {
        if (subject.wholeClient()) {
            return null;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(
                "invoices",
                all(portal::invoices).stream().map(PortalPersonalData::row).toList());
        data.put(
                "quotes",
                all(portal::quotes).stream().map(PortalPersonalData::row).toList());
        data.put(
                "creditNotes",
                all(portal::creditNotes).stream()
                        .map(n -> Map.of(
                                "number",
                                n.number(),
                                "issueDate",
                                n.issueDate().toString(),
                                "currency",
                                n.currency(),
                                "total",
                                n.total().toPlainString()))
                        .toList());
        return data;
    }

    @Override
    public List<ExportFile> files(Subject subject) {
        if (subject.wholeClient()) {
            return List.of();
        }
        List<ExportFile> files = new ArrayList<>();
        all(portal::invoices).forEach(d -> files.add(file(portal.invoicePdf(d.id()))));
        all(portal::quotes).forEach(d -> files.add(file(portal.quotePdf(d.id()))));
        all(portal::creditNotes).forEach(n -> files.add(file(portal.creditNotePdf(n.id()))));
        return files;
    }

    @Override
    public void anonymise(Subject subject) {
        // The Client Center stores nothing of its own about a person: its logins and documents belong to others.
    }

    private static ExportFile file(PortalRecords.PdfFile pdf) {
        return new ExportFile("documents/" + pdf.fileName().replaceAll("[^A-Za-z0-9._-]", "_"), pdf.content());
    }

    private static Map<String, @Nullable Object> row(PortalRecords.Document d) {
        Map<String, @Nullable Object> row = new LinkedHashMap<>();
        row.put("number", d.number());
        row.put("status", d.status());
        row.put("issueDate", d.issueDate().toString());
        row.put("dueDate", Objects.toString(d.dueDate(), null));
        row.put("currency", d.currency());
        row.put("total", d.total().toPlainString());
        row.put("balance", d.balance().toPlainString());
        return row;
    }

    /** Every page of a capped list, page by page. */
    private static <T> List<T> all(Function<Pageable, List<T>> page) {
        List<T> all = new ArrayList<>();
        int size = PageCap.MAX_PAGE_SIZE;
        for (int n = 0; ; n++) {
            List<T> rows = page.apply(PageRequest.of(n, size));
            all.addAll(rows);
            if (rows.size() < size) {
                return all;
            }
        }
    }
}
