package io.clientele.base.domain;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/** The one limit on how many rows a request may fetch, whatever the caller asks for. */
public final class PageCap {

    /** The most rows one request may fetch. */
    public static final int MAX_PAGE_SIZE = 500;

    private PageCap() {}

    /** The page size asked for, at least 1 and at most {@link #MAX_PAGE_SIZE}. */
    public static int size(Pageable page) {
        return size(page.getPageSize());
    }

    /** A size asked for, at least 1 and at most {@link #MAX_PAGE_SIZE}. */
    public static int size(int asked) {
        return Math.max(1, Math.min(asked, MAX_PAGE_SIZE));
    }

    /** The same page with its size capped, its sort kept; the offset stays that of the page asked for. */
    public static Pageable capped(Pageable page) {
        int size = size(page);
        return size == page.getPageSize()
                ? page
                : PageRequest.of((int) (page.getOffset() / size), size, page.getSort());
    }
}
