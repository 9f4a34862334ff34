package io.clientele.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.util.function.Consumer;
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

    private Downloads() {
    }

    /** A link with {@code text} that downloads {@code fileName} with the bytes {@code content} returns. */
    public static Anchor link(String text, String fileName, String contentType, Supplier<byte[]> content) {
        Anchor anchor = new Anchor(handler(fileName, contentType, content), text);
        anchor.getElement().setAttribute("download", fileName);
        return anchor;
    }

    /**
     * A link with {@code text} that downloads {@code fileName} as {@code writer} writes it: for files too large to
     * hold in memory (a report over every client). A failure part-way is logged and ends the download early.
     */
    public static Anchor streamed(String text, String fileName, String contentType, Consumer<OutputStream> writer) {
        DownloadHandler handler = event -> {
            event.setFileName(fileName);
            event.setContentType(contentType);
            try (OutputStream out = event.getOutputStream()) {
                writer.accept(out);
            } catch (RuntimeException e) {
                log.warn("Download {} failed: {}", fileName, e.toString());
                event.getResponse().setStatus(500);
            }
        };
        Anchor anchor = new Anchor(handler, text);
        anchor.getElement().setAttribute("download", fileName);
        return anchor;
    }

    /** The handler behind {@link #link}; a failure answers 404 (not visible, gone) or 500 and is logged. */
    public static DownloadHandler handler(String fileName, String contentType, Supplier<byte[]> content) {
        return DownloadHandler.fromInputStream(event -> {
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
}
