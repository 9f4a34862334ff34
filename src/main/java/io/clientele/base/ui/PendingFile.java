package io.clientele.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One file picked to go with a form (a message), held until the form is sent. The browser's limits (size, types) only
 * spare a pointless upload: the feature's service checks the file again when the form is sent.
 */
public class PendingFile extends Composite<VerticalLayout> {

    final Upload upload;
    private @Nullable String fileName;
    private byte[] content = new byte[0];

    /**
     * @param maxBytes   the largest file the service accepts
     * @param extensions the accepted extensions, without dots
     */
    public PendingFile(String id, long maxBytes, List<String> extensions) {
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> receive(metadata.fileName(), bytes)));
        upload.setId(id);
        UploadTexts.translate(upload);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setAcceptedFileTypes(extensions.stream().map(e -> "." + e).toArray(String[]::new));
        Span hint = new Span(upload.getTranslation(
                "upload.pending.hint",
                String.join(", ", extensions).toUpperCase(Locale.ROOT),
                Math.max(1, maxBytes / (1024 * 1024))));
        hint.addClassName("field-hint");
        upload.addFileRemovedListener(e -> clear());
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.setSpacing(false);
        layout.add(upload, hint);
    }

    /** Keeps a received file (what the upload does; tests hand a file in here as the browser would). */
    public void receive(String name, byte[] bytes) {
        this.fileName = name;
        this.content = bytes.clone();
    }

    /** Forgets the file, after the form was sent. */
    public void clear() {
        fileName = null;
        content = new byte[0];
        upload.clearFileList();
    }

    public @Nullable String fileName() {
        return fileName;
    }

    /** The file's content to hand to a service; empty without a file. */
    public InputStream open() {
        return new ByteArrayInputStream(content);
    }
}
