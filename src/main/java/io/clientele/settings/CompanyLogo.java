package io.clientele.settings;

import io.clientele.base.domain.LogoImage;
import java.awt.image.BufferedImage;
import org.jspecify.annotations.Nullable;

/** The company logo as stored: a PNG or JPEG image checked by {@link LogoImage}. */
public record CompanyLogo(byte[] content, String contentType) {

    public static final int MAX_BYTES = LogoImage.MAX_BYTES;
    public static final String PNG = LogoImage.PNG;
    public static final String JPEG = LogoImage.JPEG;

    /** The decoded image, or null if the content is not a readable image. */
    public @Nullable BufferedImage image() {
        return LogoImage.decode(content);
    }
}
