package io.clientele.attachment;

import java.util.Locale;

/** What is kept of the name a user uploaded: a display name, never a path. */
final class AttachmentNames {

    static final String FALLBACK = "document";

    private AttachmentNames() {}

    /**
     * The last path segment (for either separator), without control characters or NUL, trimmed, and shortened to
     * {@link ClientAttachment#NAME_MAX} keeping the extension. Names made only of dots become {@link #FALLBACK}.
     */
    static String displayName(String uploaded) {
        String name = uploaded.replaceAll("\\p{Cntrl}", "");
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1).strip();
        if (name.replace(".", "").isBlank()) {
            return FALLBACK;
        }
        if (name.length() > ClientAttachment.NAME_MAX) {
            String ext = extension(name).length() > 16 ? "" : extension(name);
            int keep = ClientAttachment.NAME_MAX - (ext.isEmpty() ? 0 : ext.length() + 1);
            name = name.substring(0, keep) + (ext.isEmpty() ? "" : "." + ext);
        }
        return name;
    }

    /** The extension, lower case, without the dot; empty when there is none. */
    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 || dot == name.length() - 1
                ? ""
                : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The name for a download header: characters that could break or bend the header become underscores. */
    static String downloadName(String displayName) {
        String safe = displayName.replaceAll("[\\p{Cntrl}\"\\\\/:*?<>|;]", "_");
        return safe.isBlank() ? FALLBACK : safe;
    }
}
