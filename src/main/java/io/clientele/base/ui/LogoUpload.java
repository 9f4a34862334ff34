package io.clientele.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import io.clientele.base.domain.LogoImage;
import java.util.function.Consumer;

/**
 * The upload field of a logo (the company's, a client's): one PNG or JPEG within {@link LogoImage#MAX_BYTES}, its
 * texts in the UI language, a too-large file refused with the limit before it is sent. What arrives goes to
 * {@code received} as bytes; the service behind it checks the content again ({@link LogoImage#check}).
 */
public final class LogoUpload {

    private LogoUpload() {}

    /**
     * @param id the field's element id
     * @param buttonKey translation key of the upload button
     * @param dropKey translation key of the drop label, with the limit in KB as {0}
     */
    public static Upload create(String id, String buttonKey, String dropKey, Consumer<byte[]> received) {
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> received.accept(bytes)));
        upload.setId(id);
        UploadTexts.translate(upload);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(LogoImage.MAX_BYTES);
        upload.setAcceptedFileTypes(LogoImage.PNG, LogoImage.JPEG, ".png", ".jpg", ".jpeg");
        upload.setUploadButton(new Button(upload.getTranslation(buttonKey)));
        upload.setDropLabel(new Span(upload.getTranslation(dropKey, LogoImage.MAX_BYTES / 1024)));
        upload.addFileRejectedListener(
                e -> Notifications.error(upload.getTranslation("logo.too-large", LogoImage.MAX_BYTES / 1024)));
        return upload;
    }
}
