package io.clientele.base.reporting;

import java.util.List;

/**
 * CSV for spreadsheets: comma-separated, RFC 4180 quoting, CRLF line ends, and no cell a spreadsheet would run as a
 * formula (OWASP "CSV injection", ASVS 1.2.10), whichever separator it splits on.
 *
 * <p>The guard's format, which an importer must undo to read back what was written ({@link #unguard} does):
 *
 * <ol>
 *   <li>A cell is cut into <em>segments</em> at each separator of a common locale ({@code , ; | tab}): a spreadsheet
 *       that opens the file with its own list separator (a semicolon in DE, FR, ES, PL, CZ) starts a cell there.
 *   <li>A segment whose first character that is not whitespace is {@code = + - @} or an apostrophe gets one
 *       apostrophe inserted at its very start: {@code " =1+1"} is written {@code "' =1+1"}, {@code x;=cmd} is written
 *       {@code x;'=cmd}. A cell starting with a carriage return or a tab gets one too. Spreadsheets hide a leading
 *       apostrophe and show the rest as text. (Guarding apostrophes too keeps the rule reversible: a segment of the
 *       written cell that starts with an apostrophe always carries exactly one inserted one.)
 *   <li>A cell holding a separator, a quote or a line break is quoted, quotes doubled.
 * </ol>
 */
public final class Csv {

    private Csv() {}

    /** The header line and one line per row. */
    public static String write(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        line(out, header);
        for (List<String> row : rows) {
            line(out, row);
        }
        return out.toString();
    }

    /** One line: the cells, neutralized and quoted, comma-separated, ending in CRLF; for writers that stream. */
    public static String line(List<String> cells) {
        StringBuilder out = new StringBuilder();
        line(out, cells);
        return out.toString();
    }

    /** Characters that make a spreadsheet start a formula; checked after any leading whitespace. */
    private static final String FORMULA_START = "=+-@'";

    /** Where a spreadsheet of some locale may start a new cell. */
    private static final String SEPARATORS = ",;|\t";

    /** Characters that make a cell quoted: the separators, the quote, line breaks. */
    private static final String QUOTE_IF_PRESENT = SEPARATORS + "\"\n\r";

    /** One cell as written: neutralized, then quoted when it holds a separator, quote or line break. */
    public static String cell(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2);
        boolean segmentStart = true;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (segmentStart && (startsFormula(value, i) || (i == 0 && (c == '\t' || c == '\r')))) {
                out.append('\'');
            }
            out.append(c);
            segmentStart = SEPARATORS.indexOf(c) >= 0;
        }
        String v = out.toString();
        for (int i = 0; i < v.length(); i++) {
            if (QUOTE_IF_PRESENT.indexOf(v.charAt(i)) >= 0) {
                return '"' + v.replace("\"", "\"\"") + '"';
            }
        }
        return v;
    }

    /** The value a cell (already unquoted) was written from: drops exactly the apostrophes {@link #cell} inserted. */
    public static String unguard(String cell) {
        StringBuilder out = new StringBuilder(cell.length());
        boolean segmentStart = true;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            boolean inserted = segmentStart
                    && c == '\''
                    && (startsFormula(cell, i + 1)
                            || (i == 0 && i + 1 < cell.length() && (cell.charAt(1) == '\t' || cell.charAt(1) == '\r')));
            if (!inserted) {
                out.append(c);
                segmentStart = SEPARATORS.indexOf(c) >= 0;
            } else {
                segmentStart = false;
            }
        }
        return out.toString();
    }

    /** Whether the text from {@code from} on, after whitespace that is no separator, starts a formula. */
    private static boolean startsFormula(String value, int from) {
        int i = from;
        while (i < value.length()
                && SEPARATORS.indexOf(value.charAt(i)) < 0
                && (Character.isWhitespace(value.charAt(i)) || Character.isSpaceChar(value.charAt(i)))) {
            i++;
        }
        return i < value.length() && FORMULA_START.indexOf(value.charAt(i)) >= 0;
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }
}
