package io.clientele.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The attachments folder. Files are stored under names generated here (random hex plus the verified type's
 * extension) and are only ever looked up by such a name, so nothing a user types becomes part of a path: the name
 * they uploaded is metadata in the database.
 */
@Component
class AttachmentStorage {

    /** The only shape of name this class reads, writes or deletes. */
    private static final Logger log = LoggerFactory.getLogger(AttachmentStorage.class);

    private static final Pattern STORED_NAME = Pattern.compile("[0-9a-f]{32}\\.[a-z0-9]{1,8}");

    private final SecureRandom random = new SecureRandom();
    private final Path root;

    AttachmentStorage(AttachmentSettings settings) {
        this.root = settings.folder().toAbsolutePath().normalize();
    }

    /** The folder, absolute. */
    Path root() {
        return root;
    }

    /**
     * Copies at most {@code limit} bytes of the stream to a temporary file in the folder. Returns null, leaving
     * nothing behind, when the stream holds more: an oversize upload is never stored whole.
     */
    Path receive(InputStream content, long limit) throws IOException {
        Files.createDirectories(root);
        Path temp = Files.createTempFile(root, "upload-", ".part");
        try (OutputStream out = Files.newOutputStream(temp)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int n;
            while ((n = content.read(buffer)) != -1) {
                total += n;
                if (total > limit) {
                    throw new TooLargeException();
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return temp;
    }

    /** Moves a received file to its generated name and returns that name. */
    String keep(Path received, AttachmentType type) throws IOException {
        String name = HexFormat.of().formatHex(bytes()) + "." + type.extension();
        Files.move(received, resolve(name), StandardCopyOption.ATOMIC_MOVE);
        return name;
    }

    private byte[] bytes() {
        byte[] b = new byte[16];
        random.nextBytes(b);
        return b;
    }

    InputStream open(String storedName) throws IOException {
        return Files.newInputStream(resolve(storedName));
    }

    /** Deletes a stored file; a file that is already gone is fine. */
    void delete(String storedName) {
        try {
            Files.deleteIfExists(resolve(storedName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Deletes the files when the current transaction commits ({@code onCommit}) or rolls back (not
     * {@code onCommit}), so that rows and files stand or fall together.
     */
    void deleteWhen(boolean onCommit, List<String> storedNames) {
        if (storedNames.isEmpty()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if ((status == STATUS_COMMITTED) == onCommit) {
                    for (String name : storedNames) {
                        try {
                            delete(name);
                        } catch (RuntimeException e) {
                            log.warn("Could not delete attachment file {}: {}", name, e.toString());
                        }
                    }
                }
            }
        });
    }

    boolean exists(String storedName) {
        return Files.exists(resolve(storedName));
    }

    /** The file behind a stored name; anything but a generated name, or a path out of the folder, is refused. */
    Path resolve(String storedName) {
        if (!STORED_NAME.matcher(storedName).matches()) {
            throw new IllegalArgumentException("Not a stored attachment name");
        }
        Path file = root.resolve(storedName).normalize();
        if (!root.equals(file.getParent())) {
            throw new IllegalArgumentException("Outside the attachments folder");
        }
        return file;
    }

    /** The stream held more than the limit. */
    static final class TooLargeException extends IOException {
        TooLargeException() {
            super("Upload exceeds the size limit");
        }
    }
}
