package io.clientele.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import io.clientele.support.KaribuTest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Pageable;

/** The pagination bar of a paged grid, for an exact total and for a count that stopped at its limit. */
class PaginationBarTest extends KaribuTest {

    private final List<Long> fetchedOffsets = new ArrayList<>();

    /** A source of {@code rows} numbered rows that counts no further than {@code limit}. */
    private PagedGrid<String> grid(long rows, long limit) {
        PagedGrid<String> paged = new PagedGrid<>(new Grid<>(), new PagedGrid.Source<>() {
            @Override
            public List<String> fetch(Pageable page) {
                fetchedOffsets.add(page.getOffset());
                return LongStream.range(page.getOffset(), Math.min(rows, page.getOffset() + page.getPageSize()))
                        .mapToObj(i -> "row " + i)
                        .toList();
            }

            @Override
            public long count() {
                return Math.min(rows, limit + 1);
            }

            @Override
            public long countLimit() {
                return limit;
            }
        });
        paged.getGrid().addColumn(s -> s);
        UI.getCurrent().add(paged);
        paged.refresh();
        return paged;
    }

    private static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    @Test
    void an_exact_total_is_shown_as_it_is() {
        grid(63, Long.MAX_VALUE - 1);
        assertThat(text("page-summary")).isEqualTo("Showing 1–25 of 63");
        assertThat(text("page-of")).isEqualTo("Page 1 of 3");
    }

    @Test
    void exactly_the_limit_is_still_exact() {
        grid(10_000, 10_000);
        assertThat(text("page-summary")).isEqualTo("Showing 1–25 of 10,000");
        assertThat(text("page-of")).isEqualTo("Page 1 of 400");
    }

    @Test
    void a_count_that_stopped_at_its_limit_says_more_than_and_pages_as_far_as_the_limit() {
        PagedGrid<String> paged = grid(1_000_000, 10_000);
        assertThat(text("page-summary")).isEqualTo("Showing 1–25 of more than 10,000");
        assertThat(text("page-of")).isEqualTo("Page 1 of more than 400");

        _click(_get(Button.class, spec -> spec.withId("page-last")));

        assertThat(paged.getPagination().getPage()).isEqualTo(399);
        assertThat(GridKt._get(paged.getGrid(), 0)).isEqualTo("row 9975");
        assertThat(fetchedOffsets).last().isEqualTo(9_975L);
        assertThat(text("page-summary")).isEqualTo("Showing 9,976–10,000 of more than 10,000");
        assertThat(text("page-of")).isEqualTo("Page 400 of more than 400");
        assertThat(_get(Button.class, spec -> spec.withId("page-next")).isEnabled())
                .isFalse();
    }
}
