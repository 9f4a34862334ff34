package io.clientele.imports.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.UploadHandler;
import io.clientele.base.domain.LocalizedFormat;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.reporting.Csv;
import io.clientele.base.security.Roles;
import io.clientele.base.ui.AppLanguages;
import io.clientele.base.ui.Background;
import io.clientele.base.ui.Downloads;
import io.clientele.base.ui.Notifications;
import io.clientele.base.ui.UploadTexts;
import io.clientele.base.ui.ViewHeader;
import io.clientele.client.ClientFilter;
import io.clientele.client.CustomFieldOwner;
import io.clientele.client.CustomFieldType;
import io.clientele.client.ui.ClientListView;
import io.clientele.imports.ClientBookExportService;
import io.clientele.imports.ClientImportService;
import io.clientele.imports.CsvTable;
import io.clientele.imports.ImportField;
import io.clientele.imports.ImportFile;
import io.clientele.imports.ImportFiles;
import io.clientele.imports.ImportOptions;
import io.clientele.imports.ImportPlan;
import io.clientele.imports.ImportTarget;
import io.clientele.imports.ImportValues;
import io.clientele.imports.RememberedMapping;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * Client import and export. Import: upload a CSV, XLSX or Clientele's own ZIP; each column is mapped to a field
 * (guessed from the header in any language, changeable); the preview shows the lines above the header that are left
 * out, the first rows, and, after the dry run, every value read differently ("United States → US, 12 rows"); choose
 * what happens to duplicates, a value for mandatory fields the file lacks (custom ones too, for rows that leave
 * them empty), the date order; then import in the
 * background with progress and cancel. Rows with errors are left out (or refuse the file, if chosen) and can be
 * downloaded with a reason column. Export: the whole book with contacts, as XLSX or a ZIP of two CSV files.
 */
@Route("clients/import")
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
public class ClientImportView extends VerticalLayout implements HasDynamicTitle {

    static final int MAX_FILE_BYTES = 32 * 1024 * 1024;
    static final int PREVIEW_ROWS = 5;
    static final int REPORT_LINES = 200;

    final Upload upload;
    final Span fileName = new Span();
    final Paragraph skipped = new Paragraph();
    final Paragraph remembered = new Paragraph();
    final FormLayout mapping = new FormLayout();
    /** Per column of the file: the built-in field or client custom field (issue 22) it goes to, empty to ignore it. */
    final List<ComboBox<ImportTarget>> columnFields = new ArrayList<>();

    final Grid<CsvTable.Record> preview = new Grid<>();
    final RadioButtonGroup<ImportOptions.DuplicateMode> duplicates = new RadioButtonGroup<>();
    final Checkbox allOrNothing = new Checkbox();
    final Select<String> dateOrder = new Select<>();
    final ComboBox<String> defaultLanguage = new ComboBox<>();
    final FormLayout defaults = new FormLayout();
    final Map<ImportField, AbstractField<?, String>> defaultInputs = new EnumMap<>(ImportField.class);
    /** Per mandatory custom field (issue 22) of clients or contacts: a value for rows without one. */
    final Map<Long, AbstractField<?, String>> customDefaultInputs = new LinkedHashMap<>();

    final Button check = new Button();
    final Button runImport = new Button();
    final Button cancel = new Button();
    final Span summary = new Span();
    final Pre normalizations = new Pre();
    final Grid<ImportPlan.Sample> sample = new Grid<>();
    final Pre report = new Pre();
    final Anchor badRows;
    final ProgressBar progress = new ProgressBar();
    final VerticalLayout steps = new VerticalLayout();

    /** The background import while it runs, completed once its result is queued for the UI. */
    @Nullable
    CompletableFuture<Void> running;

    /** How many imports have reported back to the page (tests wait for it). */
    int finishedRuns;

    private final ClientImportService imports;
    private final Background background;
    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    private @Nullable ImportFile file;
    private @Nullable ImportPlan lastPlan;

