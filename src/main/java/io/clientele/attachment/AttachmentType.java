package io.clientele.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The kinds of document the server can recognise by their content, not only by the name the user gave them: a
 * program renamed to {@code contract.pdf} does not start like a PDF and is refused.
 */
public enum AttachmentType {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "ods"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    TXT("text/plain", "txt"),
    CSV("text/csv", "csv");

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final String mimeType;
    private final String[] extensions;

    AttachmentType(String mimeType, String... extensions) {
        this.mimeType = mimeType;
        this.extensions = extensions;
    }

    public String mimeType() {
        return mimeType;
    }

    /** The extension stored files of this type get. */
    public String extension() {
        return extensions[0];
    }

    /** The type a file extension (without the dot, any case) names, if any. */
    public static Optional<AttachmentType> forExtension(String extension) {
        String ext = extension.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(t -> Arrays.asList(t.extensions).contains(ext))
                .findFirst();
    }

    /** Whether the file's content really is of this type (magic bytes, container structure, text encoding). */
    boolean matches(Path file) throws IOException {
        return switch (this) {
            case PDF -> startsWith(file, PDF_MAGIC);
            case PNG -> startsWith(file, PNG_MAGIC);
            case JPEG -> startsWith(file, JPEG_MAGIC);
            case DOCX -> startsWith(file, ZIP_MAGIC) && hasEntries(file, "[Content_Types].xml", "word/document.xml");
            case XLSX -> startsWith(file, ZIP_MAGIC) && hasEntries(file, "[Content_Types].xml", "xl/workbook.xml");
            case ODT, ODS ->
                startsWith(file, ZIP_MAGIC) && openDocumentMimeType(file).equals(mimeType);
            case TXT, CSV -> isText(file);
        };
    }

    private static boolean startsWith(Path file, byte[] magic) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(magic.length), magic);
        }
    }

    private static boolean hasEntries(Path file, String... names) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return Arrays.stream(names).allMatch(n -> zip.getEntry(n) != null);
        } catch (IOException e) {
            return false;
        }
    }

    /** An OpenDocument file names its type in a first, uncompressed entry called "mimetype". */
    private static String openDocumentMimeType(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry("mimetype");
            if (entry == null) {
                return "";
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return new String(in.readNBytes(100), StandardCharsets.US_ASCII).strip();
            }
        } catch (IOException e) {
            return "";
        }
    }

    /** UTF-8 (or plain ASCII) without NUL or other control characters than tab, line breaks and form feed. */
    private static boolean isText(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        for (byte b : bytes) {
            if ((b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
