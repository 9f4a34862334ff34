package io.clientele.client.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import io.clientele.client.ClientDeletion;
import io.clientele.client.ClientService;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.springframework.data.domain.PageRequest;

/** Who deleted which clients for good and which issued documents went with them, newest first (lazy grid). */
class DeletionLogDialog extends Dialog {

    final Grid<ClientDeletion> grid = new Grid<>();

    DeletionLogDialog(ClientService clients) {
        setId("deletion-log");
        setHeaderTitle(getTranslation("client.deletions.title"));
        setWidth("min(64rem, 96vw)");
        setHeight("32rem");
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        grid.setId("deletion-log-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.addColumn(d -> when.format(d.deletedAt()))
                .setHeader(getTranslation("client.deletions.when"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ClientDeletion::clientName)
                .setHeader(getTranslation("client.column.name"))
                .setFlexGrow(2);
        grid.addColumn(d -> d.deletedBy() == null ? getTranslation("client.deletions.system") : d.deletedBy())
                .setHeader(getTranslation("client.deletions.by"))
                .setAutoWidth(true);
        grid.addColumn(d -> d.records() == null ? "" : d.records())
                .setHeader(getTranslation("client.deletions.records"))
                .setFlexGrow(3);
        grid.setEmptyStateText(getTranslation("client.deletions.empty"));
        grid.setItems(q -> clients.deletions(PageRequest.of(q.getPage(), q.getPageSize())).stream());
        grid.setSizeFull();
        add(grid);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }
}
