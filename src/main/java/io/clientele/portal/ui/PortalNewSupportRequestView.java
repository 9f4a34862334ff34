package io.clientele.portal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
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
import io.clientele.base.ui.Fields;
import io.clientele.base.ui.Notifications;
import io.clientele.base.ui.PendingFile;
import io.clientele.helpdesk.SupportLink;
import io.clientele.helpdesk.SupportMessage;
import io.clientele.helpdesk.SupportRequest;
import io.clientele.helpdesk.SupportService;
import io.clientele.helpdesk.SupportThread;
import io.clientele.portal.PortalNotFoundException;
import io.clientele.portal.PortalService;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;

/**
 * A new support request: subject, message, optionally a file and a link to one of the client's invoices, quotes or
 * projects (only those of the sections the login may open are offered, and the server checks again). A refused
 * request keeps everything typed and says why on the field.
 */
@Route(value = PortalRoutes.NEW_SUPPORT_REQUEST, layout = PortalLayout.class)
@RolesAllowed(Roles.CLIENT)
public class PortalNewSupportRequestView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** How many of each kind of record the link offers: the most recent ones, which requests are usually about. */
    static final int LINK_CHOICES = 50;

    /** A record the request may be about, as the picker shows it. */
    record LinkChoice(SupportLink.Target target, String label) {}

    final TextField subject = new TextField();
    final ComboBox<LinkChoice> link = new ComboBox<>();
    final TextArea message = new TextArea();
    final PendingFile file;
    final Button send = new Button();

    private final PortalService portal;

    public PortalNewSupportRequestView(PortalService portal, SupportService support) {
        this.portal = portal;
        setId("portal-support-new-view");
        subject.setId("portal-support-subject");
        subject.setLabel(getTranslation("support.field.subject"));
        subject.setWidthFull();
        Fields.limit(subject, SupportRequest.SUBJECT_MAX);
        link.setId("portal-support-link");
        link.setLabel(getTranslation("support.field.link"));
        link.setItemLabelGenerator(LinkChoice::label);
        link.setClearButtonVisible(true);
        link.setWidthFull();
        message.setId("portal-support-message");
        message.setLabel(getTranslation("support.field.message"));
        message.setWidthFull();
        message.setMinHeight("10rem");
        Fields.limit(message, SupportMessage.BODY_MAX);
        file = new PendingFile("portal-support-file", support.maxFileBytes(), support.fileTypes());
        send.setId("portal-support-send");
        send.setText(getTranslation("support.action.send"));
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.addClickListener(e -> send());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        if (!portal.sections().support()) {
            add(PortalInvoiceView.notFound(this));
            return;
        }
        link.setItems(choices());
        add(
                new RouterLink(getTranslation("support.back"), PortalSupportView.class),
                new H2(getTranslation("support.new.title")),
                subject,
                link,
                message,
                file,
                send);
    }

    private List<LinkChoice> choices() {
        var page = PageRequest.of(0, LINK_CHOICES);
        List<LinkChoice> choices = new ArrayList<>();
        portal.invoices(page).forEach(d -> choices.add(choice(SupportLink.Type.INVOICE, d.id(), d.number())));
        portal.quotes(page).forEach(d -> choices.add(choice(SupportLink.Type.QUOTE, d.id(), d.number())));
        portal.projects(page).forEach(p -> choices.add(choice(SupportLink.Type.PROJECT, p.id(), p.name())));
        return choices;
    }

    private LinkChoice choice(SupportLink.Type type, long id, String name) {
        return new LinkChoice(
                new SupportLink.Target(type, id),
                getTranslation("support.link." + type.name().toLowerCase(Locale.ROOT), name));
    }

    private void send() {
        subject.setInvalid(false);
        message.setInvalid(false);
        link.setInvalid(false);
        LinkChoice chosen = link.getValue();
        try {
            SupportThread opened = portal.openSupportRequest(
                    subject.getValue(),
                    message.getValue(),
                    chosen == null ? null : chosen.target(),
                    file.fileName() == null ? null : new SupportService.Upload(file.fileName(), file.open()));
            Notifications.success(getTranslation("support.opened"));
            getUI().ifPresent(ui ->
                    ui.navigate(PortalSupportRequestView.class, PortalSupportRequestView.parameters(opened.id())));
        } catch (RuleViolationException ex) {
            String text = getTranslation(ex.getMessageKey(), ex.getArguments());
            if (ex.getMessageKey().startsWith("support.subject.")) {
                subject.setErrorMessage(text);
                subject.setInvalid(true);
            } else if (ex.getMessageKey().startsWith("support.message.")) {
                message.setErrorMessage(text);
                message.setInvalid(true);
            } else if (ex.getMessageKey().startsWith("support.link.")) {
                link.setErrorMessage(text);
                link.setInvalid(true);
            } else {
                Notifications.error(text);
            }
        } catch (PortalNotFoundException ex) {
            Notifications.error(getTranslation("portal.not-found.text"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("support.new.title");
    }
}
