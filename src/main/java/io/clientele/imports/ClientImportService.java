package io.clientele.imports;

import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.security.Roles;
import io.clientele.base.ui.AppLanguages;
import io.clientele.client.Address;
import io.clientele.client.Client;
import io.clientele.client.ClientService;
import io.clientele.client.ClientType;
import io.clientele.contact.Contact;
import io.clientele.contact.ContactService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports clients (each with an optional first contact) from a parsed CSV file: checks every row with the same
 * rules as the client form, leaves out rows whose client exists already (same e-mail or tax ID) or appears earlier
 * in the file, and writes everything in one transaction, or nothing when any row has an error.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
public class ClientImportService {

    /** Rows written between two flushes of the persistence context, which keeps memory flat on big files. */
    static final int BATCH = 100;

    private static final int IN_CHUNK = 500;

    private final ClientService clients;
    private final ContactService contacts;
    private final Validator validator;
    private final EntityManager em;

    ClientImportService(ClientService clients, ContactService contacts, Validator validator, EntityManager em) {
        this.clients = clients;
        this.contacts = contacts;
        this.validator = validator;
        this.em = em;
    }

    /** The dry run: what {@link #importAll} would do, without writing anything. Messages are in {@code locale}. */
    public ImportPlan check(CsvTable table, Map<Integer, ImportField> mapping, Locale locale) {
        return prepare(table, mapping, locale).plan();
    }

    /**
     * Imports every row that is not a duplicate, in one transaction. {@code progress} hears the number of rows
     * written so far; if it (or anything else) fails, nothing is kept.
     *
     * @return the plan that was carried out
     * @throws RuleViolationException {@code client.import.refused} when any row has an error: nothing is imported
     */
    @Transactional
    public ImportPlan importAll(
            CsvTable table, Map<Integer, ImportField> mapping, Locale locale, IntConsumer progress) {
        Prepared prepared = prepare(table, mapping, locale);
        ImportPlan plan = prepared.plan();
        if (!plan.errors().isEmpty()) {
            throw new RuleViolationException(
                    "client.import.refused", plan.errors().size());
        }
        int done = 0;
        for (Candidate candidate : prepared.candidates) {
            Client saved = clients.save(candidate.client);
            if (candidate.contact != null) {
                Contact contact = new Contact(saved);
                ContactData data = candidate.contact;
                contact.setFirstName(data.firstName);
                contact.setLastName(data.lastName);
                contact.setEmail(data.email);
                contact.setPhone(data.phone);
                contacts.save(contact);
            }
            done++;
            if (done % BATCH == 0) {
                em.flush();
                em.clear();
            }
            progress.accept(done);
        }
        return plan;
    }

    private Prepared prepare(CsvTable table, Map<Integer, ImportField> mapping, Locale locale) {
        Prepared out = new Prepared(table.records().size());
        Map<ImportField, Integer> columns = new EnumMap<>(ImportField.class);
        mapping.forEach((column, field) -> {
            if (columns.put(field, column) != null) {
                out.errors.add(ImportPlan.Issue.key(0, field, "client.import.mapped-twice"));
            }
        });
        if (!columns.containsKey(ImportField.NAME)) {
            out.errors.add(ImportPlan.Issue.key(0, ImportField.NAME, "client.import.name-unmapped"));
        }
        if (!out.errors.isEmpty()) {
            return out;
        }
        Set<String> existingEmails = existing("email", values(table, columns.get(ImportField.EMAIL), false));
        Set<String> existingTaxIds = existing("taxId", values(table, columns.get(ImportField.TAX_ID), true));
        Map<String, Integer> emailsInFile = new HashMap<>();
        Map<String, Integer> taxIdsInFile = new HashMap<>();
        Client template = clients.newClient(ClientType.COMPANY);
        Locale previous = LocaleContextHolder.getLocale();
        LocaleContextHolder.setLocale(locale);
        try {
            for (CsvTable.Record record : table.records()) {
                Row row = new Row(record, columns);
                String name = row.get(ImportField.NAME);
                String email = row.get(ImportField.EMAIL).toLowerCase(Locale.ROOT);
                String taxId = taxKey(row.get(ImportField.TAX_ID));
                if (!email.isEmpty() && existingEmails.contains(email)) {
                    out.duplicates.add(new ImportPlan.Duplicate(record.line(), name, row.get(ImportField.EMAIL), null));
                    continue;
                }
                if (!taxId.isEmpty() && existingTaxIds.contains(taxId)) {
                    out.duplicates.add(
                            new ImportPlan.Duplicate(record.line(), name, row.get(ImportField.TAX_ID), null));
                    continue;
                }
                Integer earlier = email.isEmpty() ? null : emailsInFile.get(email);
                String matched = row.get(ImportField.EMAIL);
                if (earlier == null && !taxId.isEmpty()) {
                    earlier = taxIdsInFile.get(taxId);
                    matched = row.get(ImportField.TAX_ID);
                }
                if (earlier != null) {
                    out.duplicates.add(new ImportPlan.Duplicate(record.line(), name, matched, earlier));
                    continue;
                }
                if (!email.isEmpty()) {
                    emailsInFile.put(email, record.line());
                }
                if (!taxId.isEmpty()) {
                    taxIdsInFile.put(taxId, record.line());
                }
                Candidate candidate = candidate(row, template, out.errors);
                if (candidate != null) {
                    out.candidates.add(candidate);
                }
            }
        } finally {
            LocaleContextHolder.setLocale(previous);
        }
        return out;
    }

