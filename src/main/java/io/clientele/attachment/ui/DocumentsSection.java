package io.clientele.attachment.ui;

import io.clientele.attachment.AttachmentService;
import io.clientele.client.ui.ClientSection;
import org.springframework.stereotype.Component;

/** Contributes the Documents tab (contracts, agreements, … attached to the client) to the client overview. */
@Component
class DocumentsSection implements ClientSection {

    private final AttachmentService attachments;

    DocumentsSection(AttachmentService attachments) {
        this.attachments = attachments;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public String titleKey() {
        return "client.documents.title";
    }

    @Override
    public String id() {
        return "documents";
    }

    @Override
    public com.vaadin.flow.component.Component create(long clientId, ClientContext context) {
        return new DocumentsTab(attachments, clientId, context.canEdit());
    }
}
