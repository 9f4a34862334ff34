package io.clientele.dunning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import io.clientele.billing.DocumentRow;
import io.clientele.dunning.ReminderLogRow;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.springframework.data.domain.PageRequest;

/** The reminders of one invoice, newest first: step, state, when, to whom, by whom, the late-fee invoice, why pending. */
class ReminderLogDialog extends Dialog {

    /** The log of one invoice is short (three steps and a few by hand): one capped page, no paging. */
    static final PageRequest PAGE = PageRequest.of(0, 50);

    final Grid<ReminderLogRow> grid = new Grid<>();

    ReminderLogDialog(DocumentRow row, List<ReminderLogRow> rows) {
        setId("reminder-log");
        setHeaderTitle(getTranslation("dunning.log.title", row.number()));
        setWidth("56rem");
        grid.setId("reminder-log-grid");
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        grid.addColumn(r -> r.step() == 0
                        ? getTranslation("dunning.log.by-hand")
                        : getTranslation("dunning.log.step", r.step()))
                .setHeader(getTranslation("dunning.log.column.step"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation("dunning.status." + r.status().name()))
                .setHeader(getTranslation("dunning.log.column.status"))
                .setAutoWidth(true);
        grid.addColumn(r -> when.format(r.sentAt() != null ? r.sentAt() : r.createdAt()))
                .setHeader(getTranslation("dunning.log.column.when"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.recipients() == null ? "" : r.recipients())
                .setHeader(getTranslation("dunning.log.column.to"))
                .setFlexGrow(1);
        grid.addColumn(r -> r.sentBy() == null || r.sentBy().isEmpty() ? getTranslation("dunning.log.job") : r.sentBy())
                .setHeader(getTranslation("dunning.log.column.by"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.feeInvoiceNumber() == null ? "" : r.feeInvoiceNumber())
                .setHeader(getTranslation("dunning.log.column.fee"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.lastError() == null ? "" : getTranslation(r.lastError()))
                .setHeader(getTranslation("dunning.log.column.note"))
                .setAutoWidth(true);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        if (rows.isEmpty()) {
            add(new Paragraph(getTranslation("dunning.log.empty")));
        } else {
            add(grid);
        }
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }
}
