package io.clientele.portal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.security.Roles;
import io.clientele.base.ui.Downloads;
import io.clientele.base.ui.Fields;
import io.clientele.base.ui.Notifications;
import io.clientele.base.ui.PendingFile;
import io.clientele.base.ui.ThreadMessage;
import io.clientele.helpdesk.SupportLink;
import io.clientele.helpdesk.SupportMessage;
import io.clientele.helpdesk.SupportService;
import io.clientele.helpdesk.SupportStatus;
import io.clientele.helpdesk.SupportThread;
import io.clientele.portal.PortalNotFoundException;
import io.clientele.portal.PortalService;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;

/**
 * One of the client's support requests: the thread oldest first, shown as text, and a reply (a closed request opens
 * again with it). Another client's request, an unknown id or a closed section all show the same "Not found".
 */
@Route(value = PortalRoutes.SUPPORT + "/:id([0-9]+)", layout = PortalLayout.class)
@RolesAllowed(Roles.CLIENT)
public class PortalSupportRequestView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Div thread = new Div();
    final TextArea reply = new TextArea();
    final PendingFile file;
    final Button send = new Button();

    private final PortalService portal;
    private String title = "";
    private long id;

    public PortalSupportRequestView(PortalService portal, SupportService support) {
        this.portal = portal;
        setId("portal-support-request");
        thread.setId("portal-support-thread");
        thread.addClassName("thread");
        reply.setId("portal-support-reply");
        reply.setLabel(getTranslation("support.field.reply"));
        reply.setWidthFull();
        Fields.limit(reply, SupportMessage.BODY_MAX);
        file = new PendingFile("portal-support-reply-file", support.maxFileBytes(), support.fileTypes());
        send.setId("portal-support-reply-send");
        send.setText(getTranslation("support.action.send"));
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.addClickListener(e -> send());
    }

    static RouteParameters parameters(long id) {
        return new RouteParameters("id", String.valueOf(id));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            show(portal.supportRequest(id));
        } catch (NumberFormatException | PortalNotFoundException e) {
            title = getTranslation("portal.not-found");
            add(PortalInvoiceView.notFound(this));
        }
    }

    private void show(SupportThread request) {
        removeAll();
        title = request.subject();
        H2 heading = new H2(title);
        heading.setId("portal-support-title");
        Paragraph state = new Paragraph(getTranslation(
                request.status() == SupportStatus.OPEN ? "support.status.open" : "support.status.closed"));
        state.setId("portal-support-status");
        add(new RouterLink(getTranslation("support.back"), PortalSupportView.class), heading, state);
        SupportLink linked = request.link();
        if (linked != null) {
            add(new Paragraph(getTranslation("support.field.link") + ": "
                    + getTranslation("support.link." + linked.type().name().toLowerCase(Locale.ROOT), linked.label())));
        }
        thread.removeAll();
        for (SupportThread.Post post : request.messages()) {
            Anchor attached = null;
            if (post.fileName() != null) {
                attached = Downloads.link(
                        post.fileName(),
                        post.fileName(),
                        "application/octet-stream",
                        () -> portal.supportFile(post.id()).content());
                attached.setId("portal-support-file-" + post.id());
            }
            ThreadMessage message = new ThreadMessage(
                    post.authorName(), post.createdAt(), post.body(), post.fromClient(), attached, getLocale());
            message.setId("portal-support-message-" + post.id());
            thread.add(message);
        }
        add(thread, reply, file, send);
    }

    private void send() {
        reply.setInvalid(false);
        try {
            SupportThread updated = portal.replyToSupportRequest(
                    id,
                    reply.getValue(),
                    file.fileName() == null ? null : new SupportService.Upload(file.fileName(), file.open()));
            reply.clear();
            file.clear();
            Notifications.success(getTranslation("support.reply.sent"));
            show(updated);
        } catch (RuleViolationException ex) {
            String text = getTranslation(ex.getMessageKey(), ex.getArguments());
            if (ex.getMessageKey().startsWith("support.message.")) {
                reply.setErrorMessage(text);
                reply.setInvalid(true);
            } else {
                Notifications.error(text);
            }
        } catch (PortalNotFoundException ex) {
            Notifications.error(getTranslation("portal.not-found.text"));
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
