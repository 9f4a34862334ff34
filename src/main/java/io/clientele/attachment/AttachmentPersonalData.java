package io.clientele.attachment;

import io.clientele.client.PersonalData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A client's stored documents as personal data: listed in the export (name, type, size, who uploaded when); removed
 * by an anonymisation, rows and files, since a file's content cannot be replaced by a placeholder. The files go once
 * the anonymisation has committed, so that a rollback keeps them.
 */
@Component
class AttachmentPersonalData implements PersonalData {

    private final ClientAttachmentRepository attachments;
    private final AttachmentStorage storage;

    AttachmentPersonalData(ClientAttachmentRepository attachments, AttachmentStorage storage) {
        this.attachments = attachments;
        this.storage = storage;
    }

    @Override
    public String section() {
        return "documents";
    }

    @Override
    public @Nullable Object export(Subject subject) {
        if (!subject.wholeClient()) {
            return null;
        }
        return attachments.findByClientIdOrderByIdAsc(subject.clientId()).stream()
                .map(a -> {
                    Map<String, @Nullable Object> row = new LinkedHashMap<>();
                    row.put("id", a.getId());
                    row.put("name", a.getOriginalName());
                    row.put("contentType", a.getContentType());
                    row.put("size", a.getSize());
                    row.put("uploadedBy", a.getUploadedByName());
                    row.put("uploadedAt", a.getUploadedAt().toString());
                    return row;
                })
                .toList();
    }

    @Override
    public void anonymise(Subject subject) {
        if (!subject.wholeClient()) {
            return;
        }
        List<ClientAttachment> all = attachments.findByClientIdOrderByIdAsc(subject.clientId());
        storage.deleteWhen(
                true, all.stream().map(ClientAttachment::getStoredName).toList());
        attachments.deleteAll(all);
        attachments.flush();
    }
}
