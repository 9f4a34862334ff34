package io.clientele.imports;

import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.security.Roles;
import io.clientele.base.security.UserDirectory;
import io.clientele.base.security.UserRef;
import io.clientele.base.ui.AppLanguages;
import io.clientele.client.Address;
import io.clientele.client.Client;
import io.clientele.client.ClientField;
import io.clientele.client.ClientFieldRules;
import io.clientele.client.ClientGroup;
import io.clientele.client.ClientGroupService;
import io.clientele.client.ClientNames;
import io.clientele.client.ClientService;
import io.clientele.client.ClientTag;
import io.clientele.client.ClientTags;
import io.clientele.client.ClientType;
import io.clientele.client.CustomField;
import io.clientele.client.CustomFieldOwner;
import io.clientele.client.CustomFieldType;
import io.clientele.client.CustomFields;
import io.clientele.client.ExistingClient;
import io.clientele.contact.Contact;
import io.clientele.contact.ContactService;
import io.clientele.settings.AddressFormat;
import io.clientele.settings.LeadSource;
import io.clientele.settings.LeadSourceService;
import io.clientele.settings.PaymentTerm;
import io.clientele.settings.SettingsService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports clients, their contacts and person rows from a file another system (or Clientele) exported. Every row goes
 * through the rules of {@link ClientService#save} — bean validation, mandatory fields, the currency lock — in the dry
 * run exactly as in the import, so the dry run's count of errors is the import's. Values are normalized (countries,
 * languages, currencies, dates, the export's formula guard), duplicates found within the file and against the book
 * by e-mail, tax ID, name key or Clientele id, and either left out, used to update the stored client, or created
 * anyway. Bad rows are left out (or refuse the file when all-or-nothing is chosen); the rest is written in one
 * transaction, flushed in batches so memory stays flat.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
public class ClientImportService {

    /**
     * Rows written together: new clients and their contacts go to the services in chunks of this many (one flush,
     * one batch of search terms, one lock statement each), and the persistence context is cleared after each chunk,
     * which keeps memory flat on big files.
     */
    static final int BATCH = 500;

    /** Rows of the preview sample. */
    static final int SAMPLE = 5;

    private final ClientService clients;
    private final ContactService contacts;
    private final ClientGroupService groups;
    private final SettingsService settings;
    private final LeadSourceService leadSources;
    private final ClientFieldRules fieldRules;
    private final UserDirectory users;
    private final Validator validator;
    private final EntityManager em;
    private final ImportMappings mappings;
    private final CustomFields customFields;

    ClientImportService(
            ClientService clients,
            ContactService contacts,
            ClientGroupService groups,
            SettingsService settings,
            LeadSourceService leadSources,
            ClientFieldRules fieldRules,
            UserDirectory users,
            Validator validator,
            EntityManager em,
            ImportMappings mappings,
            CustomFields customFields) {
        this.customFields = customFields;
        this.mappings = mappings;
        this.clients = clients;
        this.contacts = contacts;
        this.groups = groups;
        this.settings = settings;
        this.leadSources = leadSources;
        this.fieldRules = fieldRules;
        this.users = users;
        this.validator = validator;
        this.em = em;
    }

    /** The dry run: what {@link #importAll} would do, without writing anything. Messages are in {@code locale}. */
    public ImportPlan check(ImportFile file, Map<Integer, ImportField> mapping, ImportOptions options, Locale locale) {
        return new Run(file, mapping, options, locale, false, n -> {}, () -> false).go();
    }

    /** The dry run of a single table with the standard options. */
    public ImportPlan check(CsvTable table, Map<Integer, ImportField> mapping, Locale locale) {
        return check(new ImportFile(table, null), mapping, ImportOptions.standard(), locale);
    }

    /**
     * Imports the file in one transaction, checking and writing in one pass: new clients and their contacts are
     * written in chunks of {@link #BATCH} rows through {@link ClientService#createAll} and
     * {@link ContactService#addAll}, which keep every rule of a single save. {@code progress} hears the number of
     * rows handled so far; when {@code cancelled} turns true, or anything fails, nothing is kept.
     *
     * @return the plan that was carried out
     * @throws RuleViolationException {@code client.import.refused} when a row has an error and all-or-nothing was
     *                                chosen, or the mapping is wrong; {@code client.import.cancelled} when cancelled
     */
    @Transactional
    public ImportPlan importAll(
            ImportFile file,
            Map<Integer, ImportField> mapping,
            ImportOptions options,
            Locale locale,
            IntConsumer progress,
            BooleanSupplier cancelled) {
        // One pass that checks and writes: a wrong mapping stops it before the first row, and a bad row under
        // all-or-nothing throws at the end, which rolls back what was written (the page's dry run has usually
        // refused such a file before). A separate checking pass first cost a fifth of the time.
        ImportPlan done = new Run(file, mapping, options, locale, true, progress, cancelled).go();
        if (done.mappingFailed() || (options.allOrNothing() && !done.errors().isEmpty())) {
            throw new RuleViolationException(
                    "client.import.refused", done.badLines().size());
        }
        // Confirmed by running it: the next file with these headers is offered the same mapping and choices.
        mappings.remember(file.clients().headers(), mapping, options);
        return done;
    }

    /**
     * The mapping (by column of this file) and the choices of the last import of a file with the same set of headers
     * (compared without case, in any order), or empty when no such file was imported yet.
     */
    public Optional<RememberedMapping> rememberedMapping(List<String> headers) {
        Set<Long> live = new HashSet<>();
        customFields.fields(CustomFieldOwner.CLIENT).forEach(f -> live.add(f.getId()));
        // A custom field deleted since that import is dropped from the mapping: its column is offered as ignored.
        return mappings.find(headers).map(m -> {
            Map<Integer, Long> kept = new LinkedHashMap<>(m.options().customColumns());
            kept.values().retainAll(live);
            Map<Long, String> defaults = new LinkedHashMap<>(m.options().customDefaults());
            Set<Long> mandatory = new HashSet<>();
            for (CustomFieldOwner owner : List.of(CustomFieldOwner.CLIENT, CustomFieldOwner.CONTACT)) {
                customFields.fields(owner).stream()
                        .filter(CustomField::isMandatory)
                        .forEach(f -> mandatory.add(f.getId()));
            }
            // Likewise a per-file value of a field deleted, or no longer mandatory, since.
            defaults.keySet().retainAll(mandatory);
            return new RememberedMapping(
                    m.mapping(),
                    m.options().withCustomColumns(kept).withCustomDefaults(defaults),
                    m.savedBy(),
                    m.savedAt());
        });
    }

    /**
     * The client custom fields (issue 22) a column can be imported into, in the form's order: their labels in this
     * locale's language (else the installation's default) by id.
     */
    public Map<Long, String> customFieldLabels(Locale locale) {
        Map<Long, String> labels = new LinkedHashMap<>();
        customFields.fields(CustomFieldOwner.CLIENT).forEach(f -> labels.put(f.getId(), customFields.label(f, locale)));
        return labels;
    }

    /**
     * The custom field each column's header names, by column: a header equal to the field's label in any app
     * language, compared like the built-in fields' names (without case, accents or punctuation). A field is taken
     * by its first column only.
     */
    public Map<Integer, Long> guessCustomColumns(List<String> headers) {
        Map<String, Long> byLabel = new HashMap<>();
        for (CustomField field : customFields.fields(CustomFieldOwner.CLIENT)) {
            for (String language : AppLanguages.CODES) {
                String label = field.getLabel(language);
                if (label != null && !ImportField.normalize(label).isEmpty()) {
                    byLabel.putIfAbsent(ImportField.normalize(label), field.getId());
                }
            }
        }
        Map<Integer, Long> guessed = new LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            Long id = byLabel.get(ImportField.normalize(headers.get(i)));
            if (id != null && !guessed.containsValue(id)) {
                guessed.put(i, id);
            }
        }
        return guessed;
    }

    /** A single table with the standard options: good rows import, duplicates are left out. */
    @Transactional
    public ImportPlan importAll(
            CsvTable table, Map<Integer, ImportField> mapping, Locale locale, IntConsumer progress) {
        return importAll(new ImportFile(table, null), mapping, ImportOptions.standard(), locale, progress, () -> false);
    }

    /** The fields an administrator made mandatory, as import fields: each needs a column or a value for the file. */
    public List<ImportField> mandatoryFields() {
        List<ImportField> out = new ArrayList<>();
        for (ClientField f : ClientField.values()) {
            if (fieldRules.mandatory().contains(f)) {
                out.add(
                        switch (f) {
                            case OWNER -> ImportField.OWNER;
                            case LEAD_SOURCE -> ImportField.LEAD_SOURCE;
                            case INQUIRY_DATE -> ImportField.INQUIRY_DATE;
                            case FINALIZED_DATE -> ImportField.FINALIZED_DATE;
                            case DESIGNATION -> ImportField.DESIGNATION;
                            case WEBSITE -> ImportField.WEBSITE;
                            case COMMUNICATION_ID -> ImportField.COMMUNICATION_ID;
                            case EMAIL -> ImportField.EMAIL;
                            case ALTERNATE_EMAIL -> ImportField.ALTERNATE_EMAIL;
                            case PHONE -> ImportField.PHONE;
                            case MOBILE -> ImportField.MOBILE;
                            case TAX_ID -> ImportField.TAX_ID;
                        });
            }
        }
        return out;
    }

    /** The lead sources a per-file default may name. */
    public List<String> leadSourceNames() {
        return leadSources.all().stream().map(LeadSource::getName).toList();
    }

    /**
     * A mandatory custom field (issue 22) of clients or contacts, which an import can give a value for the whole
     * file.
     *
     * @param options the choices of a choice field, in order; empty for other types
     */
    public record MandatoryCustomField(
            long id, String label, CustomFieldOwner owner, CustomFieldType type, List<String> options) {

        public MandatoryCustomField {
            options = List.copyOf(options);
        }
    }

    /**
     * The mandatory custom fields of clients, then of contacts (issue 22), in the form's order, labelled in this
     * locale's language: each may get a value for the rows of a file that give none.
     */
    public List<MandatoryCustomField> mandatoryCustomFields(Locale locale) {
        List<MandatoryCustomField> out = new ArrayList<>();
        for (CustomFieldOwner owner : List.of(CustomFieldOwner.CLIENT, CustomFieldOwner.CONTACT)) {
            for (CustomField field : customFields.fields(owner)) {
                if (field.isMandatory()) {
                    out.add(new MandatoryCustomField(
                            Objects.requireNonNull(field.getId()),
                            customFields.label(field, locale),
                            owner,
                            field.getType(),
                            field.getOptions()));
                }
            }
        }
        return out;
    }

    /**
     * Checks a per-file value of a mandatory custom field as the import will read it: like a cell of that field,
     * dates in {@code order} (day first when not chosen), numbers by the one rule for typed numbers. Blank passes.
     *
     * @throws RuleViolationException naming the field, with the reason the value is not acceptable
     */
    public void checkCustomDefault(long fieldId, String text, Locale locale, ImportValues.@Nullable DateOrder order) {
        String raw = text.strip();
        if (raw.isEmpty()) {
            return;
        }
        for (CustomFieldOwner owner : List.of(CustomFieldOwner.CLIENT, CustomFieldOwner.CONTACT)) {
            for (CustomField field : customFields.fields(owner)) {
                if (Objects.equals(field.getId(), fieldId)) {
                    String label = customFields.label(field, locale);
                    ImportValues.DateOrder dates = order == null ? ImportValues.DateOrder.DAY_FIRST : order;
                    checkedValue(field, raw, label, locale, dates);
                    return;
                }
            }
        }
    }

    /** One pass over the file: the dry run, or the import. */
    private final class Run {
        final ImportFile file;
        final Map<ImportField, Integer> columns = new EnumMap<>(ImportField.class);
        // Custom fields (issue 22): the field each mapped column goes to, and those a client must have.
        final Map<Integer, CustomField> customColumns = new LinkedHashMap<>();
        final List<CustomField> mandatoryCustom = new ArrayList<>();
        final List<CustomField> mandatoryContactCustom = new ArrayList<>();
        // The file's values for mandatory custom fields, read once: used where a row (or a new contact) has none.
        final Map<Long, Object> clientDefaults = new HashMap<>();
        final Map<Long, Object> contactDefaults = new LinkedHashMap<>();
        final List<Integer> extraColumns = new ArrayList<>();
        final ImportOptions options;
        final Locale locale;
        final boolean write;
        final IntConsumer progress;
        final BooleanSupplier cancelled;

        final List<ImportPlan.Duplicate> duplicates = new ArrayList<>();
        final List<ImportPlan.Issue> errors = new ArrayList<>();
        final Map<String, int[]> normalized = new LinkedHashMap<>();
        final List<ImportPlan.Sample> sample = new ArrayList<>();
        int created;
        int updated;
        int contactCount;
        int handled;

        ImportValues.DateOrder dateOrder = ImportValues.DateOrder.DAY_FIRST;
        boolean dateOrderClear;

        // Stored clients that share a key with some row, by key.
        final Map<String, Long> bookEmails = new HashMap<>();
        final Map<String, Long> bookTaxIds = new HashMap<>();
        final Map<String, List<ExistingClient>> bookNames = new HashMap<>();
        final Set<Long> bookIds = new HashSet<>();
        // Rows seen in this file, by key: line.
        final Map<String, Integer> fileEmails = new HashMap<>();
        final Map<String, Integer> fileTaxIds = new HashMap<>();
        final Map<String, Integer> fileNames = new HashMap<>();
        // The client each company name key and each exported id ends up as (id when written, else -line).
        final Map<String, Long> companies = new HashMap<>();
        final Map<String, Long> exportedIds = new HashMap<>();
        // Written per chunk: new clients (with the contact of their row) and contacts of stored clients. A new
        // client is known by -line until its chunk is written; then the maps above learn its id.
        final List<Client> pendingClients = new ArrayList<>();
        final List<@Nullable ContactData> pendingContacts = new ArrayList<>();
        final List<Long> pendingLines = new ArrayList<>();
        final Map<Long, String[]> placeholderKeys = new HashMap<>();
        final Map<Long, List<Contact>> pendingPeople = new LinkedHashMap<>();

        final Map<String, LeadSource> leadSourcesByName = new HashMap<>();
        final Map<String, PaymentTerm> termsByName = new HashMap<>();
        final Map<String, ClientGroup> groupsByName = new HashMap<>();
        final Map<String, Optional<Long>> owners = new HashMap<>();
        final String fallbackLanguage;
        final Client template;
        Set<ClientField> mandatory = Set.of();

        Run(
                ImportFile file,
                Map<Integer, ImportField> mapping,
                ImportOptions options,
                Locale locale,
                boolean write,
                IntConsumer progress,
                BooleanSupplier cancelled) {
            this.file = file;
            this.options = options;
            this.locale = locale;
            this.write = write;
            this.progress = progress;
            this.cancelled = cancelled;
            mapping.forEach((column, field) -> {
                if (field == ImportField.EXTRA_NOTE) {
                    extraColumns.add(column);
                } else if (columns.put(field, column) != null) {
                    errors.add(ImportPlan.Issue.key(0, field, "client.import.mapped-twice"));
                }
            });
            extraColumns.sort(Comparator.naturalOrder());
            Map<Long, CustomField> fieldsById = new HashMap<>();
            for (CustomField field : customFields.fields(CustomFieldOwner.CLIENT)) {
                fieldsById.put(field.getId(), field);
                if (field.isMandatory()) {
                    mandatoryCustom.add(field);
                }
            }
            for (CustomField field : customFields.fields(CustomFieldOwner.CONTACT)) {
                if (field.isMandatory()) {
                    mandatoryContactCustom.add(field);
                }
            }
            Set<Long> mappedCustom = new HashSet<>();
            new java.util.TreeMap<>(options.customColumns()).forEach((column, fieldId) -> {
                CustomField field = fieldsById.get(fieldId);
                if (field == null) {
                    // Deleted since the mapping was chosen: the column is ignored.
                    return;
                }
                if (!mappedCustom.add(fieldId)) {
                    errors.add(ImportPlan.Issue.key(
                            0, null, "customfield.io.mapped-twice", customFields.label(field, locale)));
                } else {
                    customColumns.put(column, field);
                }
            });
            template = clients.newClient(ClientType.COMPANY);
            fallbackLanguage = options.defaultLanguage() != null ? options.defaultLanguage() : template.getLanguage();
        }

        ImportPlan go() {
            if (!columns.containsKey(ImportField.NAME) && !columns.containsKey(ImportField.ID)) {
                errors.add(ImportPlan.Issue.key(0, ImportField.NAME, "client.import.name-unmapped"));
            }
            if (errors.isEmpty()) {
                Locale previous = LocaleContextHolder.getLocale();
                LocaleContextHolder.setLocale(locale);
                try {
                    prepare();
                    readCustomDefaults();
                    // A per-file default its field refuses stops the file before the first row, like a bad mapping.
                    if (errors.isEmpty()) {
                        rows();
                    }
                } finally {
                    LocaleContextHolder.setLocale(previous);
                }
            }
            return plan();
        }

        private void rows() {
            List<Row> people = new ArrayList<>();
            for (CsvTable.Record record : file.clients().records()) {
                Row row = new Row(record, columns, options.defaults());
                if (isPersonOfCompany(row)) {
                    // Counted once, when it is handled below: progress never runs past the row count.
                    people.add(row);
                } else {
                    clientRow(row);
                    tick();
                }
            }
            if (write) {
                // People name companies of this file: those must have their ids first.
                writePending();
            }
            for (Row person : people) {
                personRow(person);
                tick();
            }
            if (write) {
                writePending();
            }
            if (file.contacts() != null) {
                contactSheet(Objects.requireNonNull(file.contacts()));
            }
            if (write) {
                em.flush();
            }
        }

        private ImportPlan plan() {
            List<ImportPlan.Normalization> list = new ArrayList<>();
            normalized.forEach((key, count) -> {
                String[] parts = key.split("\u0000", 3);
                list.add(new ImportPlan.Normalization(ImportField.valueOf(parts[0]), parts[1], parts[2], count[0]));
            });
            errors.sort(Comparator.comparingInt(ImportPlan.Issue::line));
            return new ImportPlan(
                    file.clients().records().size(),
                    created,
                    updated,
                    contactCount,
                    duplicates,
                    errors,
                    list,
                    dateOrder,
                    dateOrderClear,
                    sample);
        }

        /**
         * Reads the file's values for mandatory custom fields (issue 22) like cells of their fields; one its field
         * refuses is an error of the whole file (line 0), naming the field.
         */
        private void readCustomDefaults() {
            readDefaults(mandatoryCustom, clientDefaults);
            readDefaults(mandatoryContactCustom, contactDefaults);
        }

        private void readDefaults(List<CustomField> fields, Map<Long, Object> into) {
            for (CustomField field : fields) {
                String raw =
                        options.customDefaults().getOrDefault(field.getId(), "").strip();
                if (raw.isEmpty()) {
                    continue;
                }
                String label = customFields.label(field, locale);
                try {
                    Object value = checkedValue(field, raw, label, locale, dateOrder);
                    if (value != null) {
                        into.put(field.getId(), value);
                    }
                } catch (RuleViolationException e) {
                    errors.add(ImportPlan.Issue.key(0, null, e.getMessageKey(), e.getArguments()));
                }
            }
        }

        /** A new contact of {@code owner} with the row's data and the file's values for mandatory contact fields. */
        private Contact newContact(Client owner, ContactData data) {
            Contact contact = new Contact(owner);
            data.applyTo(contact);
            if (!contactDefaults.isEmpty()) {
                contact.setCustomValues(new LinkedHashMap<>(contactDefaults));
            }
            return contact;
        }

        private void tick() {
            if (cancelled.getAsBoolean()) {
                throw new RuleViolationException("client.import.cancelled");
            }
            handled++;
            if (write && handled % BATCH == 0) {
                writePending();
                // Keeps the persistence context small: 100,000 rows never sit in memory as entities at once.
                em.flush();
                em.clear();
            }
            progress.accept(handled);
        }

        /** Looks up, once per file, everything rows are compared with: stored duplicates, names of settings. */
        private void prepare() {
            if (options.dateOrder() != null) {
                dateOrder = options.dateOrder();
                dateOrderClear = true;
            } else {
                List<@Nullable Integer> dateColumns = new ArrayList<>();
                dateColumns.add(columns.get(ImportField.INQUIRY_DATE));
                dateColumns.add(columns.get(ImportField.FINALIZED_DATE));
                customColumns.forEach((column, field) -> {
                    if (field.getType() == io.clientele.client.CustomFieldType.DATE) {
                        dateColumns.add(column);
                    }
                });
                outer:
                for (CsvTable.Record r : file.clients().records()) {
                    for (Integer c : dateColumns) {
                        if (c != null) {
                            ImportValues.DateOrder evidence = ImportValues.evidence(r.cell(c));
                            if (evidence != null) {
                                dateOrder = evidence;
                                dateOrderClear = true;
                                break outer;
                            }
                        }
                    }
                }
            }
            Set<String> emails = new HashSet<>();
            Set<String> taxIds = new HashSet<>();
            Set<String> names = new HashSet<>();
            Set<String> companyNames = new HashSet<>();
            for (CsvTable.Record r : file.clients().records()) {
                Row row = new Row(r, columns, options.defaults());
                addIfPresent(emails, row.get(ImportField.EMAIL).toLowerCase(Locale.ROOT));
                addIfPresent(taxIds, taxKey(row.get(ImportField.TAX_ID)));
                addIfPresent(names, ClientNames.key(row.get(ImportField.NAME)));
                addIfPresent(companyNames, ClientNames.key(row.get(ImportField.PARENT_COMPANY)));
                String id = row.get(ImportField.ID);
                if (id.matches("\\d{1,18}")) {
                    bookIds.add(Long.parseLong(id));
                }
            }
            Set<String> allNames = new HashSet<>(names);
            allNames.addAll(companyNames);
            for (ExistingClient e : clients.matching(emails, taxIds, allNames)) {
                if (e.email() != null) {
                    bookEmails.putIfAbsent(e.email().strip().toLowerCase(Locale.ROOT), e.id());
                }
                if (e.alternateEmail() != null) {
                    bookEmails.putIfAbsent(e.alternateEmail().strip().toLowerCase(Locale.ROOT), e.id());
                }
                if (e.taxId() != null) {
                    bookTaxIds.putIfAbsent(taxKey(e.taxId()), e.id());
                }
                if (e.nameKey() != null && !e.nameKey().isEmpty()) {
                    bookNames
                            .computeIfAbsent(e.nameKey(), k -> new ArrayList<>())
                            .add(e);
                }
            }
            // Ids from Clientele's own export: those that exist here and the caller may see.
            Set<Long> visible = new HashSet<>(clients.visibleLiveIds(bookIds));
            bookIds.retainAll(visible);
            mandatory = fieldRules.mandatory();
            for (LeadSource s : leadSources.all()) {
                leadSourcesByName.put(ImportField.normalize(s.getName()), s);
            }
            for (PaymentTerm t : settings.paymentTerms()) {
                termsByName.put(ImportField.normalize(t.getName()), t);
                termsByName.putIfAbsent(Integer.toString(t.getDays()), t);
            }
            for (ClientGroup g : groups.all()) {
                groupsByName.put(ImportField.normalize(g.getName()), g);
            }
        }

        private boolean isPersonOfCompany(Row row) {
            String company = ClientNames.key(row.get(ImportField.PARENT_COMPANY));
            return !company.isEmpty() && !company.equals(ClientNames.key(row.get(ImportField.NAME)));
        }

        /** A row that is a client of its own: created, used to update a stored one, or left out as duplicate. */
        private void clientRow(Row row) {
            int line = row.record.line();
            String name = row.get(ImportField.NAME);
            String email = row.get(ImportField.EMAIL).toLowerCase(Locale.ROOT);
            String tax = taxKey(row.get(ImportField.TAX_ID));
            String nameKey = ClientNames.key(name);
            String exportedId = row.get(ImportField.ID);

            // Against the book: the stored client this row is.
            Long match = null;
            String matchedOn = "";
            if (!exportedId.isEmpty()
                    && exportedId.matches("\\d{1,18}")
                    && bookIds.contains(Long.parseLong(exportedId))) {
                match = Long.parseLong(exportedId);
                matchedOn = "#" + exportedId;
            } else if (!email.isEmpty() && bookEmails.containsKey(email)) {
                match = bookEmails.get(email);
                matchedOn = row.get(ImportField.EMAIL);
            } else if (!tax.isEmpty() && bookTaxIds.containsKey(tax)) {
                match = bookTaxIds.get(tax);
                matchedOn = row.get(ImportField.TAX_ID);
            } else if (!nameKey.isEmpty() && bookNames.containsKey(nameKey)) {
                for (ExistingClient e : bookNames.get(nameKey)) {
                    // Two clients of one name with different e-mails or tax IDs are two clients ("Anna Müller").
                    boolean otherMail =
                            !email.isEmpty() && e.email() != null && !e.email().equalsIgnoreCase(email);
                    boolean otherTax = !tax.isEmpty()
                            && e.taxId() != null
                            && !taxKey(e.taxId()).equals(tax);
                    if (!otherMail && !otherTax) {
                        match = e.id();
                        matchedOn = name;
                        break;
                    }
                }
            }
            // Within the file: a row repeating an earlier one.
            Integer earlier = null;
            String earlierOn = "";
            if (!email.isEmpty() && fileEmails.containsKey(email)) {
                earlier = fileEmails.get(email);
                earlierOn = row.get(ImportField.EMAIL);
            } else if (!tax.isEmpty() && fileTaxIds.containsKey(tax)) {
                earlier = fileTaxIds.get(tax);
                earlierOn = row.get(ImportField.TAX_ID);
            } else if (!nameKey.isEmpty()
                    && email.isEmpty()
                    && tax.isEmpty()
                    && exportedId.isEmpty()
                    && fileNames.containsKey(nameKey)) {
                // Rows with ids (an export) say themselves that they are different clients of the same name.
                earlier = fileNames.get(nameKey);
                earlierOn = name;
            }
            ImportOptions.DuplicateMode mode = options.duplicates();
            if (earlier != null && mode != ImportOptions.DuplicateMode.CREATE) {
                duplicates.add(new ImportPlan.Duplicate(line, name, earlierOn, earlier));
                return;
            }
            if (match != null && mode == ImportOptions.DuplicateMode.SKIP) {
                duplicates.add(new ImportPlan.Duplicate(line, name, matchedOn, null));
                remember(row, match);
                return;
            }
            boolean update = match != null && mode == ImportOptions.DuplicateMode.UPDATE;
            int before = errors.size();
            Client client;
            if (update) {
                client = clients.get(match);
                // Changed detached, like a form's copy: save() then compares it with the stored row for the history.
                em.detach(client);
            } else {
                ClientType type = type(row.get(ImportField.TYPE));
                if (type == null) {
                    errors.add(ImportPlan.Issue.key(
                            line, ImportField.TYPE, "client.import.invalid-type", row.get(ImportField.TYPE)));
                    type = ClientType.COMPANY;
                }
                client = new Client(type, name);
                client.setCurrency(template.getCurrency());
                client.setLanguage(template.getLanguage());
                client.setPaymentTermId(template.getPaymentTermId());
                client.setOwnerId(template.getOwnerId());
            }
            String currencyBefore = client.getCurrency();
            apply(row, client, update);
            custom(row, client, update);
            validate(line, client);
            if (update && !currencyBefore.equals(client.getCurrency()) && clients.isCurrencyLocked(client.getId())) {
                errors.add(ImportPlan.Issue.key(line, ImportField.CURRENCY, "client.currency.locked", currencyBefore));
            }
            ContactData contact = contactOf(row, line);
            if (errors.size() > before) {
                return;
            }
            if (!email.isEmpty()) {
                fileEmails.putIfAbsent(email, line);
            }
            if (!tax.isEmpty()) {
                fileTaxIds.putIfAbsent(tax, line);
            }
            if (!nameKey.isEmpty()) {
                fileNames.putIfAbsent(nameKey, line);
            }
            if (sample.size() < SAMPLE) {
                sample.add(sampleOf(client, contact));
            }
            long id = -line;
            if (write && update) {
                // An update keeps save()'s per-client path: it compares with the stored row for the history.
                Client saved = clients.save(client);
                id = Objects.requireNonNull(saved.getId());
                if (contact != null && !hasSameContact(id, contact)) {
                    saveContact(saved, contact);
                }
            } else if (write) {
                pendingClients.add(client);
                pendingContacts.add(contact);
                pendingLines.add(id);
            } else if (update) {
                id = Objects.requireNonNull(client.getId());
            }
            if (contact != null) {
                contactCount++;
            }
            if (update) {
                updated++;
            } else {
                created++;
            }
            remember(row, id);
        }

        /**
         * Writes the chunk: the new clients through {@link ClientService#createAll} (every rule of a new client's
         * save), then every pending contact through {@link ContactService#addAll} (the primary rules), and tells the
         * maps the new clients' ids.
         */
        private void writePending() {
            Map<Long, List<Contact>> byClient = new LinkedHashMap<>();
            if (!pendingClients.isEmpty()) {
                List<Client> saved = clients.createAll(pendingClients);
                for (int i = 0; i < saved.size(); i++) {
                    long realId = Objects.requireNonNull(saved.get(i).getId());
                    long placeholder = pendingLines.get(i);
                    String[] keys = placeholderKeys.remove(placeholder);
                    if (keys != null) {
                        companies.replace(keys[0], placeholder, realId);
                        exportedIds.replace(keys[1], placeholder, realId);
                    }
                    ContactData data = pendingContacts.get(i);
                    if (data != null) {
                        Contact contact = newContact(saved.get(i), data);
                        byClient.computeIfAbsent(realId, k -> new ArrayList<>()).add(contact);
                    }
                }
                pendingClients.clear();
                pendingContacts.clear();
                pendingLines.clear();
            }
            pendingPeople.forEach((clientId, list) ->
                    byClient.computeIfAbsent(clientId, k -> new ArrayList<>()).addAll(list));
            pendingPeople.clear();
            contacts.addAll(byClient);
        }

        private void remember(Row row, long id) {
            if (write && id < 0) {
                placeholderKeys.put(
                        id, new String[] {ClientNames.key(row.get(ImportField.NAME)), row.get(ImportField.ID)});
            }
            String key = ClientNames.key(row.get(ImportField.NAME));
            if (!key.isEmpty()) {
                companies.putIfAbsent(key, id);
            }
            String exported = row.get(ImportField.ID);
            if (!exported.isEmpty()) {
                exportedIds.putIfAbsent(exported, id);
            }
        }

        /** A person row naming a company: a contact of that company (in the file or in the book). */
        private void personRow(Row row) {
            int line = row.record.line();
            String companyName = row.get(ImportField.PARENT_COMPANY);
            String key = ClientNames.key(companyName);
            Long companyId = companies.get(key);
            if (companyId == null && bookNames.containsKey(key)) {
                companyId = bookNames.get(key).getFirst().id();
            }
            if (companyId == null) {
                errors.add(ImportPlan.Issue.key(
                        line, ImportField.PARENT_COMPANY, "client.import.company-unknown", companyName));
                return;
            }
            String[] split = splitName(row.get(ImportField.NAME));
            ContactData data = new ContactData(
                    firstNonBlank(row.orNull(ImportField.CONTACT_FIRST_NAME), split[0]),
                    firstNonBlank(row.orNull(ImportField.CONTACT_LAST_NAME), split[1]),
                    firstNonBlank(row.orNull(ImportField.EMAIL), row.orNull(ImportField.CONTACT_EMAIL)),
                    firstNonBlank(row.orNull(ImportField.PHONE), row.orNull(ImportField.CONTACT_PHONE)),
                    firstNonBlank(row.orNull(ImportField.MOBILE), row.orNull(ImportField.CONTACT_MOBILE)),
                    firstNonBlank(row.orNull(ImportField.CONTACT_TITLE), row.orNull(ImportField.DESIGNATION)),
                    Boolean.TRUE.equals(ImportValues.yesNo(row.get(ImportField.CONTACT_PRIMARY))));
            if (!validContact(line, data)) {
                return;
            }
            contactCount++;
            if (write && companyId > 0) {
                Contact contact = newContact(template, data);
                pendingPeople.computeIfAbsent(companyId, k -> new ArrayList<>()).add(contact);
            }
        }

        /** The contacts sheet of Clientele's export: each row names its client by the exported id. */
        private void contactSheet(CsvTable sheet) {
            Map<ImportField, Integer> cols = new EnumMap<>(ImportField.class);
            List<@Nullable ImportField> guessed = ImportField.guessAll(sheet.headers());
            for (int i = 0; i < guessed.size(); i++) {
                ImportField f = guessed.get(i);
                if (f != null) {
                    cols.putIfAbsent(f, i);
                }
            }
            for (CsvTable.Record r : sheet.records()) {
                Row row = new Row(r, cols, Map.of());
                String exported = row.get(ImportField.ID);
                Long clientId = exportedIds.get(exported);
                if (clientId == null) {
                    // The client row was left out (a bad row) or is not in the file: so is its contact.
                    continue;
                }
                String full = row.get(ImportField.CONTACT_NAME);
                String[] split = splitName(full);
                ContactData data = new ContactData(
                        firstNonBlank(row.orNull(ImportField.CONTACT_FIRST_NAME), split[0]),
                        firstNonBlank(row.orNull(ImportField.CONTACT_LAST_NAME), split[1]),
                        row.orNull(ImportField.CONTACT_EMAIL),
                        row.orNull(ImportField.CONTACT_PHONE),
                        row.orNull(ImportField.CONTACT_MOBILE),
                        row.orNull(ImportField.CONTACT_TITLE),
                        Boolean.TRUE.equals(ImportValues.yesNo(row.get(ImportField.CONTACT_PRIMARY))));
                if (!validContact(r.line(), data)) {
                    continue;
                }
                contactCount++;
                if (write && clientId > 0 && !hasSameContact(clientId, data)) {
                    saveContact(clients.get(clientId), data);
                }
            }
        }

        /** Whether an update run would add a contact the client already has (same name and e-mail). */
        private boolean hasSameContact(long clientId, ContactData data) {
            String name = Contact.joinName(data.firstName, data.lastName);
            return contacts.page(clientId, false, PageRequest.of(0, 500)).stream()
                    .anyMatch(c -> c.name().equals(name) && Objects.equals(c.email(), data.email));
        }

        /** Sets the row's values on the client: all of them for a new one, only filled cells for an update. */
        private void apply(Row row, Client client, boolean update) {
            int line = row.record.line();
            if (update && row.has(ImportField.TYPE)) {
                ClientType type = type(row.get(ImportField.TYPE));
                if (type == null) {
                    errors.add(ImportPlan.Issue.key(
                            line, ImportField.TYPE, "client.import.invalid-type", row.get(ImportField.TYPE)));
                } else {
                    client.setType(type);
                }
            }
            if (update) {
                text(row, ImportField.NAME, client::setName);
            }
            text(row, ImportField.EMAIL, client::setEmail);
            text(row, ImportField.ALTERNATE_EMAIL, client::setAlternateEmail);
            text(row, ImportField.PHONE, client::setPhone);
            text(row, ImportField.MOBILE, client::setMobile);
            text(row, ImportField.WEBSITE, client::setWebsite);
            text(row, ImportField.TAX_ID, client::setTaxId);
            text(row, ImportField.DESIGNATION, client::setDesignation);
            text(row, ImportField.COMMUNICATION_ID, client::setCommunicationId);
            String notes = notes(row);
            if (notes != null) {
                client.setNotes(notes);
            }
            Address billing = client.getBillingAddress().copy();
            boolean billingChanged = address(row, billing, false);
            if (billingChanged) {
                client.setBillingAddress(billing);
            }
            Address shipping = client.getShippingAddress().copy();
            if (address(row, shipping, true)) {
                client.setShippingAddress(shipping);
                client.setShippingSameAsBilling(shipping.isEmpty());
            }
            if (row.has(ImportField.CURRENCY)) {
                String raw = row.get(ImportField.CURRENCY);
                Optional<String> code = ImportValues.currency(raw);
                if (code.isPresent()) {
                    note(ImportField.CURRENCY, raw, code.get());
                    client.setCurrency(code.get());
                } else {
                    errors.add(ImportPlan.Issue.key(line, ImportField.CURRENCY, "client.import.invalid-currency", raw));
                }
            }
            if (row.has(ImportField.LANGUAGE)) {
                String raw = row.get(ImportField.LANGUAGE);
                Optional<String> code = ImportValues.language(raw);
                if (code.isPresent()) {
                    note(ImportField.LANGUAGE, raw, code.get());
                    client.setLanguage(code.get());
                } else if (ImportValues.isLanguage(raw)) {
                    note(ImportField.LANGUAGE, raw, fallbackLanguage);
                    client.setLanguage(fallbackLanguage);
                } else {
                    errors.add(ImportPlan.Issue.key(
                            line,
                            ImportField.LANGUAGE,
                            "client.import.invalid-language",
                            raw,
                            String.join(", ", AppLanguages.CODES)));
                }
            }
            if (row.has(ImportField.PAYMENT_TERM)) {
                String raw = row.get(ImportField.PAYMENT_TERM);
                PaymentTerm term = termsByName.get(ImportField.normalize(raw));
                if (term == null) {
                    String digits = raw.replaceAll("\\D", "");
                    term = digits.isEmpty() ? null : termsByName.get(Integer.toString(Integer.parseInt(digits)));
                }
                if (term != null) {
                    note(ImportField.PAYMENT_TERM, raw, term.getName());
                    client.setPaymentTermId(term.getId());
                } else {
                    errors.add(ImportPlan.Issue.key(
                            line, ImportField.PAYMENT_TERM, "client.import.unknown-payment-term", raw));
                }
            }
            if (row.has(ImportField.LEAD_SOURCE)) {
                String raw = row.get(ImportField.LEAD_SOURCE);
                LeadSource source = leadSourcesByName.get(ImportField.normalize(raw));
                if (source != null) {
                    client.setLeadSourceId(source.getId());
                } else {
                    errors.add(ImportPlan.Issue.key(
                            line, ImportField.LEAD_SOURCE, "client.import.unknown-lead-source", raw));
                }
            }
            if (row.has(ImportField.GROUPS)) {
                Set<ClientGroup> set = new HashSet<>(update ? client.getGroups() : Set.of());
                for (String part : row.get(ImportField.GROUPS).split("[,;|]")) {
                    if (part.isBlank()) {
                        continue;
                    }
                    ClientGroup g = groupsByName.get(ImportField.normalize(part));
                    if (g == null) {
                        errors.add(ImportPlan.Issue.key(
                                line, ImportField.GROUPS, "client.import.unknown-group", part.strip()));
                    } else {
                        set.add(g);
                    }
                }
                // A new collection merged onto the stored client counts as a change (its version would move):
                // replace it only when the groups differ.
                if (!set.equals(client.getGroups())) {
                    client.setGroups(set);
                }
            }
            // Issue 22: tags by name, the missing ones created with the client; added to a stored client's tags.
            if (row.has(ImportField.TAGS)) {
                Set<ClientTag> set = new HashSet<>(update ? client.getTags() : Set.of());
                for (String part : ClientTags.names(row.get(ImportField.TAGS))) {
                    try {
                        String name = ClientTags.normalise(part);
                        if (set.stream().noneMatch(t -> t.getName().equalsIgnoreCase(name))) {
                            set.add(new ClientTag(name));
                        }
                    } catch (RuleViolationException e) {
                        errors.add(ImportPlan.Issue.key(line, ImportField.TAGS, e.getMessageKey(), e.getArguments()));
                    }
                }
                if (!set.equals(client.getTags())) {
                    client.setTags(set);
                }
            }
            if (row.has(ImportField.OWNER)) {
                String raw = row.get(ImportField.OWNER);
                Optional<Long> owner = owners.computeIfAbsent(raw.toLowerCase(Locale.ROOT), this::owner);
                if (owner.isPresent()) {
                    client.setOwnerId(owner.get());
                } else {
                    errors.add(ImportPlan.Issue.key(line, ImportField.OWNER, "client.import.unknown-owner", raw));
                }
            }
            date(row, ImportField.INQUIRY_DATE, client::setInquiryDate);
            date(row, ImportField.FINALIZED_DATE, client::setFinalizedDate);
            if (row.has(ImportField.ACTIVE)) {
                Boolean active = ImportValues.yesNo(row.get(ImportField.ACTIVE));
                if (active == null) {
                    errors.add(ImportPlan.Issue.key(
                            line, ImportField.ACTIVE, "client.import.invalid-yes-no", row.get(ImportField.ACTIVE)));
                } else {
                    client.setActive(active);
                }
            }
        }

        private Optional<Long> owner(String username) {
            return users.staff(username, 0, 50).stream()
                    .filter(u -> u.username().equalsIgnoreCase(username))
                    .map(UserRef::id)
                    .findFirst();
        }

        /** Sets the address parts present in the row; true when any was. */
        private boolean address(Row row, Address address, boolean shipping) {
            ImportField street = shipping ? ImportField.SHIPPING_STREET : ImportField.STREET;
            ImportField city = shipping ? ImportField.SHIPPING_CITY : ImportField.CITY;
            ImportField state = shipping ? ImportField.SHIPPING_STATE : ImportField.STATE;
            ImportField postal = shipping ? ImportField.SHIPPING_POSTAL_CODE : ImportField.POSTAL_CODE;
            ImportField country = shipping ? ImportField.SHIPPING_COUNTRY : ImportField.COUNTRY;
            ImportField text = shipping ? ImportField.SHIPPING_TEXT : ImportField.ADDRESS_TEXT;
            boolean any = false;
            if (row.has(street) || (!shipping && row.has(ImportField.STREET_2))) {
                String s = row.get(street);
                if (!shipping && row.has(ImportField.STREET_2)) {
                    s = s.isEmpty() ? row.get(ImportField.STREET_2) : s + ", " + row.get(ImportField.STREET_2);
                }
                address.setStreet(s);
                any = true;
            }
            if (row.has(city)) {
                address.setCity(row.get(city));
                any = true;
            }
            if (row.has(state)) {
                address.setState(row.get(state));
                any = true;
            }
            if (row.has(postal)) {
                address.setPostalCode(row.get(postal));
                any = true;
            }
            if (row.has(text)) {
                address.setText(row.get(text));
                any = true;
            }
            boolean structuredCells = row.has(street)
                    || (!shipping && row.has(ImportField.STREET_2))
                    || row.has(city)
                    || row.has(state)
                    || row.has(postal)
                    || row.has(country);
            if (row.has(country)) {
                String raw = row.get(country);
                Optional<String> code = ImportValues.country(raw);
                if (code.isPresent()) {
                    note(country, raw, code.get());
                    address.setCountry(code.get());
                    any = true;
                } else {
                    errors.add(ImportPlan.Issue.key(row.record.line(), country, "client.import.unknown-country", raw));
                }
            }
            // The form in force: as the file says (Clientele's export), else the form the row filled — structured
            // parts win over a text block in the same row. Set only when it differs, so re-importing an export
            // changes nothing.
            ImportField formField = shipping ? ImportField.SHIPPING_ADDRESS_FORM : ImportField.ADDRESS_FORM;
            AddressFormat form = null;
            if (row.has(formField)) {
                form = AddressForms.parse(row.get(formField)).orElse(null);
                if (form == null) {
                    errors.add(ImportPlan.Issue.key(
                            row.record.line(), formField, "client.import.invalid-address-form", row.get(formField)));
                }
            } else if (structuredCells) {
                form = AddressFormat.STRUCTURED;
            } else if (row.has(text)) {
                form = AddressFormat.FREE_FORM;
            }
            if (form != null && form != address.inForce()) {
                address.setInForce(form);
                any = true;
            }
            return any;
        }

        /**
         * The row's custom values (issue 22): each mapped cell read for its field's type and checked with the rules
         * the client form's save applies ({@link io.clientele.client.CustomFieldType#check}); a bad value or a
         * missing mandatory one is an error of this row, the other rows import. A new client gets the values of its
         * row; an update keeps its stored values and takes those of the filled cells.
         */
        private void custom(Row row, Client client, boolean update) {
            if (customColumns.isEmpty() && (mandatoryCustom.isEmpty() || update && clientDefaults.isEmpty())) {
                return;
            }
            int line = row.record.line();
            Map<Long, Object> values = new LinkedHashMap<>();
            if (update) {
                values.putAll(customFields.clientValues(Objects.requireNonNull(client.getId())));
            }
            boolean given = false;
            for (var entry : customColumns.entrySet()) {
                String raw =
                        ImportValues.unguard(row.record.cell(entry.getKey())).strip();
                if (raw.isEmpty()) {
                    continue;
                }
                CustomField field = entry.getValue();
                String label = customFields.label(field, locale);
                try {
                    Object value = checkedValue(field, raw, label, locale, dateOrder);
                    values.put(field.getId(), value);
                    given = true;
                } catch (RuleViolationException e) {
                    errors.add(ImportPlan.Issue.key(line, null, e.getMessageKey(), e.getArguments()));
                }
            }
            // The file's value for a mandatory field where the row (and, for an update, the stored client) has none.
            for (CustomField field : mandatoryCustom) {
                Object fallback = clientDefaults.get(field.getId());
                if (fallback != null && values.get(field.getId()) == null) {
                    values.put(field.getId(), fallback);
                    given = true;
                }
            }
            if (update && !given) {
                // Nothing to change: the stored values stay as they are, even if a field became mandatory since.
                return;
            }
            for (CustomField field : mandatoryCustom) {
                if (values.get(field.getId()) == null) {
                    errors.add(ImportPlan.Issue.key(
                            line, null, "customfield.required", customFields.label(field, locale)));
                }
            }
            client.setCustomValues(values);
        }

        private void date(Row row, ImportField field, Consumer<LocalDate> setter) {
            if (!row.has(field)) {
                return;
            }
            String raw = row.get(field);
            Optional<LocalDate> date = ImportValues.date(raw, dateOrder);
            if (date.isPresent()) {
                note(field, raw, date.get().toString());
                setter.accept(date.get());
            } else {
                errors.add(ImportPlan.Issue.key(row.record.line(), field, "client.import.invalid-date", raw));
            }
        }

        private void text(Row row, ImportField field, Consumer<@Nullable String> setter) {
            if (row.has(field)) {
                setter.accept(row.get(field));
            }
        }

        /** The notes cell, followed by "header: value" for each column sent to the notes; null when all are empty. */
        private @Nullable String notes(Row row) {
            StringBuilder out = new StringBuilder(row.get(ImportField.NOTES));
            for (int column : extraColumns) {
                String v = ImportValues.unguard(row.record.cell(column)).strip();
                if (!v.isEmpty()) {
                    if (!out.isEmpty()) {
                        out.append('\n');
                    }
                    out.append(file.clients().headers().get(column))
                            .append(": ")
                            .append(v);
                }
            }
            return out.isEmpty() ? null : out.toString();
        }

        /** The form's and the service's rules: bean validation and mandatory fields, messages in the locale. */
        private void validate(int line, Client client) {
            for (ConstraintViolation<Client> v : sorted(validator.validate(client))) {
                errors.add(ImportPlan.Issue.text(
                        line, clientField(v.getPropertyPath().toString()), v.getMessage()));
            }
            // The rule of ClientService.requireMandatoryFields, checked here without an exception: one thrown
            // through the service would mark the whole import's transaction for rollback.
            for (ClientField field : ClientField.values()) {
                if (mandatory.contains(field) && !field.isFilled(client)) {
                    errors.add(ImportPlan.Issue.key(line, importField(field), field.requiredKey()));
                }
            }
        }

        private @Nullable ContactData contactOf(Row row, int line) {
            if (!row.any(
                    ImportField.CONTACT_NAME,
                    ImportField.CONTACT_FIRST_NAME,
                    ImportField.CONTACT_LAST_NAME,
                    ImportField.CONTACT_EMAIL,
                    ImportField.CONTACT_PHONE,
                    ImportField.CONTACT_MOBILE)) {
                return null;
            }
            String[] split = splitName(row.get(ImportField.CONTACT_NAME));
            ContactData data = new ContactData(
                    firstNonBlank(row.orNull(ImportField.CONTACT_FIRST_NAME), split[0]),
                    firstNonBlank(row.orNull(ImportField.CONTACT_LAST_NAME), split[1]),
                    row.orNull(ImportField.CONTACT_EMAIL),
                    row.orNull(ImportField.CONTACT_PHONE),
                    row.orNull(ImportField.CONTACT_MOBILE),
                    row.orNull(ImportField.CONTACT_TITLE),
                    true);
            return validContact(line, data) ? data : null;
        }

        private boolean validContact(int line, ContactData data) {
            Contact check = new Contact(template);
            data.applyTo(check);
            int before = errors.size();
            for (ConstraintViolation<Contact> v : sorted(validator.validate(check))) {
                errors.add(ImportPlan.Issue.text(
                        line, contactField(v.getPropertyPath().toString()), v.getMessage()));
            }
            // Issue 22: the import maps no contact custom field, so a mandatory one needs the file's value; without
            // it the row is refused here, in the dry run too, rather than the whole import failing when it writes.
            for (CustomField field : mandatoryContactCustom) {
                if (!contactDefaults.containsKey(field.getId())) {
                    errors.add(ImportPlan.Issue.key(
                            line, null, "customfield.required", customFields.label(field, locale)));
                }
            }
            return errors.size() == before;
        }

        private void saveContact(Client client, ContactData data) {
            contacts.save(newContact(client, data));
        }

        private void note(ImportField field, String from, String to) {
            if (!from.equals(to)) {
                normalized.computeIfAbsent(field.name() + "\u0000" + from + "\u0000" + to, k -> new int[1])[0]++;
            }
        }

        private ImportPlan.Sample sampleOf(Client client, @Nullable ContactData contact) {
            Map<ImportField, String> out = new EnumMap<>(ImportField.class);
            out.put(ImportField.NAME, client.getName());
            out.put(ImportField.TYPE, client.getType().name());
            putIf(out, ImportField.EMAIL, client.getEmail());
            putIf(out, ImportField.PHONE, client.getPhone());
            putIf(out, ImportField.TAX_ID, client.getTaxId());
            putIf(out, ImportField.CITY, client.getBillingAddress().getCity());
            putIf(out, ImportField.COUNTRY, client.getBillingAddress().getCountry());
            out.put(ImportField.CURRENCY, client.getCurrency());
            out.put(ImportField.LANGUAGE, client.getLanguage());
            if (contact != null) {
                putIf(out, ImportField.CONTACT_NAME, Contact.joinName(contact.firstName, contact.lastName));
            }
            Map<Long, Object> custom = new LinkedHashMap<>();
            Map<Long, Object> values = client.getCustomValues();
            if (values != null) {
                values.forEach((id, value) -> {
                    if (value != null) {
                        custom.put(id, value);
                    }
                });
            }
            return new ImportPlan.Sample(out, custom);
        }
    }

    /**
     * A cell as its custom field's value: yes/no and dates read as the import reads its own such columns (in
     * any app language; dates in the file's date order), the rest — numbers included, by the one rule for typed
     * numbers ({@link io.clientele.base.domain.NumberText}: "1234.5" as the export writes them, "1.234,5", never a
     * guess at "1.234" in German) — as the field's type reads typed text.
     */
    /** A cell (or a per-file default) read as the field's value and checked by its type's rules. */
    private static @Nullable Object checkedValue(
            CustomField field, String raw, String label, Locale locale, ImportValues.DateOrder dateOrder) {
        return field.getType()
                .check(customValue(field, raw, label, locale, dateOrder), label, new HashSet<>(field.getOptions()));
    }

    private static @Nullable Object customValue(
            CustomField field, String raw, String label, Locale locale, ImportValues.DateOrder dateOrder) {
        return switch (field.getType()) {
            case YES_NO -> {
                Boolean b = ImportValues.yesNo(raw);
                if (b == null) {
                    throw new RuleViolationException("customfield.invalid.YES_NO", label);
                }
                yield b;
            }
            case DATE ->
                ImportValues.date(raw, dateOrder)
                        .orElseThrow(() -> new RuleViolationException("customfield.invalid.DATE", label));
            case MULTIPLE_CHOICE -> {
                Object chosen = field.getType().parse(raw, locale, label, "", "");
                // "Gold, Silver" (as lists show it) when no option holds a comma and ";" split nothing.
                if (chosen instanceof Set<?> set
                        && set.size() == 1
                        && raw.contains(",")
                        && !field.getOptions().contains(raw)) {
                    Set<String> split = new java.util.LinkedHashSet<>();
                    for (String part : raw.split(",")) {
                        if (!part.isBlank()) {
                            split.add(part.strip());
                        }
                    }
                    yield split;
                }
                yield chosen;
            }
            default -> field.getType().parse(raw, locale, label, "", "");
        };
    }

    private static void putIf(Map<ImportField, String> map, ImportField field, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            map.put(field, value);
        }
    }

    private static void addIfPresent(Set<String> set, String value) {
        if (!value.isEmpty()) {
            set.add(value);
        }
    }

    private static @Nullable String firstNonBlank(@Nullable String a, @Nullable String b) {
        return a != null && !a.isBlank() ? a : b != null && !b.isBlank() ? b : null;
    }

    /** "Anna Maria Becker" → first "Anna Maria", last "Becker"; "Becker, Anna" → first "Anna", last "Becker". */
    static @Nullable String[] splitName(String full) {
        String s = full.strip();
        if (s.isEmpty()) {
            return new String[] {null, null};
        }
        int comma = s.indexOf(',');
        if (comma > 0) {
            return new String[] {
                s.substring(comma + 1).strip(), s.substring(0, comma).strip()
            };
        }
        int space = s.lastIndexOf(' ');
        return space < 0
                ? new String[] {s, null}
                : new String[] {s.substring(0, space).strip(), s.substring(space + 1)};
    }

    private static <T> List<ConstraintViolation<T>> sorted(Set<ConstraintViolation<T>> violations) {
        return violations.stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .toList();
    }

    private static @Nullable ClientType type(String value) {
        return switch (ImportField.normalize(value)) {
            case "",
                    "company",
                    "business",
                    "organisation",
                    "organization",
                    "firma",
                    "unternehmen",
                    "geschaeftskunde",
                    "geschaftskunde",
                    "entreprise",
                    "societe",
                    "professionnel",
                    "empresa",
                    "negocio" -> ClientType.COMPANY;
            case "individual",
                    "person",
                    "private",
                    "consumer",
                    "privatperson",
                    "privat",
                    "privatkunde",
                    "particulier",
                    "personne",
                    "particular",
                    "persona" -> ClientType.INDIVIDUAL;
            default -> null;
        };
    }

    private static ImportField importField(ClientField field) {
        return switch (field) {
            case OWNER -> ImportField.OWNER;
            case LEAD_SOURCE -> ImportField.LEAD_SOURCE;
            case INQUIRY_DATE -> ImportField.INQUIRY_DATE;
            case FINALIZED_DATE -> ImportField.FINALIZED_DATE;
            case DESIGNATION -> ImportField.DESIGNATION;
            case WEBSITE -> ImportField.WEBSITE;
            case COMMUNICATION_ID -> ImportField.COMMUNICATION_ID;
            case EMAIL -> ImportField.EMAIL;
            case ALTERNATE_EMAIL -> ImportField.ALTERNATE_EMAIL;
            case PHONE -> ImportField.PHONE;
            case MOBILE -> ImportField.MOBILE;
            case TAX_ID -> ImportField.TAX_ID;
        };
    }

    private static @Nullable ImportField clientField(String path) {
        return switch (path) {
            case "name" -> ImportField.NAME;
            case "type" -> ImportField.TYPE;
            case "email" -> ImportField.EMAIL;
            case "alternateEmail" -> ImportField.ALTERNATE_EMAIL;
            case "phone" -> ImportField.PHONE;
            case "mobile" -> ImportField.MOBILE;
            case "website" -> ImportField.WEBSITE;
            case "taxId" -> ImportField.TAX_ID;
            case "notes" -> ImportField.NOTES;
            case "currency" -> ImportField.CURRENCY;
            case "language" -> ImportField.LANGUAGE;
            case "designation" -> ImportField.DESIGNATION;
            case "communicationId" -> ImportField.COMMUNICATION_ID;
            case "billingAddress.street" -> ImportField.STREET;
            case "billingAddress.city" -> ImportField.CITY;
            case "billingAddress.state" -> ImportField.STATE;
            case "billingAddress.postalCode" -> ImportField.POSTAL_CODE;
            case "billingAddress.country" -> ImportField.COUNTRY;
            case "billingAddress.text" -> ImportField.ADDRESS_TEXT;
            case "shippingAddress.street" -> ImportField.SHIPPING_STREET;
            case "shippingAddress.city" -> ImportField.SHIPPING_CITY;
            case "shippingAddress.state" -> ImportField.SHIPPING_STATE;
            case "shippingAddress.postalCode" -> ImportField.SHIPPING_POSTAL_CODE;
            case "shippingAddress.country" -> ImportField.SHIPPING_COUNTRY;
            case "shippingAddress.text" -> ImportField.SHIPPING_TEXT;
            default -> null;
        };
    }

    private static @Nullable ImportField contactField(String path) {
        return switch (path) {
            case "firstName", "name" -> ImportField.CONTACT_FIRST_NAME;
            case "lastName" -> ImportField.CONTACT_LAST_NAME;
            case "email" -> ImportField.CONTACT_EMAIL;
            case "phone" -> ImportField.CONTACT_PHONE;
            case "mobile" -> ImportField.CONTACT_MOBILE;
            case "title" -> ImportField.CONTACT_TITLE;
            default -> null;
        };
    }

    static String taxKey(String taxId) {
        return taxId.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    private record ContactData(
            @Nullable String firstName,
            @Nullable String lastName,
            @Nullable String email,
            @Nullable String phone,
            @Nullable String mobile,
            @Nullable String title,
            boolean primary) {

        void applyTo(Contact contact) {
            contact.setFirstName(firstName);
            contact.setLastName(lastName);
            contact.setName(Contact.joinName(firstName, lastName));
            contact.setEmail(email);
            contact.setPhone(phone);
            contact.setMobile(mobile);
            contact.setTitle(title);
            contact.setPrimary(primary);
        }
    }

    /** A record read through the mapping: cells stripped and unguarded, a per-file default where a cell is empty. */
    private record Row(CsvTable.Record record, Map<ImportField, Integer> columns, Map<ImportField, String> defaults) {

        String get(ImportField field) {
            Integer column = columns.get(field);
            String v = column == null
                    ? ""
                    : ImportValues.unguard(record.cell(column)).strip();
            if (v.isEmpty()) {
                v = defaults.getOrDefault(field, "").strip();
            }
            return v;
        }

        boolean has(ImportField field) {
            return !get(field).isEmpty();
        }

        @Nullable
        String orNull(ImportField field) {
            String v = get(field);
            return v.isEmpty() ? null : v;
        }

        boolean any(ImportField... fields) {
            for (ImportField f : fields) {
                if (has(f)) {
                    return true;
                }
            }
            return false;
        }
    }
}
