package io.clientele.imports.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.UploadHandler;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.security.Roles;
import io.clientele.base.ui.Notifications;
import io.clientele.base.ui.UploadTexts;
import io.clientele.base.ui.ViewHeader;
import io.clientele.client.ui.ClientListView;
import io.clientele.imports.ClientImportService;
import io.clientele.imports.CsvParser;
import io.clientele.imports.CsvTable;
import io.clientele.imports.ImportField;
import io.clientele.imports.ImportPlan;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * Client import from CSV: upload, map each column to a client or contact field (guessed from the header), preview,
 * check every row (a dry run), then import in the background with a progress bar: all rows or none.
 */
@Route("clients/import")
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
public class ClientImportView extends VerticalLayout implements HasDynamicTitle {

    static final int MAX_FILE_BYTES = 5 * 1024 * 1024;
    static final int PREVIEW_ROWS = 5;
    static final int REPORT_LINES = 200;

    final Upload upload;
    final Span fileName = new Span();
    final FormLayout mapping = new FormLayout();
    final List<ComboBox<ImportField>> columnFields = new ArrayList<>();
    final Grid<CsvTable.Record> preview = new Grid<>();
    final Button check = new Button();
    final Button runImport = new Button();
    final Span summary = new Span();
    final Pre report = new Pre();
    final ProgressBar progress = new ProgressBar();
    final VerticalLayout steps = new VerticalLayout();

    /** The background import while it runs, completed once its result is queued for the UI. */
    @Nullable
    CompletableFuture<Void> running;

    private final ClientImportService imports;
    private @Nullable CsvTable table;

    public ClientImportView(ClientImportService imports) {
        this.imports = imports;
        addClassName("client-import-view");
        upload = new Upload(UploadHandler.inMemory((meta, bytes) ->
                getUI().ifPresent(ui -> ui.access(() -> load(meta.fileName(), bytes)))));
        upload.setId("import-upload");
        UploadTexts.translate(upload);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.addFileRejectedListener(
                e -> Notifications.error(getTranslation("client.import.rejected", MAX_FILE_BYTES / 1024 / 1024)));
        fileName.setId("import-file-name");

        mapping.setId("import-mapping");
        mapping.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        preview.setId("import-preview");
        preview.setAllRowsVisible(true);
        check.setId("import-check");
        check.setText(getTranslation("client.import.check"));
        check.setIcon(VaadinIcon.CHECK_SQUARE_O.create());
        check.addClickListener(e -> check());
        runImport.setId("import-run");
        runImport.setText(getTranslation("client.import.run"));
        runImport.setIcon(VaadinIcon.UPLOAD.create());
        runImport.addThemeVariants(ButtonVariant.PRIMARY);
        runImport.addClickListener(e -> startImport());
        summary.setId("import-summary");
        report.setId("import-report");
        progress.setId("import-progress");
        progress.setVisible(false);

        steps.setPadding(false);
        steps.setVisible(false);
        steps.add(
                new H3(getTranslation("client.import.mapping")),
                mapping,
                new H3(getTranslation("client.import.preview")),
                preview,
                new HorizontalLayout(check, runImport),
                progress,
                summary,
                report);
        RouterLink back = new RouterLink(getTranslation("client.import.back"), ClientListView.class);
        add(
                new ViewHeader(getTranslation("client.import.title"), back),
                new Paragraph(getTranslation("client.import.intro")),
                upload,
                fileName,
                steps);
    }

    /** Reads an uploaded file and shows its columns with a guessed field each, and the first rows. */
    void load(String name, byte[] bytes) {
        try {
            table = CsvParser.parse(bytes);
        } catch (RuleViolationException e) {
            table = null;
            steps.setVisible(false);
            Notifications.error(getTranslation(e.getMessageKey(), e.getArguments()));
            return;
        }
        CsvTable t = table;
        fileName.setText(getTranslation("client.import.file", name, t.records().size()));
        mapping.removeAll();
        columnFields.clear();
        preview.removeAllColumns();
        java.util.Set<ImportField> guessed = java.util.EnumSet.noneOf(ImportField.class);
        for (int i = 0; i < t.headers().size(); i++) {
            String header = t.headers().get(i);
            ComboBox<ImportField> field = new ComboBox<>(header.isBlank() ? "#" + (i + 1) : header);
            field.setId("map-" + i);
            field.setItems(ImportField.values());
            field.setItemLabelGenerator(f -> getTranslation(f.labelKey()));
            field.setPlaceholder(getTranslation("client.import.ignore"));
            field.setClearButtonVisible(true);
            ImportField.guess(header).filter(guessed::add).ifPresent(field::setValue);
            field.addValueChangeListener(e -> clearReport());
            columnFields.add(field);
            mapping.add(field);
            int column = i;
            preview.addColumn(r -> r.cell(column))
                    .setHeader(header)
                    .setAutoWidth(true)
                    .setKey("c" + i);
        }
        preview.setItems(
                t.records().subList(0, Math.min(PREVIEW_ROWS, t.records().size())));
        clearReport();
        steps.setVisible(true);
    }

