package io.clientele.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

/** The defaults an installation gets without configuring anything, and a misconfiguration caught at start-up. */
class AttachmentSettingsTest {

    private static AttachmentSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("clientele.attachments", AttachmentSettings.class);
    }

    @Test
    void unconfigured_documents_go_under_data_with_a_10_mb_limit_and_common_office_types() {
        AttachmentSettings defaults = bind(Map.of());

        assertThat(defaults.folder().normalize()).isEqualTo(Path.of("data", "attachments"));
        assertThat(defaults.maxSize()).isEqualTo(DataSize.ofMegabytes(10));
        assertThat(defaults.allowedTypes())
                .contains("pdf", "docx", "xlsx", "odt", "png", "jpg", "txt")
                .doesNotContain("html", "exe", "zip");
    }

    @Test
    void the_limit_and_types_are_configurable() {
        AttachmentSettings settings = bind(
                Map.of("clientele.attachments.max-size", "25MB", "clientele.attachments.allowed-types", "pdf, PNG"));

        assertThat(settings.maxSize()).isEqualTo(DataSize.ofMegabytes(25));
        AttachmentService service = new AttachmentService(null, null, null, null, null, settings);
        assertThat(service.allowedExtensions()).containsExactly("pdf", "png");
    }

    @Test
    void a_type_the_server_cannot_verify_by_content_stops_the_start_up() {
        AttachmentSettings settings = bind(Map.of("clientele.attachments.allowed-types", "pdf,exe"));

        assertThatThrownBy(() -> new AttachmentService(null, null, null, null, null, settings))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("exe");
        assertThat(List.of(AttachmentType.values()))
                .extracting(AttachmentType::extension)
                .doesNotContain("exe");
    }
}
