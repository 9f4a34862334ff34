package io.clientele.attachment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import io.clientele.attachment.AttachmentNotFoundException;
import io.clientele.attachment.AttachmentRow;
import io.clientele.attachment.AttachmentService;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.ui.Confirmations;
import io.clientele.base.ui.Downloads;
import io.clientele.base.ui.Notifications;
import io.clientele.base.ui.PagedGrid;
import io.clientele.client.ClientNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * The Documents tab: an upload area for those who may edit the client, then the client's documents, newest first,
 * each a download link. The server checks every upload again (size, type, content).
 */
class DocumentsTab extends VerticalLayout {

    final Upload upload = new Upload();
    final Span hint = new Span();
    final Grid<AttachmentRow> grid = new Grid<>();
    private final PagedGrid<AttachmentRow> paged;
    private final AttachmentService attachments;
    private final long clientId;
    private final boolean canEdit;

    DocumentsTab(AttachmentService attachments, long clientId, boolean canEdit) {
        this.attachments = attachments;
        this.clientId = clientId;
        this.canEdit = canEdit;
        addClassName("documents-tab");
        setPadding(false);

        String types = attachments.allowedExtensions().stream()
                .map(e -> e.toUpperCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        hint.setId("document-hint");
        hint.addClassName("documents-hint");
        hint.setText(getTranslation(
                "client.documents.hint", types, size(attachments.maxSize().toBytes())));
        upload.setId("document-upload");
        upload.setMaxFileSize(
                (int) Math.min(Integer.MAX_VALUE, attachments.maxSize().toBytes()));
        upload.setAcceptedFileTypes(
                attachments.allowedExtensions().stream().map(e -> "." + e).toArray(String[]::new));
        upload.setUploadHandler(new Handler());
        upload.setI18n(uploadTexts());
        upload.setVisible(canEdit);
        hint.setVisible(canEdit);

        configureGrid();
        paged = new PagedGrid<>(
                grid, PagedGrid.Source.of(page -> attachments.page(clientId, page), () -> attachments.count(clientId)));
        paged.setHeight(null);
        add(upload, hint, paged);
        paged.refresh();
    }

    /** The upload's own texts in the user's language; the server's reason for a refusal comes as a notification. */
    private UploadI18N uploadTexts() {
        String add = getTranslation("client.documents.upload.add");
        String drop = getTranslation("client.documents.upload.drop");
        String refused = getTranslation("client.documents.upload.refused");
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(add).setMany(add))
                .setDropFiles(new UploadI18N.DropFiles().setOne(drop).setMany(drop))
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig(getTranslation("client.documents.upload.too-big"))
                        .setIncorrectFileType(getTranslation("client.documents.upload.wrong-type")))
                .setUploading(new UploadI18N.Uploading()
                        .setError(new UploadI18N.Uploading.Error()
                                .setForbidden(refused)
                                .setFileTooLarge(getTranslation("client.documents.upload.too-big"))
                                .setServerUnavailable(refused)
                                .setUnexpectedServerError(refused)));
    }

    private void configureGrid() {
        grid.setId("document-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(this::downloadLink)
                .setKey("name")
                .setHeader(getTranslation("client.documents.column.name"))
                .setFlexGrow(3)
                .setResizable(true);
        grid.addColumn(row -> size(row.size()))
                .setKey("size")
                .setHeader(getTranslation("client.documents.column.size"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AttachmentRow::uploadedBy)
                .setKey("by")
                .setHeader(getTranslation("client.documents.column.by"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        grid.addColumn(row -> when.format(row.uploadedAt()))
                .setKey("at")
                .setHeader(getTranslation("client.documents.column.at"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        if (canEdit) {
            grid.addComponentColumn(this::deleteButton)
                    .setKey("delete")
                    .setWidth("4rem")
                    .setFlexGrow(0);
        }
        grid.setEmptyStateText(getTranslation("client.documents.empty"));
    }

    private Component downloadLink(AttachmentRow row) {
        // The bytes are read when the link is clicked, in that request, through the service's visibility check.
        var link = Downloads.link(
                row.name(),
                row.downloadName(),
                row.contentType(),
                () -> attachments.download(row.id()).content());
        link.setId("document-download-" + row.id());
        return link;
    }

    private Component deleteButton(AttachmentRow row) {
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> confirmDelete(row));
        delete.setId("document-delete-" + row.id());
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel(getTranslation("client.documents.delete"));
        return delete;
    }

    private void confirmDelete(AttachmentRow row) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("confirm-document-delete");
        confirm.setHeader(getTranslation("client.documents.delete.title"));
        confirm.setText(getTranslation("client.documents.delete.text", row.name()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("client.documents.delete"));
        Confirmations.destructive(confirm);
        confirm.addConfirmListener(e -> {
            String error = attempt(() -> attachments.delete(row.id()));
            if (error != null) {
                Notifications.error(error);
            }
            paged.refresh();
        });
        confirm.open();
    }

    /**
     * Stores an uploaded file and tells the user how it went. What the upload handler runs; package-visible so UI
     * tests can hand it a file as the browser would.
     */
    void receive(String fileName, InputStream content) {
        showOutcome(fileName, attempt(() -> attachments.upload(clientId, fileName, content)));
    }

    private void showOutcome(String fileName, @Nullable String error) {
        if (error == null) {
            upload.clearFileList();
            Notifications.success(getTranslation("client.documents.uploaded", fileName));
            paged.filterChanged();
        } else {
            Notifications.error(error);
        }
    }

    private @Nullable String attempt(Runnable change) {
        return attempt(change, UI.getCurrent());
    }

    /** Runs a change; null when it went through, else why it did not, in the UI's language. */
    private static @Nullable String attempt(Runnable change, UI ui) {
        try {
            change.run();
            return null;
        } catch (RuleViolationException e) {
            return ui.getTranslation(e.getMessageKey(), e.getArguments());
        } catch (AttachmentNotFoundException e) {
            return ui.getTranslation("client.documents.gone");
        } catch (ClientNotFoundException | AccessDeniedException e) {
            return ui.getTranslation("client.documents.denied");
        } catch (UncheckedIOException e) {
            return ui.getTranslation("client.documents.failed");
        }
    }

    private String size(long bytes) {
        NumberFormat number = NumberFormat.getNumberInstance(getLocale());
        number.setMaximumFractionDigits(1);
        if (bytes < 1024) {
            return getTranslation("client.documents.size.bytes", bytes);
        }
        if (bytes < 1024 * 1024) {
            return getTranslation("client.documents.size.kb", number.format(bytes / 1024.0));
        }
        return getTranslation("client.documents.size.mb", number.format(bytes / (1024.0 * 1024.0)));
    }

    /**
     * Streams the upload straight into the service, which stops reading past the size limit; runs in the upload
     * request, outside the UI lock, so only the outcome is shown through {@link UI#access}.
     */
    private final class Handler implements UploadHandler {

        @Override
        public void handleUploadRequest(UploadEvent event) {
            UI ui = event.getUI();
            String error;
            try (InputStream in = event.getInputStream()) {
                error = attempt(() -> attachments.upload(clientId, event.getFileName(), in), ui);
            } catch (IOException e) {
                error = ui.getTranslation("client.documents.failed");
            }
            String outcome = error;
            if (outcome != null) {
                event.reject(outcome);
            }
            ui.access(() -> showOutcome(event.getFileName(), outcome));
        }

        @Override
        public long getFileSizeMax() {
            // Multipart parsing stops a larger file early; the service checks again whatever arrives.
            return attachments.maxSize().toBytes();
        }
    }
}
