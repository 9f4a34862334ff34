package io.clientele.imports;

import io.clientele.base.domain.PageCap;
import io.clientele.base.reporting.Csv;
import io.clientele.base.security.Roles;
import io.clientele.base.security.UserDirectory;
import io.clientele.base.security.UserRef;
import io.clientele.client.Address;
import io.clientele.client.Client;
import io.clientele.client.ClientExportService;
import io.clientele.client.ClientFilter;
import io.clientele.client.ClientGroup;
import io.clientele.client.ClientRow;
import io.clientele.client.ClientService;
import io.clientele.client.ClientTags;
import io.clientele.client.CustomField;
import io.clientele.client.CustomFieldOwner;
import io.clientele.client.CustomFields;
import io.clientele.contact.Contact;
import io.clientele.contact.ContactRow;
import io.clientele.contact.ContactService;
import io.clientele.settings.LeadSourceService;
import io.clientele.settings.SettingsService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client book as a file that reads back: every client field (both address forms and which one is in force,
 * shipping, tax ID, website, groups, payment term, language, currency, owner, lead source, dates, notes) with the client's id in a stable first
 * column, and the contacts naming their client by that id — as an XLSX workbook with two sheets, or a ZIP with two
 * CSV files. Headers are the import's field labels in the user's language, so the import maps them by itself; each
 * client custom field (issue 22) follows as a column headed by its label, its values in a form the import reads back.
 * Streams page by page: a large book never sits in memory whole.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANAGER})
public class ClientBookExportService {

    /** The client columns, in file order. */
    public static final List<ImportField> CLIENT_COLUMNS = List.of(
            ImportField.ID,
            ImportField.NAME,
            ImportField.TYPE,
            ImportField.EMAIL,
            ImportField.ALTERNATE_EMAIL,
            ImportField.PHONE,
            ImportField.MOBILE,
            ImportField.WEBSITE,
            ImportField.TAX_ID,
            ImportField.STREET,
            ImportField.CITY,
            ImportField.STATE,
            ImportField.POSTAL_CODE,
            ImportField.COUNTRY,
            ImportField.ADDRESS_TEXT,
            ImportField.ADDRESS_FORM,
            ImportField.SHIPPING_STREET,
            ImportField.SHIPPING_CITY,
            ImportField.SHIPPING_STATE,
            ImportField.SHIPPING_POSTAL_CODE,
            ImportField.SHIPPING_COUNTRY,
            ImportField.SHIPPING_TEXT,
            ImportField.SHIPPING_ADDRESS_FORM,
            ImportField.CURRENCY,
            ImportField.LANGUAGE,
            ImportField.PAYMENT_TERM,
            ImportField.LEAD_SOURCE,
            ImportField.GROUPS,
            ImportField.TAGS,
            ImportField.OWNER,
            ImportField.INQUIRY_DATE,
            ImportField.FINALIZED_DATE,
            ImportField.DESIGNATION,
            ImportField.COMMUNICATION_ID,
            ImportField.ACTIVE,
            ImportField.NOTES);

    /** The contact columns, in file order; the first names the client by its id. */
    public static final List<ImportField> CONTACT_COLUMNS = List.of(
            ImportField.ID,
            ImportField.NAME,
            ImportField.CONTACT_FIRST_NAME,
            ImportField.CONTACT_LAST_NAME,
            ImportField.CONTACT_EMAIL,
            ImportField.CONTACT_PHONE,
            ImportField.CONTACT_MOBILE,
            ImportField.CONTACT_TITLE,
            ImportField.CONTACT_PRIMARY);

    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String ZIP_TYPE = "application/zip";

    private final ClientExportService pages;
    private final ClientService clients;
    private final ContactService contacts;
    private final UserDirectory users;
    private final SettingsService settings;
    private final LeadSourceService leadSources;
    private final EntityManager em;
    private final CustomFields customFields;

    ClientBookExportService(
            ClientExportService pages,
            ClientService clients,
            ContactService contacts,
            UserDirectory users,
            SettingsService settings,
            LeadSourceService leadSources,
            EntityManager em,
            CustomFields customFields) {
        this.customFields = customFields;
        this.pages = pages;
        this.clients = clients;
        this.contacts = contacts;
        this.users = users;
        this.settings = settings;
        this.leadSources = leadSources;
        this.em = em;
    }

    /** The names of the payment terms and lead sources by id, read once per export (both lists are short). */
    private record SettingNames(Map<Long, String> paymentTerms, Map<Long, String> leadSources) {

        String paymentTerm(@Nullable Long id) {
            return id == null ? "" : paymentTerms.getOrDefault(id, "");
        }

