package io.clientele.attachment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small files of each kind, built in memory, with the bytes that real ones start with. */
public final class TestFiles {

    private TestFiles() {}

    public static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    }

    /** The start of a Windows program: what a renamed executable looks like. */
    public static byte[] exe() {
        byte[] b = new byte[256];
        b[0] = 'M';
        b[1] = 'Z';
        b[60] = (byte) 0x80;
        return b;
    }

    public static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] docx() {
        return zip(Map.of("[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>"));
    }

    public static byte[] odt() {
        return zip(Map.of("mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<office/>"));
    }

    /** A zip that is no office document: accepted by neither docx nor odt. */
    public static byte[] plainZip() {
        return zip(Map.of("readme.txt", "hello"));
    }

    /** A PDF of exactly {@code size} bytes. */
    public static byte[] pdfOfSize(int size) {
        byte[] b = new byte[size];
        byte[] head = pdf();
        System.arraycopy(head, 0, b, 0, head.length);
        Arrays.fill(b, head.length, size, (byte) ' ');
        return b;
    }

    private static byte[] zip(Map<String, String> entries) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                for (var e : new TreeMap<>(entries).descendingMap().entrySet()) {
                    zip.putNextEntry(new ZipEntry(e.getKey()));
                    zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
