package io.clientele.base.domain;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.jspecify.annotations.Nullable;

/**
 * The one content check for uploaded logos (the company's, a client's): a PNG or JPEG recognized by its first bytes,
 * never by a name the user chose, that decodes, within a byte and a pixel limit. A refusal names the rule with a
 * {@code logo.*} message key.
 */
public final class LogoImage {

    /** The largest logo accepted; a logo on a letterhead or an avatar needs far less. */
    public static final int MAX_BYTES = 512 * 1024;
    /** The largest width or height accepted, in pixels. */
    public static final int MAX_PIXELS = 4000;

    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

    private LogoImage() {}

    /**
     * The content type of an acceptable logo.
     *
     * @throws RuleViolationException {@code logo.too-large}, {@code logo.type}, {@code logo.unreadable} or
     *     {@code logo.dimensions}
     */
    public static String check(byte[] content) {
        if (content.length > MAX_BYTES) {
            throw new RuleViolationException("logo.too-large", MAX_BYTES / 1024);
        }
        String type = detectType(content);
        if (type == null) {
            throw new RuleViolationException("logo.type");
        }
        BufferedImage image = decode(content);
        if (image == null) {
            throw new RuleViolationException("logo.unreadable");
        }
        if (image.getWidth() > MAX_PIXELS || image.getHeight() > MAX_PIXELS) {
            throw new RuleViolationException("logo.dimensions", MAX_PIXELS);
        }
        return type;
    }

    /** PNG or JPEG by the file's first bytes, or null for anything else. */
    public static @Nullable String detectType(byte[] content) {
        if (startsWith(content, PNG_MAGIC)) {
            return PNG;
        }
        return startsWith(content, JPEG_MAGIC) ? JPEG : null;
    }

    /** The decoded image, or null if the content is not a readable image. */
    public static @Nullable BufferedImage decode(byte[] content) {
        try {
            return ImageIO.read(new ByteArrayInputStream(content));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * A PNG of a checked logo scaled to fit a square of {@code size} pixels (never enlarged), transparency kept: what
     * a list shows next to a name, a few kilobytes instead of the upload.
     */
    public static byte[] thumbnail(byte[] checkedContent, int size) {
        BufferedImage image = decode(checkedContent);
        if (image == null) {
            throw new RuleViolationException("logo.unreadable");
        }
        double scale = Math.min(1.0, (double) size / Math.max(image.getWidth(), image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        var g = small.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(small, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
