package io.clientele.billing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.ui.Downloads;
import io.clientele.billing.DocumentType;
import io.clientele.billing.EInvoiceFile;
import io.clientele.billing.EInvoiceService;
import io.clientele.client.EInvoiceFormat;

/**
 * The e-invoice downloads of an issued invoice or credit note: Factur-X / ZUGFeRD (PDF with embedded XML) and
 * XRechnung (XML). Each format is checked before it is offered; one that would be invalid is not offered, and why
 * (field and business rule) is said in its place.
 */
class EInvoiceDialog extends Dialog {

    final Anchor facturX;
    final Anchor xrechnung;
    final Paragraph facturXProblem = new Paragraph();
    final Paragraph xrechnungProblem = new Paragraph();

    EInvoiceDialog(EInvoiceService einvoices, DocumentType type, long id, String number) {
        setId("einvoice-dialog");
        setHeaderTitle(getTranslation("einvoice.dialog.title", number));
        facturX = Downloads.link(
                getTranslation("einvoice.download.factur-x"),
                number + ".pdf",
                EInvoiceFile.PDF,
                () -> einvoices.download(type, id, EInvoiceFormat.FACTUR_X).content());
        facturX.setId("einvoice-download-factur-x");
        xrechnung = Downloads.link(
                getTranslation("einvoice.download.xrechnung"),
                number + "-xrechnung.xml",
                EInvoiceFile.XML,
                () -> einvoices.download(type, id, EInvoiceFormat.XRECHNUNG).content());
        xrechnung.setId("einvoice-download-xrechnung");
        facturXProblem.setId("einvoice-factur-x-problem");
        xrechnungProblem.setId("einvoice-xrechnung-problem");
        offer(einvoices, type, id, EInvoiceFormat.FACTUR_X, facturX, facturXProblem);
        offer(einvoices, type, id, EInvoiceFormat.XRECHNUNG, xrechnung, xrechnungProblem);
        add(facturX, facturXProblem, xrechnung, xrechnungProblem);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }

    private void offer(
            EInvoiceService einvoices,
            DocumentType type,
            long id,
            EInvoiceFormat format,
            Anchor link,
            Paragraph problem) {
        try {
            einvoices.check(type, id, format);
            problem.setVisible(false);
        } catch (RuleViolationException e) {
            link.setVisible(false);
            problem.addClassName("settings-hint");
            problem.setText(getTranslation("einvoice.format." + format.name()) + ": "
                    + getTranslation(e.getMessageKey(), e.getArguments()));
        }
    }
}
