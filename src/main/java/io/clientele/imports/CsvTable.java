package io.clientele.imports;

import java.util.List;

/**
 * A parsed file (CSV, or one sheet of a workbook): the header cells, the records after them, and the lines above the
 * header that were skipped (an export's title block).
 *
 * @param separator  the separator detected in the CSV, or a tab for a workbook sheet
 * @param headerLine the line of the file the header is on (1 when there is no preamble)
 * @param skipped    non-blank lines above the header, shown in the preview as left out
 */
public record CsvTable(
        List<String> headers, List<Record> records, char separator, int headerLine, List<Record> skipped) {

    public CsvTable {
        headers = List.copyOf(headers);
        records = List.copyOf(records);
        skipped = List.copyOf(skipped);
    }

    public CsvTable(List<String> headers, List<Record> records, char separator) {
        this(headers, records, separator, 1, List.of());
    }

    /**
     * One record.
     *
     * @param line the line of the file it starts on, counting every line break inside a quoted cell (for a sheet:
     *             its row number)
     */
    public record Record(int line, List<String> cells) {

        public Record {
            cells = List.copyOf(cells);
        }

        /** The cell in a column, or "" when the record is shorter. */
        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }

        public boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }

        /** How many cells hold something. */
        public int filled() {
            return (int) cells.stream().filter(c -> !c.isBlank()).count();
        }
    }
}
