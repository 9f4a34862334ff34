package io.clientele.client.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.GridKt._sortByKey;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.vaadin.flow.data.provider.SortDirection;
import io.clientele.client.CustomField;
import io.clientele.client.CustomFieldType;
import io.clientele.support.CustomFieldFixture;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The client list's custom field columns, sort and filter (issue 22), as a user uses them. */
class CustomFieldListViewTest extends KaribuTest {

    @Autowired
    CustomFieldFixture fieldFixture;

    @Autowired
    io.clientele.client.ClientExportService export;

    @Test
    void a_chosen_custom_column_shows_values_sorts_and_filters_the_list() {
        CustomField founded = fieldFixture.clientField(CustomFieldType.DATE, "Founded");
        CustomField tier = fieldFixture.clientField(CustomFieldType.SINGLE_CHOICE, "Tier", "Gold", "Silver");
        fieldFixture.company("Alpha Ltd", Map.of(founded.getId(), LocalDate.of(2010, 6, 1), tier.getId(), "Gold"));
        fieldFixture.company("Beta Ltd", Map.of(founded.getId(), LocalDate.of(1990, 1, 1), tier.getId(), "Silver"));
        fieldFixture.company("Gamma Ltd", Map.of());
        login(TestData.STAFF);
        ClientListView view = navigate("clients", ClientListView.class);
        String column = "custom-" + founded.getId();
        assertThat(view.grid.getColumnByKey(column).isVisible()).isFalse();

        ContextMenuKt._click(view.columns, view.columns.item(column));
        assertThat(view.grid.getColumnByKey(column).isVisible()).isTrue();
        _sortByKey(view.grid, column, SortDirection.DESCENDING);
        assertThat(_get(view.grid, 0).name()).isEqualTo("Alpha Ltd");
        assertThat(_getFormatted(view.grid, 0, column)).isEqualTo("Jun 1, 2010");
        assertThat(_getFormatted(view.grid, 2, column)).isEmpty();

        userSets(view.customFields.field, tier);
        userSets(view.customFields.value, "silver");
        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(_get(view.grid, 0).name()).isEqualTo("Beta Ltd");

        userSets(view.customFields.field, founded);
        assertThat(view.customFields.upTo.isVisible()).isTrue();
        userSets(view.customFields.value, "someday");
        assertThat(view.customFields.value.isInvalid()).isTrue();
        assertThat(view.customFields.value.getErrorMessage()).isEqualTo("Founded: enter a valid date.");
        userSets(view.customFields.value, "2000-01-01");
        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(_get(view.grid, 0).name()).isEqualTo("Alpha Ltd");

        userSets(view.customFields.field, null);
        assertThat(_size(view.grid)).isEqualTo(3);
    }

    @Test
    void the_csv_export_has_a_column_per_custom_field_with_the_filtered_rows() throws Exception {
        CustomField founded = fieldFixture.clientField(CustomFieldType.DATE, "Founded");
        CustomField channels = fieldFixture.clientField(CustomFieldType.MULTIPLE_CHOICE, "Channels", "Mail", "Phone");
        fieldFixture.company(
                "Alpha Ltd",
                Map.of(founded.getId(), LocalDate.of(2010, 6, 1), channels.getId(), java.util.Set.of("Phone", "Mail")));
        fieldFixture.company("Beta Ltd", Map.of(channels.getId(), java.util.Set.of("Phone")));
        fieldFixture.company("Gamma Ltd", Map.of());
        login(TestData.STAFF);
        ClientListView view = navigate("clients", ClientListView.class);
        userSets(view.customFields.field, channels);
        userSets(view.customFields.value, "Phone");

        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        view.writeCsv(export, out);
        String[] lines = new String(out.toByteArray(), java.nio.charset.StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).endsWith(",Founded,Channels");
        assertThat(lines).hasSize(3);
        assertThat(lines[1]).startsWith("Alpha Ltd,").endsWith(",\"Jun 1, 2010\",\"Mail, Phone\"");
        assertThat(lines[2]).startsWith("Beta Ltd,").endsWith(",,Phone");
    }
}
