package io.clientele.helpdesk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.clientele.base.security.CurrentUser;
import io.clientele.base.security.Roles;
import io.clientele.base.security.UserRef;
import io.clientele.base.ui.Downloads;
import io.clientele.base.ui.Formats;
import io.clientele.base.ui.Notifications;
import io.clientele.base.ui.ThreadMessage;
import io.clientele.client.ClientDirectory;
import io.clientele.client.ui.ClientOverviewView;
import io.clientele.helpdesk.SupportLink;
import io.clientele.helpdesk.SupportRequestNotFoundException;
import io.clientele.helpdesk.SupportService;
import io.clientele.helpdesk.SupportStatus;
import io.clientele.helpdesk.SupportThread;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One support request: its client, link and state, the thread oldest first, and for ADMIN and STAFF a reply, the
 * assignee and Close / Reopen. A request of a client the user may not see reads as "not found".
 */
@Route("support/:id")
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANAGER})
public class SupportRequestView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    final ComboBox<UserRef> assignee = new ComboBox<>();
    final Button closeOrReopen = new Button();
    final Div thread = new Div();

    @Nullable
    ReplyForm reply;

    private final SupportService support;
    private final ClientDirectory clients;
    private final boolean canEdit;
    private @Nullable SupportThread shown;

    public SupportRequestView(SupportService support, ClientDirectory clients, CurrentUser currentUser) {
        this.support = support;
        this.clients = clients;
        this.canEdit = currentUser.hasRole(Roles.ADMIN) || currentUser.hasRole(Roles.STAFF);
        addClassName("support-request-view");
        thread.setId("support-thread");
        thread.addClassName("thread");
        assignee.setId("support-assignee");
        assignee.setLabel(getTranslation("support.field.assignee"));
        assignee.setItemLabelGenerator(UserRef::displayName);
        assignee.setClearButtonVisible(true);
        assignee.setPlaceholder(getTranslation("support.assignee.nobody"));
        closeOrReopen.setId("support-close");
        assignee.addValueChangeListener(e -> {
            // Only the user's pick assigns: showing a request sets the value too.
            if (e.isFromClient() && shown != null) {
                show(support.assign(
                        shown.id(), e.getValue() == null ? null : e.getValue().id()));
                Notifications.success(getTranslation("support.assigned"));
            }
        });
        closeOrReopen.addClickListener(e -> {
            if (shown != null) {
                boolean open = shown.status() == SupportStatus.OPEN;
                show(open ? support.close(shown.id()) : support.reopen(shown.id()));
                Notifications.success(getTranslation(open ? "support.closed" : "support.reopened"));
            }
        });
    }

    static RouterLink link(String text, long id) {
        return new RouterLink(text, SupportRequestView.class, new RouteParameters(ID, String.valueOf(id)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            long id = Long.parseLong(event.getRouteParameters().get(ID).orElse(""));
            show(support.thread(id));
        } catch (NumberFormatException | SupportRequestNotFoundException e) {
            showNotFound();
        }
    }

    private void show(SupportThread request) {
        shown = request;
        removeAll();
        H2 title = new H2(request.subject());
        title.setId("support-title");
        Div facts = new Div();
        facts.addClassName("overview-facts");
        String clientName = clients.name(request.clientId()).orElse("#" + request.clientId());
        facts.add(Formats.fact(
                getTranslation("support.col.client"), ClientOverviewView.link(clientName, request.clientId())));
        facts.add(Formats.fact(getTranslation("support.field.opened-by"), new Span(request.openedByName())));
        facts.add(Formats.fact(getTranslation("support.col.status"), SupportColumns.status(this, request.status())));
        SupportLink linked = request.link();
        if (linked != null) {
            facts.add(Formats.fact(
                    getTranslation("support.field.link"),
                    new Span(getTranslation(
                            "support.link." + linked.type().name().toLowerCase(Locale.ROOT), linked.label()))));
        }
        showThread(request);
        add(new RouterLink(getTranslation("support.back"), SupportListView.class), title, facts);
        if (canEdit) {
            add(actions(request));
        } else if (request.assigneeName() != null) {
            facts.add(Formats.fact(getTranslation("support.field.assignee"), new Span(request.assigneeName())));
        }
        add(thread);
        if (canEdit) {
            reply = new ReplyForm(support, request.id(), this::show);
            add(reply);
        }
    }

    private Component actions(SupportThread request) {
        assignee.setItems(support.assignees());
        assignee.setValue(assignee.getListDataView()
                .getItems()
                .filter(u -> Objects.equals(u.id(), request.assigneeId()))
                .findFirst()
                .orElse(null));
        boolean open = request.status() == SupportStatus.OPEN;
        closeOrReopen.setText(getTranslation(open ? "support.action.close" : "support.action.reopen"));
        HorizontalLayout bar = new HorizontalLayout(assignee, closeOrReopen);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private void showThread(SupportThread request) {
        thread.removeAll();
        for (SupportThread.Post post : request.messages()) {
            Anchor file = post.fileName() == null
                    ? null
                    : Downloads.link(
                            post.fileName(),
                            post.fileName(),
                            "application/octet-stream",
                            () -> support.file(post.id()).content());
            if (file != null) {
                file.setId("support-file-" + post.id());
            }
            ThreadMessage message = new ThreadMessage(
                    post.authorName(), post.createdAt(), post.body(), !post.fromClient(), file, getLocale());
            message.setId("support-message-" + post.id());
            thread.add(message);
        }
    }

    private void showNotFound() {
        shown = null;
        removeAll();
        H2 notFound = new H2(getTranslation("support.not-found.title"));
        notFound.setId("support-not-found");
        add(
                notFound,
                new Paragraph(getTranslation("support.not-found.text")),
                new RouterLink(getTranslation("support.back"), SupportListView.class));
    }

    @Override
    public String getPageTitle() {
        return (shown == null ? getTranslation("support.not-found.title") : shown.subject()) + " · "
                + getTranslation("app.name");
    }
}
