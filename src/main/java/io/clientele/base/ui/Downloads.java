package io.clientele.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Links that download generated files. The content is produced when the link is clicked (in that request, with the
 * caller's authentication), never when the link is built: a menu with a PDF item costs nothing until it is used.
 */
public final class Downloads {

    public static final String PDF = "application/pdf";

    private static final Logger log = LoggerFactory.getLogger(Downloads.class);

    private Downloads() {}

    /** A link with {@code text} that downloads {@code fileName} with the bytes {@code content} returns. */
    public static Anchor link(String text, String fileName, String contentType, Supplier<byte[]> content) {
        Anchor anchor = new Anchor(handler(fileName, contentType, content), text);
        anchor.getElement().setAttribute("download", fileName);
        return anchor;
    }

    /** A link whose file name, like its content, is decided when it is clicked (e.g. after the chosen period). */
    public static Anchor link(String text, Supplier<String> fileName, String contentType, Supplier<byte[]> content) {
        Anchor anchor = new Anchor(handler(fileName, contentType, content), text);
        anchor.getElement().setAttribute("download", fileName.get());
        return anchor;
    }

    /** The handler behind {@link #link}; a failure answers 404 (not visible, gone) or 500 and is logged. */
    public static DownloadHandler handler(String fileName, String contentType, Supplier<byte[]> content) {
        return handler(() -> fileName, contentType, content);
    }

    private static DownloadHandler handler(Supplier<String> name, String contentType, Supplier<byte[]> content) {
        return DownloadHandler.fromInputStream(event -> {
            String fileName = name.get();
            try {
                byte[] bytes = content.get();
                return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, contentType, bytes.length);
            } catch (RuntimeException e) {
                log.warn("Download {} failed: {}", fileName, e.toString());
                boolean notFound = e.getClass().getSimpleName().endsWith("NotFoundException");
                return DownloadResponse.error(notFound ? 404 : 500);
            }
        });
    }

    /** Writes a download's content straight to the response, so a large file never sits in memory whole. */
    @FunctionalInterface
    public interface ContentWriter {
        void write(OutputStream out) throws IOException;
    }

    /**
     * A link that streams {@code fileName}: the writer runs when the link is clicked, with the caller's
     * authentication, and writes to the response as it goes (a report or export over every client never sits in
     * memory). A failure part-way is logged and ends the download early.
     */
    public static Anchor streamingLink(String text, String fileName, String contentType, ContentWriter writer) {
        Anchor anchor = new Anchor(
                (DownloadHandler) event -> {
                    event.setFileName(fileName);
                    event.setContentType(contentType);
                    try (OutputStream out = event.getOutputStream()) {
                        writer.write(out);
                    } catch (RuntimeException e) {
                        log.warn("Download {} failed: {}", fileName, e.toString());
                        event.getResponse().setStatus(500);
                    }
                },
                text);
        anchor.getElement().setAttribute("download", fileName);
        return anchor;
    }
}
