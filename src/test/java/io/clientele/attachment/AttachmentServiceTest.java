package io.clientele.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.base.domain.RuleViolationException;
import io.clientele.client.Client;
import io.clientele.client.ClientNotFoundException;
import io.clientele.client.ClientService;
import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Uploads are checked on the server: size, allow-list, content; names never reach the file system. */
class AttachmentServiceTest extends SpringTest {

    @Autowired
    AttachmentService attachments;

    @Autowired
    AttachmentStorage storage;

    @Autowired
    ClientService clients;

    @Autowired
    JdbcTemplate jdbc;

    private Client client;

    @BeforeEach
    void setUp() {
        client = testData.company("Acme GmbH", "acme@example.com");
    }

    private ClientAttachment upload(String name, byte[] content) {
        return attachments.upload(client.getId(), name, new ByteArrayInputStream(content));
    }

    private List<Path> filesInFolder() throws IOException {
        if (!Files.exists(storage.root())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(storage.root())) {
            return files.toList();
        }
    }

    private static String key(Throwable e) {
        return ((RuleViolationException) e).getMessageKey();
    }

    @Test
    void a_pdf_is_stored_under_a_generated_name_and_downloads_as_uploaded() {
        actAsAccount(TestData.STAFF);

        ClientAttachment stored = upload("Rahmenvertrag 2026.pdf", TestFiles.pdf());

        assertThat(stored.getStoredName()).matches("[0-9a-f]{32}\\.pdf").doesNotContain("Rahmenvertrag");
        assertThat(stored.getOriginalName()).isEqualTo("Rahmenvertrag 2026.pdf");
        assertThat(stored.getContentType()).isEqualTo("application/pdf");
        assertThat(storage.resolve(stored.getStoredName())).exists().hasParent(storage.root());
        AttachmentFile file = attachments.download(stored.getId());
        assertThat(file.content()).isEqualTo(TestFiles.pdf());
        assertThat(file.fileName()).isEqualTo("Rahmenvertrag 2026.pdf");
        assertThat(attachments.page(client.getId(), PageRequest.of(0, 10)))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.name()).isEqualTo("Rahmenvertrag 2026.pdf");
                    assertThat(row.size()).isEqualTo(TestFiles.pdf().length);
                    assertThat(row.uploadedBy()).isEqualTo("Sam Staff");
                });
    }

    @Test
    void every_kind_on_the_allow_list_is_accepted_when_its_content_matches() {
        actAsAccount(TestData.STAFF);
        upload("scan.png", TestFiles.png());
        upload("photo.JPG", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10});
        upload("contract.docx", TestFiles.docx());
        upload("contract.odt", TestFiles.odt());
        upload("notes.txt", TestFiles.text("Grüße, line 1\r\nline 2\t."));
        upload("prices.csv", TestFiles.text("a;b\n1;2\n"));

        assertThat(attachments.count(client.getId())).isEqualTo(6);
        assertThat(attachments.page(client.getId(), PageRequest.of(0, 10)))
                .extracting(AttachmentRow::contentType)
                .contains(
                        "image/png", "image/jpeg", "text/plain", "text/csv", "application/vnd.oasis.opendocument.text");
    }

    @Test
    void a_file_over_the_limit_is_refused_and_leaves_nothing_behind() throws IOException {
        actAsAccount(TestData.STAFF);
        long limit = attachments.maxSize().toBytes();
        List<Path> before = filesInFolder();

        assertThatThrownBy(() -> upload("big.pdf", TestFiles.pdfOfSize((int) limit + 1)))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(key(e)).isEqualTo("client.documents.too-large"));

        assertThat(filesInFolder()).containsExactlyInAnyOrderElementsOf(before);
        assertThat(attachments.count(client.getId())).isZero();
        // Exactly at the limit is fine.
        assertThat(upload("limit.pdf", TestFiles.pdfOfSize((int) limit)).getSize())
                .isEqualTo(limit);
    }

    @Test
    void the_limit_stops_reading_instead_of_storing_an_endless_upload() {
        actAsAccount(TestData.STAFF);
        long limit = attachments.maxSize().toBytes();
        // A stream that never ends: the service must stop at the limit, not wait for the end.
        InputStream endless = new InputStream() {
            long served;

            @Override
            public int read() {
                served++;
                return served <= 5 ? "%PDF-".charAt((int) served - 1) : ' ';
            }
        };

        assertThatThrownBy(() -> attachments.upload(client.getId(), "endless.pdf", endless))
                .satisfies(e -> assertThat(key(e)).isEqualTo("client.documents.too-large"));
        assertThat(limit).isLessThan(Long.MAX_VALUE);
    }

    @Test
    void types_outside_the_allow_list_are_refused_by_extension() {
        actAsAccount(TestData.STAFF);
        for (String name :
                List.of("setup.exe", "page.html", "archive.zip", "noextension", "trailingdot.", "macro.docm")) {
            assertThatThrownBy(() -> upload(name, TestFiles.pdf()))
                    .as(name)
                    .satisfies(e -> assertThat(key(e)).isEqualTo("client.documents.type-refused"));
        }
        assertThat(attachments.count(client.getId())).isZero();
    }

    @Test
    void a_file_renamed_to_an_allowed_type_is_refused_by_its_content() throws IOException {
        actAsAccount(TestData.STAFF);
        List<Path> before = filesInFolder();
        record Renamed(String name, byte[] content) {}
        for (Renamed r : List.of(
                new Renamed("contract.pdf", TestFiles.exe()),
                new Renamed("notes.txt", TestFiles.exe()),
                new Renamed("scan.png", TestFiles.pdf()),
                new Renamed("photo.jpg", TestFiles.png()),
                new Renamed("contract.docx", TestFiles.plainZip()),
                new Renamed("contract.docx", TestFiles.odt()),
                new Renamed("contract.odt", TestFiles.docx()),
                new Renamed("sheet.xlsx", TestFiles.docx()),
                new Renamed("latin1.txt", new byte[] {'G', 'r', (byte) 0xFC, 'n'}))) {
            assertThatThrownBy(() -> upload(r.name(), r.content()))
                    .as(r.name())
                    .satisfies(e -> assertThat(key(e)).isEqualTo("client.documents.content-mismatch"));
        }
        assertThatThrownBy(() -> upload("empty.pdf", new byte[0]))
                .satisfies(e -> assertThat(key(e)).isEqualTo("client.documents.empty-file"));
        assertThat(filesInFolder()).containsExactlyInAnyOrderElementsOf(before);
        assertThat(attachments.count(client.getId())).isZero();
    }

    @Test
    void hostile_names_never_escape_the_folder_and_are_kept_only_as_metadata() throws IOException {
        actAsAccount(TestData.STAFF);
        Path outside = storage.root().getParent();
        String longName = "a".repeat(5000) + ".txt";
        for (String name : List.of(
                "../../etc/passwd.txt",
                "..\\..\\x.txt",
                "/etc/passwd.txt",
                "C:\\Windows\\system32\\evil.txt",
                "evil\u0000.txt",
                "line\r\nbreak.txt",
                "../.txt",
                longName,
                "%2e%2e%2fup.txt",
                "…/…/x.txt")) {
            ClientAttachment a = upload(name, TestFiles.text("hello"));

            assertThat(a.getStoredName()).as(name).matches("[0-9a-f]{32}\\.txt");
            assertThat(storage.resolve(a.getStoredName()).getParent()).isEqualTo(storage.root());
            assertThat(a.getOriginalName())
                    .as(name)
                    .doesNotContain("/", "\\", "\u0000", "\r", "\n")
                    .hasSizeLessThanOrEqualTo(ClientAttachment.NAME_MAX)
                    .endsWith(".txt");
        }
        assertThat(jdbc.queryForList("select original_name from client_attachments", String.class))
                .contains("passwd.txt", "x.txt", "evil.txt", "linebreak.txt", ".txt");
        assertThat(outside.resolve("etc")).doesNotExist();
        assertThat(outside.resolve("x.txt")).doesNotExist();
        // NUL and a path with no extension after cleaning are refused before anything is written.
        assertThatThrownBy(() -> upload("../../etc/passwd", TestFiles.text("root:x:0:0")))
                .satisfies(e -> assertThat(key(e)).isEqualTo("client.documents.type-refused"));
        assertThatThrownBy(() -> upload("evil.txt\u0000.exe", TestFiles.text("x")))
                .satisfies(e -> assertThat(key(e)).isEqualTo("client.documents.type-refused"));
    }

    @Test
    void the_storage_resolves_only_generated_names_inside_its_folder() {
        for (String name : List.of(
                "../x.pdf",
                "..",
                "/etc/passwd",
                "a/b.pdf",
                "..\\x.pdf",
                "0123456789abcdef0123456789abcdef.pdf/../../x",
                "0123456789ABCDEF0123456789ABCDEF.pdf",
                "",
                "0123456789abcdef0123456789abcdef.pdf\u0000")) {
            assertThatThrownBy(() -> storage.resolve(name)).as(name).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(storage.resolve("0123456789abcdef0123456789abcdef.pdf").getParent())
                .isEqualTo(storage.root());
    }

    @Test
    void a_download_name_cannot_break_the_content_disposition_header() {
        assertThat(AttachmentNames.downloadName("a\"; filename=evil.exe")).isEqualTo("a__ filename=evil.exe");
        assertThat(AttachmentNames.downloadName("x\r\nSet-Cookie: y.pdf")).doesNotContain("\r", "\n");
        assertThat(AttachmentNames.downloadName("Übersicht 2026.pdf")).isEqualTo("Übersicht 2026.pdf");
    }

    @Test
    void a_staff_member_who_cannot_see_the_client_can_neither_list_nor_download_nor_change_its_documents() {
        actAsAccount(TestData.STAFF);
        long id = upload("contract.pdf", TestFiles.pdf()).getId();
        testData.restrictStaff();

        assertThatThrownBy(() -> attachments.page(client.getId(), PageRequest.of(0, 10)))
                .isInstanceOf(ClientNotFoundException.class);
        assertThatThrownBy(() -> attachments.count(client.getId())).isInstanceOf(ClientNotFoundException.class);
        assertThatThrownBy(() -> attachments.download(id)).isInstanceOf(AttachmentNotFoundException.class);
        assertThatThrownBy(() -> attachments.delete(id)).isInstanceOf(AttachmentNotFoundException.class);
        assertThatThrownBy(() -> upload("more.pdf", TestFiles.pdf())).isInstanceOf(ClientNotFoundException.class);
        assertThat(jdbc.queryForObject("select count(*) from client_attachments", Long.class))
                .isEqualTo(1);
    }

    @Test
    void a_manager_reads_and_downloads_but_does_not_upload_or_delete() {
        actAsAccount(TestData.STAFF);
        long id = upload("contract.pdf", TestFiles.pdf()).getId();
        actAsAccount(TestData.MANAGER);

        assertThat(attachments.download(id).content()).isEqualTo(TestFiles.pdf());
        assertThatThrownBy(() -> upload("more.pdf", TestFiles.pdf())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> attachments.delete(id)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void deleting_a_document_removes_its_row_and_its_file() {
        actAsAccount(TestData.STAFF);
        ClientAttachment a = upload("contract.pdf", TestFiles.pdf());
        Path file = storage.resolve(a.getStoredName());

        attachments.delete(a.getId());

        assertThat(file).doesNotExist();
        assertThat(attachments.count(client.getId())).isZero();
        assertThatThrownBy(() -> attachments.download(a.getId())).isInstanceOf(AttachmentNotFoundException.class);
    }

    @Test
    void trashing_a_client_keeps_its_documents_and_deleting_it_for_good_removes_their_files() {
        actAsAccount(TestData.STAFF);
        Path file = storage.resolve(upload("contract.pdf", TestFiles.pdf()).getStoredName());
        actAsAccount(TestData.ADMIN);
        clients.trash(List.of(client.getId()));
        assertThat(file).exists();
        clients.restore(List.of(client.getId()));
        assertThat(attachments.count(client.getId())).isEqualTo(1);
        clients.trash(List.of(client.getId()));

        assertThat(clients.dependents(List.of(client.getId()))).containsEntry("client.delete.with.documents", 1L);
        clients.deletePermanently(List.of(client.getId()));

        assertThat(file).doesNotExist();
        assertThat(jdbc.queryForObject("select count(*) from client_attachments", Long.class))
                .isZero();
    }
}
