package io.clientele.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import io.clientele.base.preferences.UserPreferences;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * A grid that shows one page at a time, with a {@link PaginationBar} below it. Each page is one query for the rows
 * (sorted in SQL by the columns' sort properties) and, when the filter changes, one count.
 *
 * @param <T> row type
 */
public class PagedGrid<T> extends VerticalLayout {

    /** Where the rows come from; implementations call a service, never a repository. */
    public interface Source<T> {

        /** A source from a page query and a count, the usual pair of service calls. */
        static <T> Source<T> of(Function<Pageable, List<T>> fetch, LongSupplier count) {
            return new Source<>() {
                @Override
                public List<T> fetch(Pageable page) {
                    return fetch.apply(page);
                }

                @Override
                public long count() {
                    return count.getAsLong();
                }
            };
        }

        /** The same, with a count that stops at {@code countLimit} (see {@link #countLimit()}). */
        static <T> Source<T> of(Function<Pageable, List<T>> fetch, LongSupplier count, long countLimit) {
            Source<T> counted = of(fetch, count);
            return new Source<>() {
                @Override
                public List<T> fetch(Pageable page) {
                    return counted.fetch(page);
                }

                @Override
                public long count() {
                    return counted.count();
                }

                @Override
                public long countLimit() {
                    return countLimit;
                }
            };
        }

        List<T> fetch(Pageable page);

        long count();

        /**
         * Where this source stops counting: a count above it (the source returns {@code limit + 1}) is shown as
         * "more than {@code limit}". Unlimited by default.
         */
        default long countLimit() {
            return Long.MAX_VALUE;
        }
    }

    private final Grid<T> grid;
    private final PaginationBar pagination = new PaginationBar(this::reloadPage);
    private final Source<T> source;

    public PagedGrid(Grid<T> grid, Source<T> source) {
        this.grid = grid;
        this.source = source;
        addClassName("paged-grid");
        setPadding(false);
        setSpacing(false);
        setSizeFull();
        grid.setPageSize(PaginationBar.DEFAULT_PAGE_SIZE);
        grid.setMultiSort(false);
        CallbackDataProvider<T, Void> provider = DataProvider.fromCallbacks(
                query -> {
                    Sort sort = VaadinSpringDataHelpers.toSpringDataSort(query);
                    // The grid asks for offsets within the visible page; the page itself is ours.
                    List<T> rows = source.fetch(PageRequest.of(pagination.getPage(), pagination.getPageSize(), sort));
                    return rows.stream().skip(query.getOffset()).limit(query.getLimit());
                },
                query -> pagination.rowsOnPage());
        grid.setItems(provider);
        grid.addSortListener(e -> {
            pagination.reset();
            showPage();
        });
        add(grid, pagination);
        setFlexGrow(1, grid);
        rememberPageSize();
    }

    /**
     * The page size a user picks is theirs on every later visit: stored per user under the grid's id
     * ({@code client-grid.page-size}). Grids without an id keep the default.
     */
    private void rememberPageSize() {
        String gridId = grid.getId().orElse(null);
        VaadinService service = VaadinService.getCurrent();
        if (gridId == null || service == null) {
            return;
        }
        UserPreferences preferences = service.getInstantiator().getOrCreate(UserPreferences.class);
        String key = gridId + ".page-size";
        preferences.get(key).flatMap(PagedGrid::parseInt).ifPresent(size -> {
            pagination.restorePageSize(size);
            grid.setPageSize(pagination.getPageSize());
        });
        pagination.onPageSizeChosen(size -> preferences.put(key, Integer.toString(size)));
    }

    private static Optional<Integer> parseInt(String value) {
        try {
            return Optional.of(Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Re-counts (after a filter change, trash, restore, save) and shows the current page again. */
    public void refresh() {
        long count = source.count();
        long limit = source.countLimit();
        pagination.setTotal(Math.min(count, limit), count > limit);
        grid.setPageSize(pagination.getPageSize());
        grid.getDataProvider().refreshAll();
    }

    /** A new filter: back to the first page, then refresh. */
    public void filterChanged() {
        pagination.reset();
        refresh();
    }

    private void reloadPage() {
        grid.deselectAll();
        showPage();
    }

    /**
     * Another page or sort order of the same rows: no new count. Counting a million rows costs more than the page
     * itself (docs/performance.md), and the total cannot change by turning pages; filter changes and the view's own
     * edits call {@link #refresh()}.
     */
    private void showPage() {
        pagination.setTotal(pagination.getTotal(), pagination.isMoreThanTotal());
        grid.setPageSize(pagination.getPageSize());
        grid.getDataProvider().refreshAll();
    }

    public Grid<T> getGrid() {
        return grid;
    }

    public PaginationBar getPagination() {
        return pagination;
    }
}
