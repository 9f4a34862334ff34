package io.clientele.imports;

import io.clientele.base.domain.RuleViolationException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as spreadsheets write it (RFC 4180): cells in double quotes may hold the separator, doubled quotes and
 * line breaks; the separator is ';' or ',', whichever the header line uses more of outside quotes; UTF-8 with or
 * without a byte order mark; CRLF, LF or CR line ends.
 */
public final class CsvParser {

    private CsvParser() {}

    /**
     * Parses a whole file.
     *
     * @throws RuleViolationException {@code client.import.not-utf8}, {@code client.import.empty-file} or
     *                                {@code client.import.unclosed-quote} (with the line the quote opened on)
     */
    public static CsvTable parse(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new RuleViolationException("client.import.not-utf8");
        }
        return parse(text);
    }

    public static CsvTable parse(String input) {
        String text = input.startsWith("\uFEFF") ? input.substring(1) : input;
        if (text.isBlank()) {
            throw new RuleViolationException("client.import.empty-file");
        }
        char separator = detectSeparator(text);
        List<CsvTable.Record> records = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        int quoteLine = 0;
        boolean quoted = false;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                } else {
                    if (c == '\n' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
                        line++;
                    }
                    cell.append(c);
                }
                i++;
                continue;
            }
            if (c == '"' && cell.toString().isBlank()) {
                // An opening quote; blanks before it (", \"x\"") are not part of the cell.
                cell.setLength(0);
                quoted = true;
                quoteLine = line;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                records.add(new CsvTable.Record(recordLine, cells));
                cells = new ArrayList<>();
                line++;
                recordLine = line;
            } else {
                cell.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new RuleViolationException("client.import.unclosed-quote", quoteLine);
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString());
            records.add(new CsvTable.Record(recordLine, cells));
        }
        List<String> headers =
                records.getFirst().cells().stream().map(String::strip).toList();
        List<CsvTable.Record> rows = records.subList(1, records.size()).stream()
                .filter(r -> !r.isBlank())
                .toList();
        return new CsvTable(headers, rows, separator);
    }

    /** ';' when the first line (outside quotes) has more semicolons than commas, else ','. */
    static char detectSeparator(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }
}
