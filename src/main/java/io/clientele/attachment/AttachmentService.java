package io.clientele.attachment;

import io.clientele.base.domain.PageCap;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.security.Roles;
import io.clientele.base.security.UserDirectory;
import io.clientele.base.security.UserRef;
import io.clientele.client.ClientNotFoundException;
import io.clientele.client.ClientScope;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Documents attached to clients (contracts, agreements). Uploads are checked here, whatever the browser already
 * checked: the size limit, the extension against the allow-list, and the content against the extension. Everyone who
 * may see the client lists and downloads its documents; those who may edit it upload and delete. A client the
 * caller may not see is "not found", and so are its documents.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANAGER})
public class AttachmentService {

    private static final Logger log = LoggerFactory.getLogger(AttachmentService.class);

    private final ClientAttachmentRepository attachments;
    private final AttachmentStorage storage;
    private final ClientScope clients;
    private final UserDirectory users;
    private final Clock clock;
    private final DataSize maxSize;
    private final Set<AttachmentType> allowed;
    private final List<String> allowedExtensions;

    AttachmentService(
            ClientAttachmentRepository attachments,
            AttachmentStorage storage,
            ClientScope clients,
            UserDirectory users,
            Clock clock,
            AttachmentSettings settings) {
        this.attachments = attachments;
        this.storage = storage;
        this.clients = clients;
        this.users = users;
        this.clock = clock;
        this.maxSize = settings.maxSize();
        this.allowedExtensions = settings.allowedTypes().stream()
                .map(e -> e.strip().toLowerCase(Locale.ROOT))
                .distinct()
                .toList();
        // A type the server cannot verify by content must not be configurable: fail at start-up, not on upload.
        this.allowed = allowedExtensions.stream()
                .map(e -> AttachmentType.forExtension(e)
                        .orElseThrow(() ->
                                new IllegalStateException("clientele.attachments.allowed-types: unknown type " + e)))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The largest file accepted. */
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANAGER, Roles.CLIENT})
    public DataSize maxSize() {
        return maxSize;
    }

    /** The accepted file extensions, without dots, as configured. */
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANAGER, Roles.CLIENT})
    public List<String> allowedExtensions() {
        return allowedExtensions;
    }

    /** One page of the client's documents, newest first. */
    public List<AttachmentRow> page(long clientId, Pageable page) {
        clients.require(clientId);
        Pageable newestFirst = PageRequest.of(
                page.getPageNumber(),
                PageCap.size(page),
                Sort.by(Sort.Order.desc("uploadedAt"), Sort.Order.desc("id")));
        return attachments.findByClientId(clientId, newestFirst).stream()
                .map(a -> new AttachmentRow(
                        Objects.requireNonNull(a.getId()),
                        a.getOriginalName(),
                        AttachmentNames.downloadName(a.getOriginalName()),
                        a.getContentType(),
                        a.getSize(),
                        a.getUploadedByName(),
                        a.getUploadedAt()))
                .toList();
    }

    public long count(long clientId) {
        clients.require(clientId);
        return attachments.countByClientId(clientId);
    }

    /**
     * Stores a document for the client. The file is kept under a generated name; {@code fileName} (whatever the
     * browser sent, path or not) is reduced to a display name and kept only as metadata.
     *
     * @throws RuleViolationException when the file is empty, larger than {@link #maxSize()}, of a type outside the
     *                                allow-list, or its content is not what its extension says
     */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public ClientAttachment upload(long clientId, String fileName, InputStream content) {
        clients.require(clientId);
        StoredFile file = checkAndKeep(fileName, content);
        @Nullable Long caller = users.currentScope().accountId();
        String by = caller == null
                ? "system"
                : users.find(caller).map(UserRef::displayName).orElse("#" + caller);
        return attachments.save(new ClientAttachment(
                clientId,
                file.storedName(),
                file.name(),
                file.contentType(),
                file.size(),
                caller,
                by,
                clock.instant()));
    }

    /**
     * Checks a file by the same rules as {@link #upload} and keeps it for another feature, which records the returned
     * reference in its own row and answers for who may read it (support requests attach files this way). The file goes
     * again if the current transaction rolls back, so a row and its file stand or fall together.
     *
     * @throws RuleViolationException as {@link #upload} does
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.CLIENT})
    public StoredFile keep(String fileName, InputStream content) {
        return checkAndKeep(fileName, content);
    }

    /**
     * The content of a file kept with {@link #keep}. The feature that kept it checks the caller may read it first.
     *
     * @throws AttachmentNotFoundException when the file is gone
     */
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANAGER, Roles.CLIENT})
    public AttachmentFile read(StoredFile file) {
        try (InputStream in = storage.open(file.storedName())) {
            return new AttachmentFile(AttachmentNames.downloadName(file.name()), file.contentType(), in.readAllBytes());
        } catch (NoSuchFileException e) {
            throw new AttachmentNotFoundException(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes files kept with {@link #keep} once the current transaction commits (their rows went with it). */
    @Transactional(propagation = Propagation.MANDATORY)
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public void discardOnCommit(List<String> storedNames) {
        storage.deleteWhen(true, storedNames);
    }

    /** The one place of the upload rules: type allow-list, size limit, no empty file, content matching the type. */
    private StoredFile checkAndKeep(String fileName, InputStream content) {
        String name = AttachmentNames.displayName(fileName);
        String extension = AttachmentNames.extension(name);
        AttachmentType type = AttachmentType.forExtension(extension)
                .filter(allowed::contains)
                .orElseThrow(() -> new RuleViolationException(
                        "client.documents.type-refused", name, String.join(", ", allowedExtensions)));
        Path received;
        try {
            received = storage.receive(content, maxSize.toBytes());
        } catch (AttachmentStorage.TooLargeException e) {
            throw tooLarge(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String stored;
        long size;
        try {
            size = Files.size(received);
            if (size == 0) {
                throw new RuleViolationException("client.documents.empty-file", name);
            }
            if (!type.matches(received)) {
                throw new RuleViolationException("client.documents.content-mismatch", name, extension);
            }
            stored = storage.keep(received, type);
        } catch (IOException e) {
            deleteQuietly(received);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            deleteQuietly(received);
            throw e;
        }
        // The row and the file stand or fall together: if the transaction rolls back, the file goes too.
        storage.deleteWhen(false, List.of(stored));
        return new StoredFile(stored, name, type.mimeType(), size);
    }

    /**
     * The document's content and a header-safe file name.
     *
     * @throws AttachmentNotFoundException when it does not exist or its client is not visible to the caller
     */
    public AttachmentFile download(long attachmentId) {
        ClientAttachment a = visible(attachmentId);
        try (InputStream in = storage.open(a.getStoredName())) {
            return new AttachmentFile(
                    AttachmentNames.downloadName(a.getOriginalName()), a.getContentType(), in.readAllBytes());
        } catch (NoSuchFileException e) {
            throw new AttachmentNotFoundException(attachmentId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the document; its file goes once the deletion is committed. */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public void delete(long attachmentId) {
        ClientAttachment a = visible(attachmentId);
        attachments.delete(a);
        storage.deleteWhen(true, List.of(a.getStoredName()));
    }

    private ClientAttachment visible(long attachmentId) {
        ClientAttachment a =
                attachments.findById(attachmentId).orElseThrow(() -> new AttachmentNotFoundException(attachmentId));
        try {
            clients.require(a.getClientId());
        } catch (ClientNotFoundException e) {
            throw new AttachmentNotFoundException(attachmentId);
        }
        return a;
    }

    private RuleViolationException tooLarge(String name) {
        return new RuleViolationException(
                "client.documents.too-large",
                name,
                maxSize.toMegabytes() > 0 ? maxSize.toMegabytes() + " MB" : maxSize.toKilobytes() + " KB");
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", file, e.toString());
        }
    }
}
