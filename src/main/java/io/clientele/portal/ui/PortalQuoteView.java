package io.clientele.portal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.security.Roles;
import io.clientele.base.ui.Downloads;
import io.clientele.base.ui.Fields;
import io.clientele.base.ui.Notifications;
import io.clientele.billing.BillingFormat;
import io.clientele.billing.QuoteResponse;
import io.clientele.portal.PortalNotFoundException;
import io.clientele.portal.PortalRecords.DocumentDetail;
import io.clientele.portal.PortalRecords.QuoteAnswer;
import io.clientele.portal.PortalRecords.QuoteState;
import io.clientele.portal.PortalService;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Supplier;

/**
 * One of the client's quotes: its figures, its PDF, the client's answer if it gave one, and, while the quote is sent
 * and unexpired, Accept (the typed name is the signature; note and PO number optional) and Decline (with a reason).
 * Another client's quote, a draft, an unknown id or a closed section all show the same "Not found".
 */
@Route(value = PortalRoutes.QUOTES + "/:id", layout = PortalLayout.class)
@RolesAllowed(Roles.CLIENT)
public class PortalQuoteView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final TextField signature = new TextField();
    final TextField poNumber = new TextField();
    final TextArea note = new TextArea();
    final Button accept = new Button();
    final TextArea reason = new TextArea();
    final Button decline = new Button();
    final Paragraph answer = new Paragraph();

    private final PortalService portal;
    private String title = "";
    private long id;

    public PortalQuoteView(PortalService portal) {
        this.portal = portal;
        setId("portal-quote");
        signature.setId("portal-quote-signature");
        signature.setLabel(getTranslation("quoteaccept.field.signature"));
        signature.setHelperText(getTranslation("quoteaccept.field.signature.hint"));
        Fields.limit(signature, QuoteResponse.SIGNED_NAME_MAX);
        poNumber.setId("portal-quote-po");
        poNumber.setLabel(getTranslation("quoteaccept.field.po-number"));
        Fields.limit(poNumber, QuoteResponse.PO_NUMBER_MAX);
        note.setId("portal-quote-note");
        note.setLabel(getTranslation("quoteaccept.field.note"));
        note.setMaxLength(QuoteResponse.NOTE_MAX);
        accept.setId("portal-quote-accept");
        accept.setText(getTranslation("quoteaccept.action.accept"));
        accept.addThemeVariants(ButtonVariant.PRIMARY);
        // Disabled while the request runs: a double click sends one acceptance (the service holds the line too).
        accept.setDisableOnClick(true);
        accept.addClickListener(e -> submit(
                accept,
                () -> portal.acceptQuote(
                        id, signature.getValue(), blankToNull(note.getValue()), blankToNull(poNumber.getValue()))));
        reason.setId("portal-quote-reason");
        reason.setLabel(getTranslation("quoteaccept.field.reason"));
        reason.setMaxLength(QuoteResponse.NOTE_MAX);
        decline.setId("portal-quote-decline");
        decline.setText(getTranslation("quoteaccept.action.decline"));
        decline.addThemeVariants(ButtonVariant.ERROR);
        decline.setDisableOnClick(true);
        decline.addClickListener(e -> submit(decline, () -> portal.declineQuote(id, reason.getValue())));
        answer.setId("portal-quote-answer");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            show(portal.quote(id), portal.quoteState(id));
        } catch (NumberFormatException | PortalNotFoundException e) {
            title = getTranslation("portal.not-found");
            add(PortalInvoiceView.notFound(this));
        }
    }

    private void show(DocumentDetail detail, QuoteState state) {
        var doc = detail.document();
        title = getTranslation("quoteaccept.title", doc.number());
        H2 heading = new H2(title);
        heading.setId("portal-quote-title");
        var status = PortalColumns.badges(this, doc);
        status.setId("portal-quote-status");
        Anchor pdf = Downloads.link(
                getTranslation("portal.pdf.download"),
                doc.number() + ".pdf",
                Downloads.PDF,
                () -> portal.quotePdf(doc.id()).content());
        pdf.setId("portal-quote-pdf");
        pdf.addClassName("portal-download");
        add(
                new RouterLink(getTranslation("quoteaccept.back"), PortalQuotesView.class),
                heading,
                status,
                pdf,
                new Paragraph(getTranslation("portal.col.valid-until") + ": "
                        + BillingFormat.date(doc.dueDate(), getLocale()) + " · "
                        + getTranslation("portal.col.total") + ": "
                        + BillingFormat.money(doc.total(), doc.currency(), getLocale())));
        if (state.answer() != null) {
            answer.setText(describe(state.answer()));
            add(answer);
        }
        if (state.answerable()) {
            FormLayout acceptForm = new FormLayout(signature, poNumber, note);
            FormLayout declineForm = new FormLayout(reason);
            add(
                    new H3(getTranslation("quoteaccept.accept.heading")),
                    new Paragraph(getTranslation("quoteaccept.accept.text")),
                    acceptForm,
                    accept,
                    new H3(getTranslation("quoteaccept.decline.heading")),
                    declineForm,
                    decline);
        }
    }

    private void submit(Button button, Supplier<QuoteAnswer> action) {
        signature.setInvalid(false);
        reason.setInvalid(false);
        try {
            QuoteAnswer done = action.get();
            Notifications.success(
                    getTranslation(done.accepted() ? "quoteaccept.accepted" : "quoteaccept.declined", title));
            getUI().ifPresent(ui -> ui.navigate(PortalRoutes.QUOTES + "/" + id));
        } catch (RuleViolationException e) {
            String message = getTranslation(e.getMessageKey(), e.getArguments());
            if (e.getMessageKey().equals("quoteaccept.signature-required")) {
                signature.setErrorMessage(message);
                signature.setInvalid(true);
            } else if (e.getMessageKey().equals("quoteaccept.reason-required")) {
                reason.setErrorMessage(message);
                reason.setInvalid(true);
            } else {
                Notifications.error(message);
            }
            button.setEnabled(true);
        } catch (PortalNotFoundException e) {
            Notifications.error(getTranslation("portal.not-found.text"));
            button.setEnabled(true);
        }
    }

    private String describe(QuoteAnswer a) {
        String at = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(ZoneId.systemDefault())
                .format(a.at());
        return a.accepted()
                ? getTranslation("quoteaccept.answer.accepted", a.by(), at, a.signedName())
                : getTranslation("quoteaccept.answer.declined", a.by(), at, a.note());
    }

    private static @org.jspecify.annotations.Nullable String blankToNull(String s) {
        return s.isBlank() ? null : s;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
