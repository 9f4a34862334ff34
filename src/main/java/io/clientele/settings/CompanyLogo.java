package io.clientele.settings;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.jspecify.annotations.Nullable;

/** The company logo as stored: a PNG or JPEG image, recognized by its content, never by a name the user chose. */
public record CompanyLogo(byte[] content, String contentType) {

    /** The largest logo accepted; a logo on a letterhead needs far less. */
    public static final int MAX_BYTES = 512 * 1024;
    /** The largest width or height accepted, in pixels. */
    public static final int MAX_PIXELS = 4000;

    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

    /** PNG or JPEG by the file's first bytes, or null for anything else. */
    static @Nullable String detectType(byte[] content) {
        if (startsWith(content, PNG_MAGIC)) {
            return PNG;
        }
        return startsWith(content, JPEG_MAGIC) ? JPEG : null;
    }

    /** The decoded image, or null if the content is not a readable image. */
    public @Nullable BufferedImage image() {
        return decode(content);
    }

    static @Nullable BufferedImage decode(byte[] content) {
        try {
            return ImageIO.read(new ByteArrayInputStream(content));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