    private @Nullable Candidate candidate(Row row, Client template, List<ImportPlan.Issue> errors) {
        int line = row.record.line();
        int before = errors.size();
        ClientType type = type(row.get(ImportField.TYPE));
        if (type == null) {
            errors.add(ImportPlan.Issue.key(
                    line, ImportField.TYPE, "client.import.invalid-type", row.get(ImportField.TYPE)));
            type = ClientType.COMPANY;
        }
        Client client = new Client(type, row.get(ImportField.NAME));
        client.setCurrency(template.getCurrency());
        client.setLanguage(template.getLanguage());
        client.setPaymentTerm(template.getPaymentTerm());
        client.setOwnerId(template.getOwnerId());
        client.setEmail(row.orNull(ImportField.EMAIL));
        client.setPhone(row.orNull(ImportField.PHONE));
        client.setWebsite(row.orNull(ImportField.WEBSITE));
        client.setTaxId(row.orNull(ImportField.TAX_ID));
        client.setNotes(row.orNull(ImportField.NOTES));
        String country = row.get(ImportField.COUNTRY).toUpperCase(Locale.ROOT);
        client.setBillingAddress(new Address(
                row.orNull(ImportField.STREET),
                row.orNull(ImportField.CITY),
                row.orNull(ImportField.STATE),
                row.orNull(ImportField.POSTAL_CODE),
                country.isEmpty() ? null : country));
        if (!row.get(ImportField.CURRENCY).isEmpty()) {
            client.setCurrency(row.get(ImportField.CURRENCY).toUpperCase(Locale.ROOT));
        }
        String language = row.get(ImportField.LANGUAGE).toLowerCase(Locale.ROOT);
        if (!language.isEmpty()) {
            if (AppLanguages.CODES.contains(language)) {
                client.setLanguage(language);
            } else {
                errors.add(ImportPlan.Issue.key(
                        line,
                        ImportField.LANGUAGE,
                        "client.import.invalid-language",
                        row.get(ImportField.LANGUAGE),
                        String.join(", ", AppLanguages.CODES)));
            }
        }
        for (ConstraintViolation<Client> v : sorted(validator.validate(client))) {
            errors.add(
                    ImportPlan.Issue.text(line, clientField(v.getPropertyPath().toString()), v.getMessage()));
        }
        ContactData contact = null;
        if (row.any(
                ImportField.CONTACT_FIRST_NAME,
                ImportField.CONTACT_LAST_NAME,
                ImportField.CONTACT_EMAIL,
                ImportField.CONTACT_PHONE)) {
            contact = new ContactData(
                    row.orNull(ImportField.CONTACT_FIRST_NAME),
                    row.orNull(ImportField.CONTACT_LAST_NAME),
                    row.orNull(ImportField.CONTACT_EMAIL),
                    row.orNull(ImportField.CONTACT_PHONE));
            Contact check = new Contact(client);
            check.setFirstName(contact.firstName);
            check.setLastName(contact.lastName);
            check.setEmail(contact.email);
            check.setPhone(contact.phone);
            check.setName(Contact.joinName(contact.firstName, contact.lastName));
            for (ConstraintViolation<Contact> v : sorted(validator.validate(check))) {
                errors.add(ImportPlan.Issue.text(
                        line, contactField(v.getPropertyPath().toString()), v.getMessage()));
            }
        }
        return errors.size() == before ? new Candidate(client, contact) : null;
    }

