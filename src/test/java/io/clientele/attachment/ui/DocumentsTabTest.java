package io.clientele.attachment.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.tabs.TabSheet;
import io.clientele.attachment.AttachmentService;
import io.clientele.attachment.TestFiles;
import io.clientele.client.Client;
import io.clientele.client.ui.ClientOverviewView;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Documents tab. Karibu cannot post a multipart upload, so the tests hand the file to what the upload handler
 * runs ({@link DocumentsTab#receive}), as the browser's upload would.
 */
class DocumentsTabTest extends KaribuTest {

    @Autowired
    AttachmentService attachments;

    private Client client;

    @BeforeEach
    void setUp() {
        client = testData.company("Acme GmbH", "acme@example.com");
    }

    private DocumentsTab open(String user) {
        login(user);
        navigate("clients/" + client.getId(), ClientOverviewView.class);
        TabSheet tabs = _get(TabSheet.class, spec -> spec.withId("overview-sections"));
        for (int i = 0; i < 20; i++) {
            if (tabs.getTabAt(i).getId().orElse("").equals("tab-documents")) {
                tabs.setSelectedIndex(i);
                return _get(DocumentsTab.class);
            }
        }
        throw new AssertionError("no documents tab");
    }

    @Test
    void an_uploaded_pdf_is_listed_as_a_download_under_its_own_name() {
        DocumentsTab tab = open(TestData.STAFF);
        assertThat(tab.upload.isVisible()).isTrue();
        assertThat(tab.hint.getText()).contains("PDF", "DOCX", "1 MB");

        tab.receive("Rahmenvertrag.pdf", new ByteArrayInputStream(TestFiles.pdf()));

        assertThat(notificationTexts()).contains(t("client.documents.uploaded", "Rahmenvertrag.pdf"));
        assertThat(GridKt._size(tab.grid)).isEqualTo(1);
        Anchor link = cell(tab.grid, 0, "name", Anchor.class);
        assertThat(link.getText()).isEqualTo("Rahmenvertrag.pdf");
        assertThat(link.getElement().getAttribute("download")).isEqualTo("Rahmenvertrag.pdf");
        assertThat(link.getHref()).isNotBlank();
    }

    @Test
    void an_oversize_or_disguised_file_is_refused_with_the_reason_and_nothing_is_listed() {
        DocumentsTab tab = open(TestData.STAFF);
        int limit = (int) attachments.maxSize().toBytes();

        tab.receive("big.pdf", new ByteArrayInputStream(TestFiles.pdfOfSize(limit + 1)));
        tab.receive("contract.pdf", new ByteArrayInputStream(TestFiles.exe()));
        tab.receive("tool.exe", new ByteArrayInputStream(TestFiles.exe()));

        assertThat(notificationTexts())
                .contains(
                        t("client.documents.too-large", "big.pdf", "1 MB"),
                        t("client.documents.content-mismatch", "contract.pdf", "pdf"));
        assertThat(notificationTexts()).anyMatch(n -> n.contains("tool.exe") && n.contains("pdf, docx"));
        assertThat(GridKt._size(tab.grid)).isZero();
    }

    @Test
    void a_document_is_deleted_after_confirming() {
        DocumentsTab tab = open(TestData.STAFF);
        tab.receive("a.txt", new ByteArrayInputStream(TestFiles.text("hello")));

        _click(cell(tab.grid, 0, "delete", Button.class));
        confirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-document-delete")));

        assertThat(GridKt._size(tab.grid)).isZero();
    }

    @Test
    void a_manager_downloads_but_cannot_upload_or_delete() {
        login(TestData.STAFF);
        attachments.upload(client.getId(), "a.pdf", new ByteArrayInputStream(TestFiles.pdf()));

        DocumentsTab tab = open(TestData.MANAGER);

        assertThat(tab.upload.isVisible()).isFalse();
        assertThat(tab.grid.getColumnByKey("delete")).isNull();
        assertThat(cell(tab.grid, 0, "name", Anchor.class).getText()).isEqualTo("a.pdf");
    }
}
