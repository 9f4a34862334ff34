package io.clientele.attachment;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where client documents are kept and what is accepted.
 *
 * @param folder       the folder files are stored in (created when missing); relative to the working directory
 * @param maxSize      the largest file accepted
 * @param allowedTypes file extensions accepted, each one {@link AttachmentType} can verify by content
 */
@ConfigurationProperties("clientele.attachments")
public record AttachmentSettings(
        @DefaultValue("./data/attachments") Path folder,
        @DefaultValue("10MB") DataSize maxSize,

        @DefaultValue({"pdf", "docx", "xlsx", "odt", "ods", "png", "jpg", "jpeg", "txt", "csv"})
        List<String> allowedTypes) {}
