package io.clientele.imports;

import java.util.List;

/**
 * A parsed CSV file: the header cells and the records after it.
 *
 * @param separator the separator detected in the header line
 */
public record CsvTable(List<String> headers, List<Record> records, char separator) {

    public CsvTable {
        headers = List.copyOf(headers);
        records = List.copyOf(records);
    }

    /**
     * One record.
     *
     * @param line the line of the file it starts on, counting the header as line 1 and every line break inside a
     *             quoted cell
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
    }
}
