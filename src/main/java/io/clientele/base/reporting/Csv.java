package io.clientele.base.reporting;

import java.util.List;

/**
 * CSV for spreadsheets: comma-separated, RFC 4180 quoting, CRLF line ends. A cell that a spreadsheet would run as a
 * formula (starting with {@code = + - @}, a tab or a carriage return) gets a leading apostrophe, so a client named
 * {@code =HYPERLINK(...)} stays text.
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

    /** One cell as written: neutralized, then quoted when it holds a comma, quote or line break. */
    public static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            v = '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
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
