package io.clientele.client.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.clientele.base.ui.PagedGrid;
import io.clientele.client.ClientChange;
import io.clientele.client.ClientHistoryService;
import io.clientele.client.ClientMergeService;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** A client's change history, newest first, one page at a time. */
class ClientHistoryTab extends VerticalLayout {

    final Grid<ClientChange> grid = new Grid<>();
    private final PagedGrid<ClientChange> paged;

    ClientHistoryTab(ClientHistoryService history, long clientId) {
        addClassName("client-history-tab");
        setPadding(false);
        grid.setId("history-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        grid.addColumn(c -> when.format(c.changedAt()))
                .setKey("when")
                .setHeader(getTranslation("client.history.column.when"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(c -> c.changedBy() == null ? getTranslation("client.history.system") : c.changedBy())
                .setKey("who")
                .setHeader(getTranslation("client.history.column.who"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(c -> fieldLabel(c.field()))
                .setKey("field")
                .setHeader(getTranslation("client.history.column.field"))
                .setFlexGrow(1)
                .setResizable(true);
        grid.addColumn(c -> value(c.oldValue()))
                .setKey("old")
                .setHeader(getTranslation("client.history.column.old"))
                .setFlexGrow(2)
                .setResizable(true);
        grid.addColumn(c -> c.field().equals("mergedMoved") ? moved(c.newValue()) : value(c.newValue()))
                .setKey("new")
                .setHeader(getTranslation("client.history.column.new"))
                .setFlexGrow(2)
                .setResizable(true);
        grid.setEmptyStateText(getTranslation("client.history.empty"));
        grid.setAllRowsVisible(true);
        paged = new PagedGrid<>(
                grid, PagedGrid.Source.of(page -> history.page(clientId, page), () -> history.count(clientId)));
        paged.setHeight(null);
        add(paged);
        paged.refresh();
    }

    /** Re-reads the history when the tab is shown again (the client may have been edited meanwhile). */
    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        paged.refresh();
    }

    /** The field's translated name; a field without a translation (added later) shows its own name. */
    String fieldLabel(String field) {
        String key = String.join(".", "client", "history", "field", field);
        String label = getTranslation(key);
        return label.equals("!" + key + "!") ? field : label;
    }

    /** What a merge moved, stored as translation keys with counts, in the reader's language. */
    private String moved(@Nullable String value) {
        Map<String, Long> counts = ClientMergeService.decode(value);
        if (counts.isEmpty()) {
            return value(value);
        }
        return counts.entrySet().stream()
                .map(e -> getTranslation(e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
    }

    private String value(@Nullable String value) {
        if (value == null) {
            return getTranslation("client.history.none");
        }
        return switch (value) {
            case "true" -> getTranslation("client.history.yes");
            case "false" -> getTranslation("client.history.no");
            // The form in force of an address (billingAddress.form, shippingAddress.form).
            case "STRUCTURED" -> getTranslation("client.address.form.STRUCTURED");
            case "FREE_FORM" -> getTranslation("client.address.form.FREE_FORM");
            default -> value;
        };
    }
}
