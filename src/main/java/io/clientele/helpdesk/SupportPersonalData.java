package io.clientele.helpdesk;

import io.clientele.attachment.AttachmentService;
import io.clientele.attachment.StoredFile;
import io.clientele.base.security.UserDirectory;
import io.clientele.client.PersonalData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Support requests as personal data: a client's requests with their whole thread (who wrote what when, the files'
 * names), or for one person the requests their Client Center login opened. Anonymising replaces subjects, the client
 * side's names and every message text with the placeholder and discards the files after commit; the staff side's
 * names stay (they are the office's, not the client's).
 */
@Component
class SupportPersonalData implements PersonalData {

    private final SupportRequestRepository requests;
    private final SupportMessageRepository messages;
    private final AttachmentService attachments;
    private final UserDirectory users;

    SupportPersonalData(
            SupportRequestRepository requests,
            SupportMessageRepository messages,
            AttachmentService attachments,
            UserDirectory users) {
        this.requests = requests;
        this.messages = messages;
        this.attachments = attachments;
        this.users = users;
    }

    @Override
    public String section() {
        return "supportRequests";
    }

    @Override
    public @Nullable Object export(Subject subject) {
        List<Map<String, @Nullable Object>> out = new ArrayList<>();
        for (SupportRequest request : of(subject)) {
            Map<String, @Nullable Object> row = new LinkedHashMap<>();
            row.put("id", request.getId());
            row.put("subject", request.getSubject());
            row.put("status", request.getStatus().name());
            row.put("openedBy", request.getOpenedByName());
            row.put("openedAt", request.getCreatedAt().toString());
            row.put("closedAt", Objects.toString(request.getClosedAt(), null));
            SupportLink link = request.getLink();
            row.put("linkedTo", link == null ? null : link.label());
            row.put(
                    "messages",
                    messages.findByRequestIdOrderByCreatedAtAscIdAsc(Objects.requireNonNull(request.getId())).stream()
                            .map(m -> {
                                Map<String, @Nullable Object> message = new LinkedHashMap<>();
                                message.put("fromClient", m.isFromClient());
                                message.put("author", m.getAuthorName());
                                message.put("at", m.getCreatedAt().toString());
                                message.put("text", m.getBody());
                                StoredFile file = m.getFile();
                                message.put("file", file == null ? null : file.name());
                                return message;
                            })
                            .toList());
            out.add(row);
        }
        return out;
    }

    @Override
    public void anonymise(Subject subject) {
        List<Long> ids =
                of(subject).stream().map(r -> Objects.requireNonNull(r.getId())).toList();
        if (ids.isEmpty()) {
            return;
        }
        List<String> files = messages.findByRequestIdInOrderByCreatedAtAscIdAsc(ids).stream()
                .map(SupportMessage::getFile)
                .filter(Objects::nonNull)
                .map(StoredFile::storedName)
                .toList();
        requests.anonymise(ids, PLACEHOLDER);
        messages.anonymise(ids, PLACEHOLDER);
        attachments.discardOnCommit(files);
    }

    /** The whole client's requests, or those one person's login opened. */
    private List<SupportRequest> of(Subject subject) {
        List<SupportRequest> all = requests.findByClientIdOrderByCreatedAtAscIdAsc(subject.clientId());
        Long contactId = subject.contactId();
        if (contactId == null) {
            return all;
        }
        return all.stream()
                .filter(r -> r.getOpenedById() != null
                        && users.contactOf(r.getOpenedById())
                                .filter(contactId::equals)
                                .isPresent())
                .toList();
    }
}
