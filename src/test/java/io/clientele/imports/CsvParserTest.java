package io.clientele.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.base.domain.RuleViolationException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvParserTest {

    @Test
    void quoted_cells_keep_separators_doubled_quotes_and_line_breaks() {
        CsvTable table = CsvParser.parse("name,notes,email\r\n"
                + "\"Acme, Inc.\",\"She said \"\"hi\"\"\",a@acme.example\r\n"
                + "Beta,\"two\r\nlines\",b@beta.example\r\n");

        assertThat(table.separator()).isEqualTo(',');
        assertThat(table.headers()).containsExactly("name", "notes", "email");
        assertThat(table.records())
                .extracting(CsvTable.Record::cells)
                .containsExactly(
                        List.of("Acme, Inc.", "She said \"hi\"", "a@acme.example"),
                        List.of("Beta", "two\r\nlines", "b@beta.example"));
    }

    @Test
    void line_numbers_count_the_header_and_every_line_inside_quoted_cells() {
        CsvTable table = CsvParser.parse("name;notes\n"
                + "One;\"first\nsecond\nthird\"\n"
                + "\n"
                + "Two;plain\n"
                + "Three;\"x\r\ny\"\n"
                + "Four;z");

        assertThat(table.separator()).isEqualTo(';');
        assertThat(table.records()).extracting(CsvTable.Record::line).containsExactly(2, 6, 7, 9);
        assertThat(table.records().get(3).cells()).containsExactly("Four", "z");
    }

    @Test
    void a_byte_order_mark_is_dropped_and_utf8_is_read() {
        byte[] bytes = "\uFEFFname,city\nΑθηνά ΑΕ,Αθήνα\nЗаря,Москва\n".getBytes(StandardCharsets.UTF_8);

        CsvTable table = CsvParser.parse(bytes);

        assertThat(table.headers()).containsExactly("name", "city");
        assertThat(table.records().get(0).cells()).containsExactly("Αθηνά ΑΕ", "Αθήνα");
        assertThat(table.records().get(1).cells()).containsExactly("Заря", "Москва");
    }

    @Test
    void the_separator_is_the_one_the_header_uses_outside_quotes() {
        assertThat(CsvParser.parse("\"a,b,c\";d\n1;2").separator()).isEqualTo(';');
        assertThat(CsvParser.parse("a,b;c,d\n1,2").separator()).isEqualTo(',');
    }

    @Test
    void an_unclosed_quote_names_the_line_it_opened_on() {
        assertThatThrownBy(() -> CsvParser.parse("name,notes\nA,ok\nB,\"never\nclosed\n"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("client.import.unclosed-quote");
                    assertThat(e.getArguments()).containsExactly(3);
                });
    }

    @Test
    void text_that_is_not_utf8_and_empty_files_are_refused() {
        assertThatThrownBy(() -> CsvParser.parse(new byte[] {'n', 'a', (byte) 0xE9, '\n'}))
                .hasMessageContaining("client.import.not-utf8");
        assertThatThrownBy(() -> CsvParser.parse("\uFEFF  \n")).hasMessageContaining("client.import.empty-file");
    }

    @Test
    void headers_are_guessed_in_any_app_language() {
        assertThat(ImportField.guess("E-Mail")).contains(ImportField.EMAIL);
        assertThat(ImportField.guess("Straße")).contains(ImportField.STREET);
        assertThat(ImportField.guess("Código postal")).contains(ImportField.POSTAL_CODE);
        assertThat(ImportField.guess("Vorname")).contains(ImportField.CONTACT_FIRST_NAME);
        assertThat(ImportField.guess("VAT number")).contains(ImportField.TAX_ID);
        assertThat(ImportField.guess("Favourite colour")).isEmpty();
    }
}
