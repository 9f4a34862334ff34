package io.clientele.imports;

import io.clientele.base.domain.RuleViolationException;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the header row of a file that may start with a title block (Invoice Ninja's client export has three lines
 * above its header): among the first rows, the one in which the most cells (at least two) name a known field; failing
 * that, the first row with as many filled cells as the widest of the first rows. Everything above it is reported as skipped.
 */
final class HeaderDetection {

    /** How far down a header is looked for. */
    static final int SCAN_ROWS = 30;

    private HeaderDetection() {}

    static CsvTable table(List<CsvTable.Record> all, char separator) {
        List<CsvTable.Record> records = all.stream().filter(r -> !r.isBlank()).toList();
        if (records.isEmpty()) {
            throw new RuleViolationException("client.import.empty-file");
        }
        int header = headerIndex(records);
        List<String> headers =
                records.get(header).cells().stream().map(String::strip).toList();
        return new CsvTable(
                headers,
                new ArrayList<>(records.subList(header + 1, records.size())),
                separator,
                records.get(header).line(),
                records.subList(0, header));
    }

    static int headerIndex(List<CsvTable.Record> records) {
        int scan = Math.min(SCAN_ROWS, records.size());
        // The row naming the most known fields (at least two); a title block may itself name a few ("Name, Number").
        int best = -1;
        int bestKnown = 1;
        for (int i = 0; i < scan; i++) {
            int known = 0;
            for (String cell : records.get(i).cells()) {
                if (ImportField.guess(cell).isPresent()) {
                    known++;
                }
            }
            if (known > bestKnown) {
                best = i;
                bestKnown = known;
            }
        }
        if (best >= 0) {
            return best;
        }
        int widest = 0;
        for (int i = 0; i < scan; i++) {
            widest = Math.max(widest, records.get(i).filled());
        }
        for (int i = 0; i < scan; i++) {
            if (records.get(i).filled() == widest) {
                return i;
            }
        }
        return 0;
    }
}
