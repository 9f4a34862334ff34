package io.clientele.portal.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import io.clientele.base.ui.PagedGrid;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.springframework.data.domain.Pageable;

/**
 * A read-only, paged list of the client's own records: a title and a grid, nothing to edit. The service decides what
 * the client may see; an empty list is all a closed section shows.
 *
 * @param <T> row type
 */
abstract class PortalListView<T> extends VerticalLayout implements HasDynamicTitle {

    private final String titleKey;
    protected final Grid<T> grid = new Grid<>();

    PortalListView(String id, String titleKey, Function<Pageable, List<T>> fetch, LongSupplier count) {
        this.titleKey = titleKey;
        setId(id);
        setSizeFull();
        grid.setId(id + "-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        PagedGrid<T> paged = new PagedGrid<>(grid, PagedGrid.Source.of(fetch, count));
        add(new H2(getTranslation(titleKey)), paged);
        setFlexGrow(1, paged);
        paged.refresh();
    }

    protected Grid.Column<T> column(String key, String headerKey, ValueProvider<T, ?> value) {
        return grid.addColumn(value)
                .setKey(key)
                .setHeader(getTranslation(headerKey))
                .setAutoWidth(true)
                .setSortable(false);
    }

    Locale locale() {
        return getLocale();
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey);
    }
}
