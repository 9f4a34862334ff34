package io.clientele.base.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;

/** Every text of Vaadin's Upload in the UI language: the button, the drop label, errors and progress. */
public final class UploadTexts {

    private UploadTexts() {}

    /** Translates the upload's own texts through the bundles ({@code upload.*}). */
    public static void translate(Upload upload) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles()
                .setOne(upload.getTranslation("upload.add.one"))
                .setMany(upload.getTranslation("upload.add.many")));
        i18n.setDropFiles(new UploadI18N.DropFiles()
                .setOne(upload.getTranslation("upload.drop.one"))
                .setMany(upload.getTranslation("upload.drop.many")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(upload.getTranslation("upload.error.too-many"))
                .setFileIsTooBig(upload.getTranslation("upload.error.too-big"))
                .setIncorrectFileType(upload.getTranslation("upload.error.type")));
        i18n.setFile(new UploadI18N.File()
                .setRetry(upload.getTranslation("upload.file.retry"))
                .setStart(upload.getTranslation("upload.file.start"))
                .setRemove(upload.getTranslation("upload.file.remove")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(upload.getTranslation("upload.status.connecting"))
                        .setStalled(upload.getTranslation("upload.status.stalled"))
                        .setProcessing(upload.getTranslation("upload.status.processing"))
                        .setHeld(upload.getTranslation("upload.status.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(upload.getTranslation("upload.remaining.prefix"))
                        .setUnknown(upload.getTranslation("upload.remaining.unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(upload.getTranslation("upload.error.server-unavailable"))
                        .setUnexpectedServerError(upload.getTranslation("upload.error.server"))
                        .setForbidden(upload.getTranslation("upload.error.forbidden"))
                        .setFileTooLarge(upload.getTranslation("upload.error.too-big"))));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
        upload.setI18n(i18n);
    }
}