        String leadSource(@Nullable Long id) {
            return id == null ? "" : leadSources.getOrDefault(id, "");
        }
    }

    private SettingNames settingNames() {
        Map<Long, String> terms = new HashMap<>();
        settings.paymentTerms().forEach(t -> terms.put(t.getId(), t.getName()));
        Map<Long, String> sources = new HashMap<>();
        leadSources.all().forEach(s -> sources.put(s.getId(), s.getName()));
        return new SettingNames(terms, sources);
    }

    /** {@link #writeXlsx(ClientFilter, Function, Locale, OutputStream)} with custom fields headed in English. */
    public void writeXlsx(ClientFilter filter, Function<String, String> labels, OutputStream out) throws IOException {
        writeXlsx(filter, labels, Locale.ENGLISH, out);
    }

    /** {@link #writeZip(ClientFilter, Function, Locale, OutputStream)} with custom fields headed in English. */
    public void writeZip(ClientFilter filter, Function<String, String> labels, OutputStream out) throws IOException {
        writeZip(filter, labels, Locale.ENGLISH, out);
    }

    /**
     * Writes the clients the filter finds (as the list shows them) and their contacts as an XLSX workbook; custom
     * fields are headed by their labels in {@code locale}'s language.
     */
    public void writeXlsx(ClientFilter filter, Function<String, String> labels, Locale locale, OutputStream out)
            throws IOException {
        List<CustomField> custom = customFields.fields(CustomFieldOwner.CLIENT);
        // Streaming workbook: only a window of rows is in memory, the rest goes to a temporary file.
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheet clientSheet = book.createSheet(labels.apply("client.export.sheet.clients"));
            Sheet contactSheet = book.createSheet(labels.apply("client.export.sheet.contacts"));
            int[] rows = {0, 0};
            Row clientHeader = clientSheet.createRow(rows[0]++);
            header(clientHeader, CLIENT_COLUMNS, labels);
            for (int i = 0; i < custom.size(); i++) {
                clientHeader
                        .createCell(CLIENT_COLUMNS.size() + i)
                        .setCellValue(customFields.label(custom.get(i), locale));
            }
            header(contactSheet.createRow(rows[1]++), CONTACT_COLUMNS, labels);
            SettingNames names = settingNames();
            walk(filter, (client, clientContacts, owner, values) -> {
                cells(clientSheet.createRow(rows[0]++), withCustom(clientCells(client, owner, names), custom, values));
                for (Contact c : clientContacts) {
                    cells(contactSheet.createRow(rows[1]++), contactCells(client, c));
                }
            });
            book.write(out);
            book.dispose();
        }
    }

    /** The same as {@link #writeXlsx}, as two CSV files (UTF-8 with a byte order mark) in a ZIP. */
    public void writeZip(ClientFilter filter, Function<String, String> labels, Locale locale, OutputStream out)
            throws IOException {
        List<CustomField> custom = customFields.fields(CustomFieldOwner.CLIENT);
        // The contacts go to a buffer while the clients stream: both files are written in one walk over the book.
        ByteArrayOutputStream contactBuffer = new ByteArrayOutputStream();
        Writer contactWriter = new OutputStreamWriter(contactBuffer, StandardCharsets.UTF_8);
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.putNextEntry(new ZipEntry(ImportFiles.CLIENTS_NAME + ".csv"));
        Writer clientWriter = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        clientWriter.write('\uFEFF');
        contactWriter.write('\uFEFF');
        List<String> clientHeaders = new ArrayList<>(
                CLIENT_COLUMNS.stream().map(f -> labels.apply(f.labelKey())).toList());
        custom.forEach(f -> clientHeaders.add(customFields.label(f, locale)));
        clientWriter.write(Csv.line(clientHeaders));
        contactWriter.write(Csv.line(
                CONTACT_COLUMNS.stream().map(f -> labels.apply(f.labelKey())).toList()));
        SettingNames names = settingNames();
        try {
            walk(filter, (client, clientContacts, owner, values) -> {
                try {
                    clientWriter.write(Csv.line(withCustom(clientCells(client, owner, names), custom, values)));
                    for (Contact c : clientContacts) {
                        contactWriter.write(Csv.line(contactCells(client, c)));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        clientWriter.flush();
        zip.closeEntry();
        contactWriter.flush();
        zip.putNextEntry(new ZipEntry(ImportFiles.CONTACTS_NAME + ".csv"));
        contactBuffer.writeTo(zip);
        zip.closeEntry();
        zip.finish();
    }

    private interface ClientConsumer {
        void accept(Client client, List<Contact> contacts, String owner, Map<Long, Object> customValues);
    }

    private void walk(ClientFilter filter, ClientConsumer consumer) {
        Map<Long, String> usernames = new HashMap<>();
        pages.forEachPage(filter, Sort.by("name"), rows -> {
            // The page's custom values in two statements.
            Map<Long, Map<Long, Object>> custom =
                    customFields.valuesOf(rows.stream().map(ClientRow::id).toList());
            for (ClientRow row : rows) {
                Client client = clients.get(row.id());
                List<Contact> list = new ArrayList<>();
                for (ContactRow c : contacts.page(row.id(), false, PageRequest.of(0, PageCap.MAX_PAGE_SIZE))) {
                    list.add(contacts.get(c.id()));
                }
                Long owner = client.getOwnerId();
                if (owner != null && !usernames.containsKey(owner)) {
                    usernames.put(
                            owner, users.find(owner).map(UserRef::username).orElse(""));
                }
                consumer.accept(
                        client,
                        list,
                        owner == null ? "" : usernames.get(owner),
                        custom.getOrDefault(row.id(), Map.of()));
            }
            // One page of entities at a time in the persistence context.
            em.clear();
        });
    }

    private static List<String> clientCells(Client c, String owner, SettingNames names) {
        Address b = c.getBillingAddress();
        Address s = c.isShippingSameAsBilling() ? new Address() : c.getShippingAddress();
        List<String> groupNames =
                c.getGroups().stream().map(ClientGroup::getName).sorted().toList();
        return List.of(
                String.valueOf(c.getId()),
                c.getName(),
                c.getType().name().toLowerCase(Locale.ROOT),
                text(c.getEmail()),
                text(c.getAlternateEmail()),
                text(c.getPhone()),
                text(c.getMobile()),
                text(c.getWebsite()),
                text(c.getTaxId()),
                text(b.getStreet()),
                text(b.getCity()),
                text(b.getState()),
                text(b.getPostalCode()),
                text(b.getCountry()),
                text(b.getText()),
                AddressForms.cell(b),
                text(s.getStreet()),
                text(s.getCity()),
                text(s.getState()),
                text(s.getPostalCode()),
                text(s.getCountry()),
                text(s.getText()),
                s.isEmpty() ? "" : AddressForms.cell(s),
                c.getCurrency(),
                c.getLanguage(),
                names.paymentTerm(c.getPaymentTermId()),
                names.leadSource(c.getLeadSourceId()),
                String.join(", ", groupNames),
                ClientTags.cell(c.getTags()),
                owner,
                c.getInquiryDate() == null ? "" : c.getInquiryDate().toString(),
                c.getFinalizedDate() == null ? "" : c.getFinalizedDate().toString(),
                text(c.getDesignation()),
                text(c.getCommunicationId()),
                Boolean.toString(c.isActive()),
                text(c.getNotes()));
    }

    private static List<String> withCustom(List<String> cells, List<CustomField> fields, Map<Long, Object> values) {
        List<String> out = new ArrayList<>(cells);
        for (CustomField field : fields) {
            Object value = values.get(field.getId());
            out.add(value == null ? "" : customCell(value));
        }
        return out;
    }

    /**
     * A custom value as the import reads it back in any language: numbers plain ("1234.5"; a decimal with three
     * places gets a fourth, so that a German or Spanish import cannot take "1.234" for grouped thousands), dates
     * ISO, yes/no as true/false, choices separated by ";".
     */
    static String customCell(Object value) {
        return switch (value) {
            case BigDecimal n -> {
                BigDecimal plain = n.stripTrailingZeros();
                if (plain.scale() < 0) {
                    plain = plain.setScale(0);
                }
                yield (plain.scale() == 3 ? plain.setScale(4) : plain).toPlainString();
            }
            case java.util.Collection<?> chosen ->
                String.join(";", chosen.stream().map(String::valueOf).toList());
            default -> value.toString();
        };
    }

    private static List<String> contactCells(Client client, Contact c) {
        return List.of(
                String.valueOf(client.getId()),
                client.getName(),
                text(c.getFirstName()),
                text(c.getLastName()),
                text(c.getEmail()),
                text(c.getPhone()),
                text(c.getMobile()),
                text(c.getTitle()),
                Boolean.toString(c.isPrimary()));
    }

    private static void header(Row row, List<ImportField> fields, Function<String, String> labels) {
        for (int i = 0; i < fields.size(); i++) {
            row.createCell(i).setCellValue(labels.apply(fields.get(i).labelKey()));
        }
    }

    private static void cells(Row row, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (!values.get(i).isEmpty()) {
                // Text cells: a spreadsheet never runs them as formulas, so no guard is needed here.
                row.createCell(i).setCellValue(values.get(i));
            }
        }
    }

    private static String text(@Nullable String s) {
        return s == null ? "" : s;
    }
}