    public ClientImportView(ClientImportService imports, ClientBookExportService export, Background background) {
        this.imports = imports;
        this.background = background;
        addClassName("client-import-view");
        upload = new Upload(UploadHandler.inMemory((meta, bytes) ->
                getUI().ifPresent(ui -> ui.access(() -> load(meta.fileName(), bytes)))));
        upload.setId("import-upload");
        UploadTexts.translate(upload);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(".csv", ".txt", ".xlsx", ".zip", "text/csv");
        upload.addFileRejectedListener(
                e -> Notifications.error(getTranslation("client.import.rejected", MAX_FILE_BYTES / 1024 / 1024)));
        fileName.setId("import-file-name");
        skipped.setId("import-skipped");
        skipped.setVisible(false);
        remembered.setId("import-remembered");
        remembered.setVisible(false);

        mapping.setId("import-mapping");
        mapping.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        preview.setId("import-preview");
        preview.setAllRowsVisible(true);

        duplicates.setId("import-duplicates");
        duplicates.setLabel(getTranslation("client.import.duplicates"));
        duplicates.setItems(ImportOptions.DuplicateMode.values());
        duplicates.setItemLabelGenerator(m -> getTranslation(
                // Spelled out, so the translations test sees every key.
                switch (m) {
                    case SKIP -> "client.import.duplicates.SKIP";
                    case UPDATE -> "client.import.duplicates.UPDATE";
                    case CREATE -> "client.import.duplicates.CREATE";
                }));
        duplicates.setValue(ImportOptions.DuplicateMode.SKIP);
        duplicates.addValueChangeListener(e -> clearReport());
        allOrNothing.setId("import-all-or-nothing");
        allOrNothing.setLabel(getTranslation("client.import.all-or-nothing"));
        dateOrder.setId("import-date-order");
        dateOrder.setLabel(getTranslation("client.import.date-order"));
        dateOrder.setItems("", ImportValues.DateOrder.DAY_FIRST.name(), ImportValues.DateOrder.MONTH_FIRST.name());
        dateOrder.setItemLabelGenerator(o -> getTranslation(
                // Spelled out, so the translations test sees every key.
                o.isEmpty()
                        ? "client.import.date-order.auto"
                        : o.equals(ImportValues.DateOrder.DAY_FIRST.name())
                                ? "client.import.date-order.DAY_FIRST"
                                : "client.import.date-order.MONTH_FIRST"));
        dateOrder.setValue("");
        dateOrder.addValueChangeListener(e -> clearReport());
        defaultLanguage.setId("import-default-language");
        defaultLanguage.setLabel(getTranslation("client.import.default-language"));
        defaultLanguage.setItems(AppLanguages.CODES);
        defaultLanguage.setItemLabelGenerator(code -> LocalizedFormat.languageName(code, Locale.forLanguageTag(code)));
        defaultLanguage.setClearButtonVisible(true);
        defaults.setId("import-defaults");

        check.setId("import-check");
        check.setText(getTranslation("client.import.check"));
        check.setIcon(VaadinIcon.CHECK_SQUARE_O.create());
        check.addClickListener(e -> check());
        runImport.setId("import-run");
        runImport.setText(getTranslation("client.import.run"));
        runImport.setIcon(VaadinIcon.UPLOAD.create());
        runImport.addThemeVariants(ButtonVariant.PRIMARY);
        runImport.addClickListener(e -> startImport());
        cancel.setId("import-cancel");
        cancel.setText(getTranslation("client.import.cancel"));
        cancel.setVisible(false);
        cancel.addClickListener(e -> cancelRequested.set(true));
        summary.setId("import-summary");
        normalizations.setId("import-normalizations");
        normalizations.setVisible(false);
        sample.setId("import-sample");
        sample.setAllRowsVisible(true);
        sample.setVisible(false);
        for (ImportField f : List.of(
                ImportField.NAME,
                ImportField.TYPE,
                ImportField.EMAIL,
                ImportField.PHONE,
                ImportField.TAX_ID,
                ImportField.CITY,
                ImportField.COUNTRY,
                ImportField.CURRENCY,
                ImportField.LANGUAGE,
                ImportField.CONTACT_NAME)) {
            sample.addColumn(m -> m.fields().getOrDefault(f, ""))
                    .setHeader(getTranslation(f.labelKey()))
                    .setKey(f.name())
                    .setAutoWidth(true);
        }
        report.setId("import-report");
        badRows = Downloads.link(
                getTranslation("client.import.bad-rows"), "rows-not-imported.csv", "text/csv; charset=UTF-8", () -> {
                    String csv = badRowsCsv();
                    return ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8);
                });
        badRows.setId("import-bad-rows");
        badRows.setVisible(false);
        progress.setId("import-progress");
        progress.setVisible(false);

