package io.clientele.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.base.domain.LogoImage;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.settings.CompanyLogoTest;
import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** A client's logo: the company logo's content checks, the caller's scope, the list's small copy. */
class ClientLogosTest extends SpringTest {

    @Autowired
    ClientLogos logos;

    @Autowired
    ClientService clients;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private static String refusal(Runnable upload) {
        try {
            upload.run();
            return "saved";
        } catch (RuleViolationException e) {
            return e.getMessageKey();
        }
    }

    @Test
    void a_png_or_jpeg_is_kept_with_a_small_copy_for_the_list_and_anything_else_is_refused_keeping_the_old_one()
            throws IOException {
        Client acme = testData.company("Acme Logos Ltd", "logos@acme.example");
        byte[] png = CompanyLogoTest.image("png", 400, 100);
        actAsAccount(TestData.STAFF);

        logos.save(acme.getId(), png);

        assertThat(logos.logo(acme.getId())).get().satisfies(l -> {
            assertThat(l.content()).isEqualTo(png);
            assertThat(l.contentType()).isEqualTo(LogoImage.PNG);
        });
        var thumbnail = LogoImage.decode(logos.thumbnail(acme.getId()).orElseThrow());
        assertThat(thumbnail).isNotNull();
        assertThat(List.of(thumbnail.getWidth(), thumbnail.getHeight())).containsExactly(64, 16);

        byte[] gif = CompanyLogoTest.image("gif", 10, 10);
        byte[] oversize = Arrays.copyOf(png, LogoImage.MAX_BYTES + 1);
        assertThat(List.of(gif, "<svg onload=alert(1)>".getBytes(), Arrays.copyOf(png, 40), oversize))
                .extracting(content -> refusal(() -> logos.save(acme.getId(), content)))
                .containsExactly("logo.type", "logo.type", "logo.unreadable", "logo.too-large");
        assertThat(logos.logo(acme.getId()))
                .get()
                .extracting(ClientLogos.Logo::content)
                .isEqualTo(png);

        logos.remove(acme.getId());
        assertThat(logos.logo(acme.getId())).isEmpty();
        assertThat(logos.thumbnail(acme.getId())).isEmpty();
    }

    @Test
    void the_client_list_marks_the_rows_with_a_logo_and_a_new_logo_gets_a_new_version() throws IOException {
        Client with = testData.company("Logo With GmbH", "with@logo.example");
        Client without = testData.company("Logo Without GmbH", "without@logo.example");
        actAsAccount(TestData.STAFF);
        var first = logos.save(with.getId(), CompanyLogoTest.image("png", 50, 50));

        List<ClientRow> rows = clients.list(ClientFilter.live("logo"), PageRequest.of(0, 25));

        assertThat(rows)
                .filteredOn(ClientRow::hasLogo)
                .extracting(ClientRow::id)
                .containsExactly(with.getId());
        assertThat(rows)
                .filteredOn(r -> r.id() == without.getId())
                .singleElement()
                .satisfies(r -> assertThat(r.logoVersion()).isNull());
        var second = logos.save(with.getId(), CompanyLogoTest.image("jpg", 50, 50));
        assertThat(second.version()).isGreaterThan(first.version());
        assertThat(clients.list(ClientFilter.live("logo"), PageRequest.of(0, 25)))
                .filteredOn(r -> r.id() == with.getId())
                .singleElement()
                .extracting(ClientRow::logoVersion)
                .isEqualTo(second.version());
    }

    @Test
    void restricted_staff_neither_see_nor_set_the_logo_of_a_client_they_do_not_see_and_managers_only_look()
            throws IOException {
        Client other = testData.company("Not Mine Logo AG", "notmine@logo.example");
        byte[] png = CompanyLogoTest.image("png", 20, 20);
        SystemAuthentication.run(() -> logos.save(other.getId(), png));
        testData.restrictStaff();
        actAsAccount(TestData.STAFF);

        // Read as "no logo": the same answer whether the client has one or does not exist.
        assertThat(logos.logo(other.getId())).isEmpty();
        assertThat(logos.thumbnail(other.getId())).isEmpty();
        assertThatThrownBy(() -> logos.save(other.getId(), png)).isInstanceOf(ClientNotFoundException.class);
        assertThatThrownBy(() -> logos.remove(other.getId())).isInstanceOf(ClientNotFoundException.class);

        actAsAccount(TestData.MANAGER);
        assertThat(logos.logo(other.getId())).isPresent();
        assertThatThrownBy(() -> logos.remove(other.getId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_client_deleted_for_good_takes_its_logo_with_it() throws IOException {
        Client gone = testData.company("Gone Logo SA", "gone@logo.example");
        byte[] png = CompanyLogoTest.image("png", 20, 20);
        SystemAuthentication.run(() -> logos.save(gone.getId(), png));
        testData.trash(gone);

        SystemAuthentication.run(() -> clients.deletePermanently(Set.of(gone.getId())));

        assertThat(jdbc.queryForObject(
                        "select count(*) from client_logos where client_id = ?", Long.class, gone.getId()))
                .isZero();
    }
}
