package io.clientele.base.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The formula guard as a spreadsheet of any common locale reads the file (ASVS 1.2.10). */
public class CsvTest {

    static final List<String> PAYLOADS = List.of(
            "x;=cmd|' /C calc'!A0",
            " =1+1",
            "\u00a0+1+1",
            "\t=1+1",
            "a\t-1+1",
            "b|@SUM(1)",
            "=HYPERLINK(\"http://evil.example\",\"x\")",
            "-2+3",
            "'=already quoted",
            "plain text",
            "O'Brien; Sons, Ltd",
            "\r=1",
            "'\t=1",
            "a; 'b",
            "");

    /** How a spreadsheet splits a line with this separator: quotes honoured, doubled quotes unescaped. */
    public static List<String> split(String line, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    /** True when a spreadsheet would take the cell as a formula (it ignores leading whitespace). */
    public static boolean runsAsFormula(String cell) {
        String s = cell.stripLeading().replaceFirst("^[\\u00a0\\u2000-\\u200b]+", "");
        return !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0;
    }

    @Test
    void no_cell_runs_as_a_formula_whichever_separator_the_spreadsheet_uses() {
        String line = Csv.line(PAYLOADS).stripTrailing();
        for (char separator : new char[] {',', ';', '\t', '|'}) {
            for (String cell : split(line, separator)) {
                assertThat(runsAsFormula(cell))
                        .as("separator '%s', cell %s", separator, cell)
                        .isFalse();
            }
        }
    }

    @Test
    void a_semicolon_payload_is_quoted_and_a_leading_space_formula_is_neutralized() {
        assertThat(Csv.cell("x;=cmd|' /C calc'!A0")).isEqualTo("\"x;'=cmd|'' /C calc'!A0\"");
        assertThat(Csv.cell(" =1+1")).isEqualTo("' =1+1");
        assertThat(Csv.cell("plain")).isEqualTo("plain");
    }

    @Test
    void the_guard_is_reversible_for_an_importer() {
        for (String value : PAYLOADS) {
            String written = Csv.cell(value);
            String unquoted =
                    split(written, ',').size() == 1 ? split(written, ',').getFirst() : written;
            assertThat(Csv.unguard(unquoted)).as(value).isEqualTo(value);
        }
    }
}