        steps.setPadding(false);
        steps.setVisible(false);
        steps.add(
                skipped,
                new H3(getTranslation("client.import.mapping")),
                remembered,
                mapping,
                new H3(getTranslation("client.import.preview")),
                preview,
                new H3(getTranslation("client.import.options")),
                new HorizontalLayout(duplicates, dateOrder, defaultLanguage),
                allOrNothing,
                defaults,
                new HorizontalLayout(check, runImport, cancel),
                progress,
                summary,
                normalizations,
                sample,
                badRows,
                report);
        RouterLink back = new RouterLink(getTranslation("client.import.back"), ClientListView.class);
        Anchor xlsx = Downloads.streamingLink(
                getTranslation("client.import.export-xlsx"),
                "clients.xlsx",
                ClientBookExportService.XLSX_TYPE,
                out -> export.writeXlsx(ClientFilter.live(null), this::getTranslation, getLocale(), out));
        xlsx.setId("export-xlsx");
        Anchor zip = Downloads.streamingLink(
                getTranslation("client.import.export-zip"),
                "clients.zip",
                ClientBookExportService.ZIP_TYPE,
                out -> export.writeZip(ClientFilter.live(null), this::getTranslation, getLocale(), out));
        zip.setId("export-zip");
        add(
                new ViewHeader(getTranslation("client.import.title"), back),
                new Paragraph(getTranslation("client.import.intro")),
                upload,
                fileName,
                steps,
                new H3(getTranslation("client.import.export-title")),
                new Paragraph(getTranslation("client.import.export-intro")),
                new HorizontalLayout(xlsx, zip));
    }

    /** Reads an uploaded file and shows its columns with a guessed field each, and the first rows. */
    void load(String name, byte[] bytes) {
        try {
            file = ImportFiles.read(name, bytes);
        } catch (RuleViolationException e) {
            file = null;
            steps.setVisible(false);
            Notifications.error(getTranslation(e.getMessageKey(), e.getArguments()));
            return;
        }
        CsvTable t = Objects.requireNonNull(file).clients();
        fileName.setText(getTranslation("client.import.file", name, t.records().size()));
        skipped.setVisible(!t.skipped().isEmpty());
        skipped.setText(getTranslation(
                "client.import.skipped",
                t.skipped().size(),
                String.join(
                        " | ",
                        t.skipped().stream()
                                .map(r -> String.join(" ", r.cells()).strip())
                                .toList())));
        mapping.removeAll();
        columnFields.clear();
        preview.removeAllColumns();
        List<@Nullable ImportField> guessed = ImportField.guessAll(t.headers());
        // A header naming a client custom field by its label goes there, even if it also reads as a built-in field.
        Map<Integer, Long> guessedCustom = imports.guessCustomColumns(t.headers());
        // A file with the same headers was imported before: offer what the user confirmed then, not the guesses.
        Optional<RememberedMapping> last = imports.rememberedMapping(t.headers());
        Map<Long, String> customLabels = imports.customFieldLabels(getLocale());
        List<ImportTarget> targets = new ArrayList<>(List.of(ImportField.values()));
        customLabels.keySet().forEach(id -> targets.add(new ImportTarget.Custom(id)));
        for (int i = 0; i < t.headers().size(); i++) {
            String header = t.headers().get(i);
            ComboBox<ImportTarget> field = new ComboBox<>(header.isBlank() ? "#" + (i + 1) : header);
            field.setId("map-" + i);
            field.setItems(targets);
            field.setItemLabelGenerator(target -> switch (target) {
                case ImportField f -> getTranslation(f.labelKey());
                case ImportTarget.Custom c ->
                    getTranslation("customfield.io.target", customLabels.getOrDefault(c.fieldId(), ""));
            });
            field.setPlaceholder(getTranslation("client.import.ignore"));
            field.setClearButtonVisible(true);
            Long custom =
                    last.isPresent() ? last.get().options().customColumns().get(i) : guessedCustom.get(i);
            ImportTarget g = custom != null
                    ? new ImportTarget.Custom(custom)
                    : last.isPresent() ? last.get().mapping().get(i) : guessed.get(i);
            if (g != null) {
                field.setValue(g);
            }
            field.addValueChangeListener(e -> {
                clearReport();
                showDefaults();
            });
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
        showDefaults();
        last.ifPresent(this::offer);
        remembered.setVisible(last.isPresent());
        last.ifPresent(m -> remembered.setText(getTranslation(
                "client.import.remembered",
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(getLocale())
                        .withZone(ZoneId.systemDefault())
                        .format(m.savedAt()),
                m.savedBy() == null ? getTranslation("client.history.system") : m.savedBy())));
        clearReport();
        steps.setVisible(true);
    }

    /** Sets the choices of the last import of this header set; each stays editable. */
    private void offer(RememberedMapping last) {
        ImportOptions o = last.options();
        duplicates.setValue(o.duplicates());
        allOrNothing.setValue(o.allOrNothing());
        defaultLanguage.setValue(
                o.defaultLanguage() != null && AppLanguages.CODES.contains(o.defaultLanguage())
                        ? o.defaultLanguage()
                        : null);
        dateOrder.setValue(o.dateOrder() == null ? "" : o.dateOrder().name());
        o.defaults().forEach((field, value) -> {
            var input = defaultInputs.get(field);
            if (input != null) {
                input.setValue(value);
            }
        });
        o.customDefaults().forEach((fieldId, value) -> {
            var input = customDefaultInputs.get(fieldId);
            if (input != null) {
                input.setValue(value);
            }
        });
    }

    /** A value for the whole file for each mandatory field no column is mapped to (e.g. Lead source). */
    private void showDefaults() {
        Map<ImportField, String> kept = new HashMap<>();
        defaultInputs.forEach((f, input) -> kept.put(f, input.getValue()));
        defaults.removeAll();
        defaultInputs.clear();
        Map<Integer, ImportField> mapped = currentMapping();
        for (ImportField f : imports.mandatoryFields()) {
            if (mapped.containsValue(f)) {
                continue;
            }
            String label = getTranslation("client.import.default-for", getTranslation(f.labelKey()));
            AbstractField<?, String> input;
            if (f == ImportField.LEAD_SOURCE) {
                ComboBox<String> box = new ComboBox<>(label);
                box.setItems(imports.leadSourceNames());
                input = box;
            } else {
                TextField text = new TextField(label);
                text.setHelperText(getTranslation("client.import.default-help"));
                input = text;
            }
            input.setId("default-" + f.name());
            String previous = kept.get(f);
            if (previous != null) {
                ((HasValue<?, String>) input).setValue(previous);
            }
            input.addValueChangeListener(e -> clearReport());
            defaultInputs.put(f, input);
            defaults.add(input);
        }
        // Mandatory custom fields (issue 22): a column may leave rows empty, so they are offered mapped or not.
        Map<Long, String> keptCustom = new HashMap<>();
        customDefaultInputs.forEach((id, input) -> keptCustom.put(id, input.getValue()));
        customDefaultInputs.clear();
        for (ClientImportService.MandatoryCustomField f : imports.mandatoryCustomFields(getLocale())) {
            AbstractField<?, String> input = customDefaultInput(f);
            String previous = keptCustom.get(f.id());
            if (previous != null) {
                input.setValue(previous);
            }
            customDefaultInputs.put(f.id(), input);
            defaults.add(input);
        }
        defaults.setVisible(!defaultInputs.isEmpty() || !customDefaultInputs.isEmpty());
    }

    /**
     * The input of a mandatory custom field's value for the file: its options for a single choice, else text read
     * like a cell of that field, checked as it is typed with the message on the input.
     */
    private AbstractField<?, String> customDefaultInput(ClientImportService.MandatoryCustomField f) {
        boolean contact = f.owner() == CustomFieldOwner.CONTACT;
        String label =
                getTranslation(contact ? "client.import.contact-default-for" : "client.import.default-for", f.label());
        AbstractField<?, String> input;
        if (f.type() == CustomFieldType.SINGLE_CHOICE) {
            ComboBox<String> box = new ComboBox<>(label);
            box.setItems(f.options());
            input = box;
        } else {
            input = new TextField(label);
        }
        ((com.vaadin.flow.component.HasHelper) input)
                .setHelperText(getTranslation(
                        contact ? "client.import.contact-default-help" : "client.import.custom-default-help"));
        input.setId("default-custom-" + f.id());
        input.addValueChangeListener(e -> {
            clearReport();
            checkCustomDefault(f.id(), input);
        });
        return input;
    }

    /** Marks the input when its field refuses the value, with the field's own reason. */
    private boolean checkCustomDefault(long fieldId, AbstractField<?, String> input) {
        HasValidation validated = (HasValidation) input;
        String value = input.getValue();
        try {
            imports.checkCustomDefault(fieldId, value == null ? "" : value, getLocale(), chosenDateOrder());
            validated.setInvalid(false);
            return true;
        } catch (RuleViolationException e) {
            validated.setErrorMessage(getTranslation(e.getMessageKey(), e.getArguments()));
            validated.setInvalid(true);
            return false;
        }
    }

    private ImportValues.@Nullable DateOrder chosenDateOrder() {
        String order = dateOrder.getValue();
        return order == null || order.isEmpty() ? null : ImportValues.DateOrder.valueOf(order);
    }

    private Map<Integer, ImportField> currentMapping() {
        Map<Integer, ImportField> map = new LinkedHashMap<>();
        for (int i = 0; i < columnFields.size(); i++) {
            if (columnFields.get(i).getValue() instanceof ImportField f) {
                map.put(i, f);
            }
        }
        return map;
    }

    /** The columns mapped to client custom fields: field id by column. */
    private Map<Integer, Long> currentCustomColumns() {
        Map<Integer, Long> map = new LinkedHashMap<>();
        for (int i = 0; i < columnFields.size(); i++) {
            if (columnFields.get(i).getValue() instanceof ImportTarget.Custom c) {
                map.put(i, c.fieldId());
            }
        }
        return map;
    }

    private ImportOptions options() {
        Map<ImportField, String> values = new EnumMap<>(ImportField.class);
        defaultInputs.forEach((f, input) -> {
            String v = input.getValue();
            if (v != null && !v.isBlank()) {
                values.put(f, v);
            }
        });
        Map<Long, String> customValues = new LinkedHashMap<>();
        customDefaultInputs.forEach((id, input) -> {
            String v = input.getValue();
            if (v != null && !v.isBlank()) {
                customValues.put(id, v);
            }
        });
        return new ImportOptions(
                Objects.requireNonNullElse(duplicates.getValue(), ImportOptions.DuplicateMode.SKIP),
                allOrNothing.getValue(),
                defaultLanguage.getValue(),
                chosenDateOrder(),
                values,
                currentCustomColumns(),
                customValues);
    }

    private @Nullable ImportPlan check() {
        if (file == null) {
            return null;
        }
        // The date order may have changed since a date was typed: check each value again, so the message sits on it.
        customDefaultInputs.forEach((id, input) -> checkCustomDefault(id, input));
        ImportPlan plan = imports.check(file, currentMapping(), options(), getLocale());
        show(plan);
        return plan;
    }

    private void startImport() {
        ImportPlan plan = check();
        if (plan == null) {
            return;
        }
        if (!plan.canImport() || (options().allOrNothing() && !plan.errors().isEmpty())) {
            Notifications.error(
                    plan.errors().isEmpty()
                            ? getTranslation("client.import.nothing")
                            : getTranslation(
                                    "client.import.refused", plan.badLines().size()));
            return;
        }
        ImportFile f = Objects.requireNonNull(file);
        Map<Integer, ImportField> map = currentMapping();
        ImportOptions options = options();
        Locale locale = getLocale();
        UI ui = UI.getCurrent();
        int total = plan.rows();
        setRunning(true);
        cancelRequested.set(false);
        progress.setMin(0);
        progress.setMax(Math.max(1, total));
        progress.setValue(0);
        CompletableFuture<Void> done = new CompletableFuture<>();
        running = done;
        background.run(
                ui,
                () -> {
                    try {
                        return imports.importAll(
                                f,
                                map,
                                options,
                                locale,
                                n -> {
                                    if (n % 100 == 0 || n == total) {
                                        ui.access(() -> progress.setValue(Math.min(n, progress.getMax())));
                                    }
                                },
                                cancelRequested::get);
                    } finally {
                        done.complete(null);
                    }
                },
                result -> finished(result, null),
                error -> finished(null, error));
    }

    private void finished(@Nullable ImportPlan done, @Nullable Throwable error) {
        finishedRuns++;
        setRunning(false);
        if (done != null) {
            progress.setValue(progress.getMax());
            String text = getTranslation(
                    "client.import.done",
                    done.created(),
                    done.updated(),
                    done.contacts(),
                    done.duplicates().size(),
                    done.badLines().size());
            summary.setText(text);
            Notifications.success(text);
            file = null;
            runImport.setEnabled(false);
            check.setEnabled(false);
        } else {
            progress.setVisible(false);
            Notifications.error(
                    error instanceof RuleViolationException r
                            ? getTranslation(r.getMessageKey(), r.getArguments())
                            : getTranslation("client.import.failed"));
        }
    }

    private void setRunning(boolean on) {
        progress.setVisible(on || progress.isVisible());
        check.setEnabled(!on);
        runImport.setEnabled(!on);
        cancel.setVisible(on);
        upload.setEnabled(!on);
        columnFields.forEach(f -> f.setEnabled(!on));
    }

    private void show(ImportPlan plan) {
        lastPlan = plan;
        summary.setText(getTranslation(
                "client.import.summary",
                plan.rows(),
                plan.created(),
                plan.updated(),
                plan.contacts(),
                plan.duplicates().size(),
                plan.badLines().size()));
        List<String> normalized = new ArrayList<>();
        if (!plan.dateOrderClear()) {
            normalized.add(getTranslation("client.import.date-ambiguous"));
        }
        for (ImportPlan.Normalization n : plan.normalizations()) {
            normalized.add(getTranslation(
                    "client.import.normalized", getTranslation(n.field().labelKey()), n.from(), n.to(), n.rows()));
        }
        normalizations.setText(String.join("\n", normalized));
        normalizations.setVisible(!plan.normalizations().isEmpty());
        showCustomSample(plan);
        sample.setItems(plan.sample());
        sample.setVisible(!plan.sample().isEmpty());
        List<String> lines = new ArrayList<>();
        for (ImportPlan.Issue issue : plan.errors()) {
            String field =
                    issue.field() == null ? "" : getTranslation(issue.field().labelKey());
            if (issue.field() == null) {
                // A custom field's message (issue 22) names the field itself.
                lines.add(
                        issue.line() == 0
                                ? getTranslation("customfield.io.mapping-error", message(issue))
                                : getTranslation("customfield.io.line-error", issue.line(), message(issue)));
                continue;
            }
            lines.add(
                    issue.line() == 0
                            ? getTranslation("client.import.mapping-error", field, message(issue))
                            : getTranslation("client.import.line-error", issue.line(), field, message(issue)));
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
        badRows.setVisible(!plan.badLines().isEmpty());
    }

    /**
     * A preview column per custom field (issue 22) the sample rows have a value for — mapped or the file's default —
     * with the value as the list would show it.
     */
    private void showCustomSample(ImportPlan plan) {
        sample.getColumns().stream()
                .filter(c -> c.getKey() != null && c.getKey().startsWith("custom-"))
                .toList()
                .forEach(sample::removeColumn);
        java.util.Set<Long> shown = new java.util.LinkedHashSet<>();
        plan.sample().forEach(row -> shown.addAll(row.custom().keySet()));
        Map<Long, String> labels = imports.customFieldLabels(getLocale());
        for (long id : labels.keySet()) {
            if (shown.contains(id)) {
                sample.addColumn(row -> {
                            Object value = row.custom().get(id);
                            return value == null
                                    ? ""
                                    : CustomFieldType.display(
                                            value,
                                            getLocale(),
                                            getTranslation("customfield.yes"),
                                            getTranslation("customfield.no"));
                        })
                        .setHeader(labels.get(id))
                        .setKey("custom-" + id)
                        .setAutoWidth(true);
            }
        }
    }

    private String message(ImportPlan.Issue issue) {
        return issue.message() != null
                ? issue.message()
                : getTranslation(
                        Objects.requireNonNull(issue.key()), issue.args().toArray());
    }

    /** The rows with errors as they were in the file, plus a reason column in the user's language. */
    String badRowsCsv() {
        ImportPlan plan = lastPlan;
        ImportFile f = file;
        if (plan == null || f == null) {
            return "";
        }
        CsvTable t = f.clients();
        Map<Integer, List<String>> reasons = new LinkedHashMap<>();
        for (ImportPlan.Issue issue : plan.errors()) {
            if (issue.line() > 0) {
                String field = issue.field() == null
                        ? ""
                        : getTranslation(issue.field().labelKey()) + ": ";
                reasons.computeIfAbsent(issue.line(), l -> new ArrayList<>()).add(field + message(issue));
            }
        }
        List<String> header = new ArrayList<>(t.headers());
        header.add(getTranslation("client.import.reason"));
        StringBuilder out = new StringBuilder(Csv.line(header));
        for (CsvTable.Record r : t.records()) {
            List<String> why = reasons.get(r.line());
            if (why != null) {
                List<String> cells = new ArrayList<>(r.cells());
                while (cells.size() < t.headers().size()) {
                    cells.add("");
                }
                cells.add(String.join("; ", why));
                out.append(Csv.line(cells));
            }
        }
        return out.toString();
    }

    private void clearReport() {
        summary.setText("");
        report.setText("");
        report.setVisible(false);
        normalizations.setVisible(false);
        sample.setVisible(false);
        badRows.setVisible(false);
        progress.setVisible(false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("client.import.title") + " · " + getTranslation("app.name");
    }
}
