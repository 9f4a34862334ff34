package io.clientele.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.text.NumberFormat;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Datatable-style paging: a page-size chooser, first / previous / next / last, and "Showing 26–50 of 1,234".
 * It only keeps the numbers; whoever owns it loads the page when {@code onChange} runs.
 */
public class PaginationBar extends HorizontalLayout {

    public static final List<Integer> PAGE_SIZES = List.of(10, 25, 50, 100);
    public static final int DEFAULT_PAGE_SIZE = 25;

    private final Select<Integer> pageSize = new Select<>();
    private final Button first = navButton(VaadinIcon.ANGLE_DOUBLE_LEFT, "pagination.first", "page-first");
    private final Button previous = navButton(VaadinIcon.ANGLE_LEFT, "pagination.previous", "page-previous");
    private final Button next = navButton(VaadinIcon.ANGLE_RIGHT, "pagination.next", "page-next");
    private final Button last = navButton(VaadinIcon.ANGLE_DOUBLE_RIGHT, "pagination.last", "page-last");
    private final Span summary = new Span();
    private final Span pageOf = new Span();
    private final Runnable onChange;

    private IntConsumer pageSizeChosen = size -> {};
    /** Set while the owner restores a remembered page size: that is no new choice and needs no reload. */
    private boolean quiet;

    private int page;
    private long total;
    /** The source stopped counting at {@link #total}: there are more rows than that. */
    private boolean moreThanTotal;

    public PaginationBar(Runnable onChange) {
        this.onChange = onChange;
        addClassName("pagination-bar");
        setAlignItems(Alignment.CENTER);
        setWidthFull();

        pageSize.setId("page-size");
        pageSize.setItems(PAGE_SIZES);
        pageSize.setValue(DEFAULT_PAGE_SIZE);
        pageSize.setAriaLabel(getTranslation("pagination.page-size"));
        pageSize.setWidth("6em");
        pageSize.addValueChangeListener(e -> {
            if (quiet) {
                return;
            }
            if (e.isFromClient()) {
                pageSizeChosen.accept(e.getValue());
            }
            if (e.isFromClient() || e.getOldValue() != null) {
                page = 0;
                onChange.run();
            }
        });
        Span perPage = new Span(getTranslation("pagination.per-page"));
        summary.setId("page-summary");
        summary.addClassName("page-summary");
        pageOf.setId("page-of");
        pageOf.addClassName("page-of");

        first.addClickListener(e -> goTo(0));
        previous.addClickListener(e -> goTo(page - 1));
        next.addClickListener(e -> goTo(page + 1));
        last.addClickListener(e -> goTo(lastPage()));

        HorizontalLayout sizeChooser = new HorizontalLayout(pageSize, perPage);
        sizeChooser.setAlignItems(Alignment.CENTER);
        HorizontalLayout buttons = new HorizontalLayout(first, previous, pageOf, next, last);
        buttons.setAlignItems(Alignment.CENTER);
        buttons.setSpacing(false);
        add(sizeChooser, summary, buttons);
        expand(summary);
        update();
    }

    private Button navButton(VaadinIcon icon, String labelKey, String id) {
        Button b = new Button(icon.create());
        b.addThemeVariants(ButtonVariant.TERTIARY);
        b.setAriaLabel(getTranslation(labelKey));
        b.setTooltipText(getTranslation(labelKey));
        b.setId(id);
        return b;
    }

    private void goTo(int newPage) {
        int target = Math.max(0, Math.min(newPage, lastPage()));
        if (target != page) {
            page = target;
            onChange.run();
        }
    }

    /** Starts with this page size (one the user chose before) if it is one of {@link #PAGE_SIZES}; no load. */
    public void restorePageSize(int size) {
        if (PAGE_SIZES.contains(size)) {
            quiet = true;
            try {
                pageSize.setValue(size);
            } finally {
                quiet = false;
            }
            update();
        }
    }

    /** Told when the user picks another page size (not when one is restored), so that it can be remembered. */
    public void onPageSizeChosen(IntConsumer listener) {
        this.pageSizeChosen = listener;
    }

    /** Back to the first page, as after a new search or sort; does not trigger a load. */
    public void reset() {
        page = 0;
    }

    /** Sets the number of matching rows; a page beyond the end moves back to the last one. */
    public void setTotal(long total) {
        setTotal(total, false);
    }

    /**
     * Sets the number of matching rows, or with {@code moreThan} the number counting stopped at: "of more than
     * 10,000", and paging goes as far as that.
     */
    public void setTotal(long total, boolean moreThan) {
        this.total = total;
        this.moreThanTotal = moreThan;
        if (page > lastPage()) {
            page = lastPage();
        }
        update();
    }

    public int getPage() {
        return page;
    }

    public int getPageSize() {
        return pageSize.getValue();
    }

    public long getTotal() {
        return total;
    }

    /** Whether counting stopped at {@link #getTotal()}, with more rows than that. */
    public boolean isMoreThanTotal() {
        return moreThanTotal;
    }

    /** Rows on the current page: a full page except perhaps the last. */
    public int rowsOnPage() {
        return (int) Math.max(0, Math.min(getPageSize(), total - (long) page * getPageSize()));
    }

    /** Index of the last page, 0 when there are no rows. */
    public int lastPage() {
        return total == 0 ? 0 : (int) ((total - 1) / getPageSize());
    }

    private void update() {
        NumberFormat nf = NumberFormat.getIntegerInstance(getLocale());
        if (total == 0) {
            summary.setText(getTranslation("pagination.none"));
        } else {
            long from = (long) page * getPageSize() + 1;
            long to = from + rowsOnPage() - 1;
            summary.setText(getTranslation(
                    moreThanTotal ? "pagination.summary-more" : "pagination.summary",
                    nf.format(from),
                    nf.format(to),
                    nf.format(total)));
        }
        pageOf.setText(getTranslation(
                moreThanTotal ? "pagination.page-of-more" : "pagination.page-of",
                nf.format(page + 1L),
                nf.format(lastPage() + 1L)));
        first.setEnabled(page > 0);
        previous.setEnabled(page > 0);
        next.setEnabled(page < lastPage());
        last.setEnabled(page < lastPage());
    }
}
