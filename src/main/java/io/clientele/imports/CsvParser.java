package io.clientele.imports;

import io.clientele.base.domain.RuleViolationException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV as spreadsheets and other systems write it, through Apache Commons CSV: cells in double quotes may hold
 * the separator, doubled quotes and line breaks; the separator is ';', ',', tab or '|', whichever the first lines use
 * most consistently outside quotes; UTF-8 with or without a byte order mark, or UTF-16 with one; CRLF, LF or CR line
 * ends. The header is the first row that looks like one (see {@link HeaderDetection}); lines above it are kept to be
 * shown as skipped.
 */
public final class CsvParser {

    private static final char[] SEPARATORS = {',', ';', '\t', '|'};

    private CsvParser() {}

    /**
     * Parses a whole file.
     *
     * @throws RuleViolationException {@code client.import.not-utf8}, {@code client.import.empty-file} or
     *                                {@code client.import.unclosed-quote} (with the line the quote opened on)
     */
    public static CsvTable parse(byte[] bytes) {
        return parse(decode(bytes));
    }

    public static CsvTable parse(String input) {
        String text = input.startsWith("\uFEFF") ? input.substring(1) : input;
        if (text.isBlank()) {
            throw new RuleViolationException("client.import.empty-file");
        }
        char separator = detectSeparator(text);
        List<CsvTable.Record> records = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(separator)
                .setIgnoreSurroundingSpaces(false)
                .setTrim(false)
                .get();
        long line = 1;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            var it = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    record = it.next();
                } catch (UncheckedIOException e) {
                    throw new RuleViolationException("client.import.unclosed-quote", (int) line);
                }
                records.add(new CsvTable.Record((int) line, record.toList()));
                // The parser counts every line break it consumed, those inside quoted cells included.
                line = parser.getCurrentLineNumber() + 1;
            }
        } catch (IOException e) {
            throw new RuleViolationException("client.import.unclosed-quote", (int) line);
        } catch (IllegalStateException e) {
            // Commons CSV reports "EOF reached before encapsulated token finished" this way.
            throw new RuleViolationException("client.import.unclosed-quote", (int) line);
        }
        return HeaderDetection.table(records, separator);
    }

    /** UTF-8 (with or without a byte order mark), or UTF-16 announced by its byte order mark. */
    static String decode(byte[] bytes) {
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        }
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new RuleViolationException("client.import.not-utf8");
        }
    }

    /**
     * The separator that splits the first non-blank lines (up to 20, outside quotes) into the same number of cells
     * most often, preferring more cells; a preamble line with no separator does not count against any.
     */
    static char detectSeparator(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length() && lines.size() < 20; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (!quoted && (c == '\n' || c == '\r')) {
                if (!current.toString().isBlank()) {
                    lines.add(current.toString());
                }
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.toString().isBlank() && lines.size() < 20) {
            lines.add(current.toString());
        }
        char best = ',';
        int bestScore = -1;
        for (char separator : SEPARATORS) {
            Map<Integer, Integer> counts = new HashMap<>();
            for (String l : lines) {
                int n = count(l, separator);
                if (n > 0) {
                    counts.merge(n, 1, Integer::sum);
                }
            }
            // Score: how many lines share the most common cell count, then how many cells that is.
            int score = counts.entrySet().stream()
                    .mapToInt(e -> e.getValue() * 1000 + e.getKey())
                    .max()
                    .orElse(0);
            if (score > bestScore) {
                bestScore = score;
                best = separator;
            }
        }
        return best;
    }

    private static int count(String line, char separator) {
        int n = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == separator) {
                n++;
            }
        }
        return n;
    }
}
