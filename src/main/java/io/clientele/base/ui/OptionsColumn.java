package io.clientele.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.contextmenu.GridContextMenu;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;

/**
 * A list's Options column: one button per row that opens the grid's one shared {@link GridContextMenu} for its row
 * below the button (it raises a context-menu event on its own cell; keyboard activation included, and right-click on
 * a row opens the same menu). Every action stays reachable at any width, so the column is frozen to the end.
 */
public final class OptionsColumn {

    private OptionsColumn() {}

    /**
     * Adds the column under {@code key}; each button gets the id {@code idPrefix + row id} and {@code label} as its
     * accessible name and tooltip. The header names the column for screen readers only: a one-icon column needs no
     * visible word.
     */
    public static <T> Grid.Column<T> add(
            Grid<T> grid, String key, String idPrefix, String label, ValueProvider<T, ?> rowId) {
        String button = """
                <vaadin-button id="%s${item.id}" theme="tertiary-inline icon" aria-label="${item.label}"
                    title="${item.label}" aria-haspopup="menu"
                    @click="${e => { const r = e.currentTarget.getBoundingClientRect();
                        e.currentTarget.dispatchEvent(new MouseEvent('contextmenu', {bubbles: true, composed: true,
                            cancelable: true, clientX: r.left, clientY: r.bottom})); }}">
                  <vaadin-icon icon="vaadin:ellipsis-dots-v"></vaadin-icon>
                </vaadin-button>""".formatted(idPrefix);
        Span header = new Span(label);
        header.addClassName("visually-hidden");
        return grid.addColumn(
                        LitRenderer.<T>of(button).withProperty("id", rowId).withProperty("label", row -> label))
                .setKey(key)
                .setHeader(header)
                .setWidth("4rem")
                .setFlexGrow(0)
                .setFrozenToEnd(true);
    }
}