    /** Violations in a stable order (by property), so the report reads the same on every run. */
    private static <T> List<ConstraintViolation<T>> sorted(Set<ConstraintViolation<T>> violations) {
        return violations.stream()
                .sorted(java.util.Comparator.comparing(v -> v.getPropertyPath().toString()))
                .toList();
    }

    private static @Nullable ClientType type(String value) {
        return switch (ImportField.normalize(value)) {
            case "",
                    "company",
                    "firma",
                    "unternehmen",
                    "entreprise",
                    "societe",
                    "empresa",
                    "business",
                    "organisation",
                    "organization" -> ClientType.COMPANY;
            case "individual", "person", "privatperson", "privat", "particulier", "personne", "particular", "persona" ->
                ClientType.INDIVIDUAL;
            default -> null;
        };
    }

    private static @Nullable ImportField clientField(String path) {
        return switch (path) {
            case "name" -> ImportField.NAME;
            case "type" -> ImportField.TYPE;
            case "email" -> ImportField.EMAIL;
            case "phone" -> ImportField.PHONE;
            case "website" -> ImportField.WEBSITE;
            case "taxId" -> ImportField.TAX_ID;
            case "notes" -> ImportField.NOTES;
            case "currency" -> ImportField.CURRENCY;
            case "language" -> ImportField.LANGUAGE;
            case "billingAddress.street" -> ImportField.STREET;
            case "billingAddress.city" -> ImportField.CITY;
            case "billingAddress.state" -> ImportField.STATE;
            case "billingAddress.postalCode" -> ImportField.POSTAL_CODE;
            case "billingAddress.country" -> ImportField.COUNTRY;
            default -> null;
        };
    }

    private static @Nullable ImportField contactField(String path) {
        return switch (path) {
            case "firstName", "name" -> ImportField.CONTACT_FIRST_NAME;
            case "lastName" -> ImportField.CONTACT_LAST_NAME;
            case "email" -> ImportField.CONTACT_EMAIL;
            case "phone" -> ImportField.CONTACT_PHONE;
            default -> null;
        };
    }

    private static String taxKey(String taxId) {
        return taxId.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    private static Set<String> values(CsvTable table, @Nullable Integer column, boolean taxId) {
        Set<String> values = new HashSet<>();
        if (column != null) {
            for (CsvTable.Record r : table.records()) {
                String v = r.cell(column).strip();
                if (!v.isEmpty()) {
                    values.add(taxId ? v : v.toLowerCase(Locale.ROOT));
                }
            }
        }
        return values;
    }

    /**
     * The values of an attribute that live clients already have, in the form rows are compared in. Queried in
     * chunks; the column collation (MySQL *_ci, H2 IGNORECASE) makes the comparison case-insensitive.
     */
    private Set<String> existing(String attribute, Collection<String> values) {
        Set<String> found = new HashSet<>();
        List<String> all = new ArrayList<>(values);
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + IN_CHUNK));
            em.createQuery(
                            "select c." + attribute + " from Client c where c.trashedAt is null and c." + attribute
                                    + " in :values",
                            String.class)
                    .setParameter("values", chunk)
                    .getResultList()
                    .forEach(v -> found.add(
                            attribute.equals("taxId") ? taxKey(v) : v.strip().toLowerCase(Locale.ROOT)));
        }
        return found;
    }

    private record ContactData(
            @Nullable String firstName,
            @Nullable String lastName,
            @Nullable String email,
            @Nullable String phone) {}

    private record Candidate(Client client, @Nullable ContactData contact) {}

    private record Row(CsvTable.Record record, Map<ImportField, Integer> columns) {

        String get(ImportField field) {
            Integer column = columns.get(field);
            return column == null ? "" : record.cell(column).strip();
        }

        @Nullable
        String orNull(ImportField field) {
            String v = get(field);
            return v.isEmpty() ? null : v;
        }

        boolean any(ImportField... fields) {
            for (ImportField f : fields) {
                if (!get(f).isEmpty()) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final class Prepared {
        final int rows;
        final List<Candidate> candidates = new ArrayList<>();
        final List<ImportPlan.Duplicate> duplicates = new ArrayList<>();
        final List<ImportPlan.Issue> errors = new ArrayList<>();

        Prepared(int rows) {
            this.rows = rows;
        }

        ImportPlan plan() {
            return new ImportPlan(rows, candidates.size(), duplicates, errors);
        }
    }
}
