package io.clientele.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.billing.DocumentPdfService;
import io.clientele.billing.PdfLanguage;
import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import io.clientele.support.TestDocuments;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The company logo: only real PNG/JPEG images within the limits are kept, and client PDFs carry it. */
public class CompanyLogoTest extends SpringTest {

    @Autowired
    SettingsService settings;

    @Autowired
    DocumentPdfService pdfs;

    @Autowired
    TestDocuments documents;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    public static byte[] image(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(0x1a73e8));
        g.fillRect(0, 0, width / 2, height);
        g.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private static String refusal(byte[] content, SettingsService settings) {
        try {
            SystemAuthentication.run(() -> settings.saveLogo(content));
            return "saved";
        } catch (RuleViolationException e) {
            return e.getMessageKey();
        }
    }

    @Test
    void png_and_jpeg_are_kept_and_read_back_with_the_type_their_content_says() throws IOException {
        byte[] png = image("png", 300, 80);
        byte[] jpeg = image("jpg", 300, 80);

        assertThat(refusal(png, settings)).isEqualTo("saved");
        assertThat(settings.logo()).get().satisfies(logo -> {
            assertThat(logo.content()).isEqualTo(png);
            assertThat(logo.contentType()).isEqualTo("image/png");
            assertThat(logo.image().getWidth()).isEqualTo(300);
        });
        assertThat(refusal(jpeg, settings)).isEqualTo("saved");
        assertThat(settings.logo()).get().extracting(CompanyLogo::contentType).isEqualTo("image/jpeg");

        SystemAuthentication.run(settings::removeLogo);
        assertThat(settings.logo()).isEmpty();
    }

    @Test
    void anything_else_is_refused_with_its_reason_and_the_old_logo_stays() throws IOException {
        byte[] png = image("png", 120, 40);
        SystemAuthentication.run(() -> settings.saveLogo(png));

        byte[] text = "<svg onload=alert(1)>".getBytes();
        byte[] pngHeaderThenGarbage = Arrays.copyOf(png, 40);
        byte[] oversize = Arrays.copyOf(png, CompanyLogo.MAX_BYTES + 1);
        byte[] gif = image("gif", 10, 10);

        assertThat(List.of(text, gif, pngHeaderThenGarbage, oversize, image("png", 4001, 2)))
                .extracting(content -> refusal(content, settings))
                .containsExactly("logo.type", "logo.type", "logo.unreadable", "logo.too-large", "logo.dimensions");
        assertThat(settings.logo()).get().extracting(CompanyLogo::content).isEqualTo(png);
    }

    @Test
    void only_an_administrator_changes_the_logo() throws IOException {
        byte[] png = image("png", 120, 40);
        for (String role : List.of("STAFF", "MANAGER", "CLIENT")) {
            SecurityContextHolder.getContext()
                    .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                            TestData.STAFF, null, List.of(new SimpleGrantedAuthority("ROLE_" + role))));
            assertThatThrownBy(() -> settings.saveLogo(png)).as(role).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> settings.removeLogo()).as(role).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void client_pdfs_carry_the_logo_once_there_is_one() throws IOException {
        var client = testData.company("Logo Client", "logo@example.com");
        long invoice = documents.sentInvoice(client, "Work|1|100|0").getId();
        byte[] without = SystemAuthentication.call(() -> pdfs.invoicePdf(invoice, PdfLanguage.CLIENT));
        SystemAuthentication.run(() -> settings.saveLogo(imageUnchecked()));

        byte[] with = SystemAuthentication.call(() -> pdfs.invoicePdf(invoice, PdfLanguage.CLIENT));
        byte[] statement = SystemAuthentication.call(() -> pdfs.statementPdf(
                client.getId(), LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1), PdfLanguage.CLIENT));

        assertThat(images(without)).isZero();
        assertThat(images(with)).isEqualTo(1);
        assertThat(images(statement)).isEqualTo(1);
    }

    private static byte[] imageUnchecked() {
        try {
            return image("png", 300, 80);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int images(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            int count = 0;
            var resources = document.getPage(0).getResources();
            for (var name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject) {
                    count++;
                }
            }
            return count;
        }
    }
}
