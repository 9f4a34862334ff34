package io.clientele.billing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import io.clientele.base.ui.Downloads;
import io.clientele.billing.DocumentPdfService;
import io.clientele.billing.PdfLanguage;
import java.time.LocalDate;

/**
 * The period of a client statement and its download link. The dates are read when the link is clicked, so the
 * link always matches the pickers.
 */
class StatementDialog extends Dialog {

    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Anchor download;
    /** Issue 22: roll the subsidiaries up into the statement; offered to parent companies only. */
    final Checkbox includeSubsidiaries = new Checkbox();

    private final String clientName;

    StatementDialog(
            DocumentPdfService pdfs, long clientId, String clientName, LocalDate today, boolean hasSubsidiaries) {
        this.clientName = clientName;
        setHeaderTitle(getTranslation("billing.pdf.statement.title"));
        from.setId("statement-from");
        from.setLabel(getTranslation("billing.pdf.statement.from"));
        from.setValue(today.withDayOfMonth(1).minusMonths(2));
        from.setRequired(true);
        to.setId("statement-to");
        to.setLabel(getTranslation("billing.pdf.statement.to"));
        to.setValue(today);
        to.setRequired(true);
        // Named after the client and the period, read when clicked like the content, so that a folder of statements
        // tells them apart.
        download = Downloads.link(
                getTranslation("billing.pdf.download"),
                () -> fileName(valueOr(from, today), valueOr(to, today)),
                Downloads.PDF,
                () -> pdfs.statementPdf(
                        clientId,
                        valueOr(from, today),
                        valueOr(to, today),
                        PdfLanguage.BACK_OFFICE,
                        includeSubsidiaries.getValue()));
        download.setId("statement-download");
        // An empty or reversed period cannot be downloaded.
        from.addValueChangeListener(e -> updateLink());
        to.addValueChangeListener(e -> updateLink());
        includeSubsidiaries.setId("statement-include-subsidiaries");
        includeSubsidiaries.setLabel(getTranslation("parent.statement.include-subsidiaries"));
        includeSubsidiaries.setVisible(hasSubsidiaries);
        FormLayout fields = new FormLayout(from, to);
        fields.add(includeSubsidiaries, 2);
        add(fields);
        Button close = new Button(getTranslation("action.cancel"), e -> close());
        close.setId("statement-close");
        getFooter().add(close, download);
    }

    private void updateLink() {
        boolean valid = from.getValue() != null
                && to.getValue() != null
                && !to.getValue().isBefore(from.getValue());
        download.setEnabled(valid);
        if (valid) {
            download.getElement().setAttribute("download", fileName(from.getValue(), to.getValue()));
        }
    }

    /** After the client and the period (see {@link DocumentPdfService#statementFileName}). */
    String fileName(LocalDate start, LocalDate end) {
        return DocumentPdfService.statementFileName(clientName, start, end);
    }

    private static LocalDate valueOr(DatePicker picker, LocalDate fallback) {
        LocalDate value = picker.getValue();
        return value == null ? fallback : value;
    }
}
