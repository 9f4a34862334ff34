package io.clientele.client.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.GridKt._sortByKey;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.data.provider.SortDirection;
import io.clientele.client.ClientExportService;
import io.clientele.client.ClientFilter;
import io.clientele.client.ClientRow;
import io.clientele.client.ClientSort;
import io.clientele.imports.CsvParser;
import io.clientele.imports.CsvTable;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;

/** "Export CSV" on the client list: what the list shows, as filtered and sorted, ready for a spreadsheet. */
class ClientCsvExportTest extends KaribuTest {

    @Autowired
    ClientExportService export;

    private static byte[] csv(ClientListView view, ClientExportService export) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        view.writeCsv(export, out);
        return out.toByteArray();
    }

    private static List<String> gridNames(ClientListView view) {
        return IntStream.range(0, _size(view.grid))
                .mapToObj(i -> GridKt._get(view.grid, i))
                .map(ClientRow::name)
                .toList();
    }

    @Test
    void the_export_has_the_rows_of_the_filtered_sorted_list_in_the_same_order() throws Exception {
        testData.company("Alpha Trading", "alpha@trade.example");
        testData.company("Beta Trading", "beta@trade.example");
        testData.company("Gamma Trading", "gamma@trade.example");
        testData.company("Delta Works", "delta@works.example");
        login(TestData.STAFF);
        ClientListView view = navigate("clients", ClientListView.class);
        assertThat(view.exportCsv.getElement().getAttribute("download")).isEqualTo("clients.csv");

        userSets(view.search, "Trading");
        _sortByKey(view.grid, ClientSort.NAME, SortDirection.DESCENDING);
        CsvTable table = CsvParser.parse(csv(view, export));

        assertThat(table.headers())
                .startsWith(t("client.column.name"), t("client.column.type"), t("client.column.email"));
        assertThat(table.records())
                .extracting(r -> r.cell(0))
                .containsExactlyElementsOf(gridNames(view))
                .containsExactly("Gamma Trading", "Beta Trading", "Alpha Trading");
        assertThat(table.records().getFirst().cell(2)).isEqualTo("gamma@trade.example");
    }

    @Test
    void a_formula_in_a_cell_is_neutralized_and_greek_and_cyrillic_survive_with_a_bom() throws Exception {
        testData.company("=HYPERLINK(\"http://evil.example\",\"Click\")", "evil@x.example");
        testData.company("Αθηνά ΑΕ", "athena@example.gr");
        testData.company("Заря ООО", "zarya@example.ru");
        login(TestData.STAFF);
        ClientListView view = navigate("clients", ClientListView.class);
        _sortByKey(view.grid, ClientSort.EMAIL, SortDirection.ASCENDING);

        byte[] bytes = csv(view, export);

        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text)
                .contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\"")
                .contains("Αθηνά ΑΕ")
                .contains("Заря ООО");
        CsvTable table = CsvParser.parse(bytes);
        assertThat(table.records())
                .extracting(r -> r.cell(0))
                .containsExactly("Αθηνά ΑΕ", "'=HYPERLINK(\"http://evil.example\",\"Click\")", "Заря ООО");
    }

    @Test
    void an_export_longer_than_one_page_comes_out_whole_and_in_order() throws Exception {
        testData.demoClients(520);
        login(TestData.ADMIN);
        ClientListView view = navigate("clients", ClientListView.class);
        _sortByKey(view.grid, ClientSort.NAME, SortDirection.ASCENDING);

        CsvTable table = CsvParser.parse(csv(view, export));

        List<String> expected = new ArrayList<>();
        export.forEachPage(
                ClientFilter.live(null), Sort.by(ClientSort.NAME), rows -> rows.forEach(r -> expected.add(r.name())));
        assertThat(table.records()).hasSize(520);
        assertThat(table.records())
                .extracting(r -> r.cell(0).startsWith("'") ? r.cell(0).substring(1) : r.cell(0))
                .containsExactlyElementsOf(expected);
        assertThat(expected.subList(0, 25)).containsExactlyElementsOf(gridNames(view));
    }
}
