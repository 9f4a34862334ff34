package io.clientele.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.client.Client;
import io.clientele.client.ClientFilter;
import io.clientele.client.ClientTag;
import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Tags leave in the client-book export and come back through the import, creating the tags that are missing. */
class ClientTagsImportTest extends SpringTest {

    @Autowired
    ClientBookExportService export;

    @Autowired
    ClientImportService imports;

    @Autowired
    JdbcTemplate jdbc;

    private void seed() {
        Client a = testData.reload(testData.company("Tagged Export GmbH", "tagged@export.example"));
        a.getTags().add(new ClientTag("VIP"));
        a.getTags().add(new ClientTag("Newsletter"));
        testData.save(a);
        testData.company("Untagged Export AG", "untagged@export.example");
    }

    private List<String> tagsOfClients() {
        return jdbc.queryForList(
                "select concat(c.email, ':', t.name) from client_tag_members m join clients c on c.id = m.client_id"
                        + " join client_tags t on t.id = m.tag_id order by 1",
                String.class);
    }

    private byte[] exported(boolean xlsx, Locale locale) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        actAsAccount(TestData.ADMIN);
        var bundle = ResourceBundle.getBundle("vaadin-i18n.translations", locale);
        if (xlsx) {
            export.writeXlsx(ClientFilter.live(null), bundle::getString, out);
        } else {
            export.writeZip(ClientFilter.live(null), bundle::getString, out);
        }
        return out.toByteArray();
    }

    private ImportPlan importBack(ImportFile file) {
        actAsAccount(TestData.STAFF);
        return imports.importAll(
                file,
                ClientImportServiceTest.guessed(file.clients()),
                ImportOptions.standard().withDuplicates(ImportOptions.DuplicateMode.UPDATE),
                Locale.ENGLISH,
                n -> {},
                () -> false);
    }

    private void emptyTheBook() {
        jdbc.update("delete from client_history");
        jdbc.update("delete from clients");
        // The tags go too: the import must create them again.
        jdbc.update("delete from client_tags");
    }

    @Test
    void the_xlsx_and_zip_exports_read_back_with_their_tags_creating_the_missing_tags() throws Exception {
        seed();
        List<String> before = tagsOfClients();
        assertThat(before).containsExactly("tagged@export.example:Newsletter", "tagged@export.example:VIP");
        for (boolean xlsx : List.of(true, false)) {
            byte[] file = exported(xlsx, xlsx ? Locale.GERMAN : Locale.FRENCH);
            emptyTheBook();

            ImportPlan done = importBack(ImportFiles.read(xlsx ? "clients.xlsx" : "clients.zip", file));

            assertThat(done.errors()).isEmpty();
            assertThat(done.created()).isEqualTo(2);
            assertThat(tagsOfClients()).isEqualTo(before);
        }
    }

    @Test
    void a_tags_column_adds_to_a_stored_clients_tags_and_a_bad_name_is_reported_on_its_line() {
        seed();
        String csv = "Name,Email,Tags\n"
                + "Tagged Export GmbH,tagged@export.example,\"vip, Gold\"\n"
                + "Fresh Tags Ltd,fresh@tags.example,\"Gold,  Key account \"\n"
                + "Too Long Ltd,long@tags.example," + "x".repeat(ClientTag.NAME_MAX + 1) + "\n";

        ImportPlan done = importBack(new ImportFile(CsvParser.parse(csv), null));

        assertThat(done.errors()).singleElement().satisfies(issue -> {
            assertThat(issue.line()).isEqualTo(4);
            assertThat(issue.key()).isEqualTo("tag.name.too-long");
        });
    }

    @Test
    void a_tags_column_is_recognised_by_its_header_and_creates_new_tags() {
        seed();
        String csv = "Name,Email,Tags\n"
                + "Tagged Export GmbH,tagged@export.example,\"vip, Gold\"\n"
                + "Fresh Tags Ltd,fresh@tags.example,\"Gold,  Key account \"\n";

        ImportPlan done = importBack(new ImportFile(CsvParser.parse(csv), null));

        assertThat(done.errors()).isEmpty();
        assertThat(tagsOfClients())
                .containsExactly(
                        "fresh@tags.example:Gold",
                        "fresh@tags.example:Key account",
                        "tagged@export.example:Gold",
                        "tagged@export.example:Newsletter",
                        "tagged@export.example:VIP");
        assertThat(jdbc.queryForObject("select count(*) from client_tags", Long.class))
                .isEqualTo(4);
    }
}