    private Map<Integer, ImportField> currentMapping() {
        Map<Integer, ImportField> map = new LinkedHashMap<>();
        for (int i = 0; i < columnFields.size(); i++) {
            ImportField f = columnFields.get(i).getValue();
            if (f != null) {
                map.put(i, f);
            }
        }
        return map;
    }

    private @Nullable ImportPlan check() {
        if (table == null) {
            return null;
        }
        ImportPlan plan = imports.check(table, currentMapping(), getLocale());
        show(plan);
        return plan;
    }

    private void startImport() {
        ImportPlan plan = check();
        if (plan == null) {
            return;
        }
        if (!plan.canImport()) {
            Notifications.error(
                    plan.errors().isEmpty()
                            ? getTranslation("client.import.nothing")
                            : getTranslation(
                                    "client.import.refused", plan.errors().size()));
            return;
        }
        CsvTable t = java.util.Objects.requireNonNull(table);
        Map<Integer, ImportField> map = currentMapping();
        Locale locale = getLocale();
        UI ui = UI.getCurrent();
        int total = plan.toImport();
        setRunning(true);
        progress.setMin(0);
        progress.setMax(total);
        progress.setValue(0);
        // No server push in this app: the browser polls while the import runs.
        ui.setPollInterval(500);
        CompletableFuture<ImportPlan> work = new CompletableFuture<>();
        Thread.ofVirtual().name("client-import").start(new DelegatingSecurityContextRunnable(() -> {
            try {
                work.complete(imports.importAll(t, map, locale, done -> {
                    if (done % 10 == 0 || done == total) {
                        ui.access(() -> progress.setValue(done));
                    }
                }));
            } catch (RuntimeException e) {
                work.completeExceptionally(e);
            }
        }));
        running = work.handle((done, error) -> {
            ui.access(() -> finished(done, error));
            return null;
        });
    }

    private void finished(@Nullable ImportPlan done, @Nullable Throwable error) {
        UI.getCurrent().setPollInterval(-1);
        setRunning(false);
        if (done != null) {
            progress.setValue(progress.getMax());
            summary.setText(getTranslation(
                    "client.import.done", done.toImport(), done.duplicates().size()));
            Notifications.success(getTranslation(
                    "client.import.done", done.toImport(), done.duplicates().size()));
            table = null;
            runImport.setEnabled(false);
            check.setEnabled(false);
        } else {
            progress.setVisible(false);
            Throwable cause = error instanceof java.util.concurrent.CompletionException c && c.getCause() != null
                    ? c.getCause()
                    : error;
            Notifications.error(
                    cause instanceof RuleViolationException r
                            ? getTranslation(r.getMessageKey(), r.getArguments())
                            : getTranslation("client.import.failed"));
        }
    }

    private void setRunning(boolean on) {
        progress.setVisible(on || progress.isVisible());
        check.setEnabled(!on);
        runImport.setEnabled(!on);
        upload.setEnabled(!on);
        columnFields.forEach(f -> f.setEnabled(!on));
    }

    private void show(ImportPlan plan) {
        summary.setText(getTranslation(
                "client.import.summary",
                plan.rows(),
                plan.toImport(),
                plan.duplicates().size(),
                plan.errors().size()));
        List<String> lines = new ArrayList<>();
        for (ImportPlan.Issue issue : plan.errors()) {
            String message = issue.message() != null
                    ? issue.message()
                    : getTranslation(
                            java.util.Objects.requireNonNull(issue.key()),
                            issue.args().toArray());
            String field =
                    issue.field() == null ? "" : getTranslation(issue.field().labelKey());
            lines.add(
                    issue.line() == 0
                            ? getTranslation("client.import.mapping-error", field, message)
                            : getTranslation("client.import.line-error", issue.line(), field, message));
        }
        for (ImportPlan.Duplicate d : plan.duplicates()) {
            lines.add(
                    d.earlierLine() == null
                            ? getTranslation("client.import.duplicate-existing", d.line(), d.name(), d.matchedOn())
                            : getTranslation(
                                    "client.import.duplicate-in-file",
                                    d.line(),
                                    d.name(),
                                    d.matchedOn(),
                                    d.earlierLine()));
        }
        if (lines.size() > REPORT_LINES) {
            int more = lines.size() - REPORT_LINES;
            lines = new ArrayList<>(lines.subList(0, REPORT_LINES));
            lines.add(getTranslation("client.import.more", more));
        }
        report.setText(String.join("\n", lines));
        report.setVisible(!lines.isEmpty());
        report.setClassName("import-errors", !plan.errors().isEmpty());
    }

    private void clearReport() {
        summary.setText("");
        report.setText("");
        report.setVisible(false);
        progress.setVisible(false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("client.import.title") + " · " + getTranslation("app.name");
    }
}
