package io.clientele.client;

import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.security.CallerScope;
import io.clientele.base.security.Roles;
import io.clientele.base.security.UserDirectory;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The client's data on request (GDPR articles 15, 17 and 20): exports everything the features hold about a client or
 * one of its people as a ZIP (one JSON document plus the PDFs of its documents), and anonymises it in one
 * transaction. The features contribute through {@link PersonalData}; this service knows none of them.
 */
@Service
@Transactional(readOnly = true)
public class PersonalDataService {

    /** The JSON document's name inside the ZIP. */
    public static final String DOCUMENT = "personal-data.json";

    /** The client history's field for the audit entry of an anonymisation (who and when are the entry's own). */
    static final String ANONYMISED = "anonymised";

    /** The same for one contact's anonymisation; the entry's new value is the contact's id. */
    static final String CONTACT_ANONYMISED = "anonymisedContact";

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final List<PersonalData> features;
    private final ClientScope scope;
    private final ClientRepository clients;
    private final ClientHistory history;
    private final UserDirectory users;
    private final Clock clock;

    PersonalDataService(
            List<PersonalData> features,
            ClientScope scope,
            ClientRepository clients,
            ClientHistory history,
            UserDirectory users,
            Clock clock) {
        this.features = features;
        this.scope = scope;
        this.clients = clients;
        this.history = history;
        this.users = users;
        this.clock = clock;
        Set<String> sections = new HashSet<>();
        for (PersonalData feature : features) {
            if (!sections.add(feature.section())) {
                throw new IllegalStateException("Two features export the section " + feature.section());
            }
        }
    }

    /**
     * Everything held about the client, its people and what hangs off it, as a ZIP: {@value #DOCUMENT} with one
     * member per feature, and the PDFs of its documents. Never password hashes.
     *
     * @throws ClientNotFoundException when the caller may not see the client
     */
    @RolesAllowed(Roles.ADMIN)
    public byte[] export(long clientId) {
        scope.require(clientId);
        return zip(PersonalData.Subject.client(clientId));
    }

    /**
     * For a Client Center login: what is held about its own person (its contact, its login, the documents of its
     * client its permissions show it).
     *
     * @throws ClientNotFoundException when the caller is no login of a live client with a contact
     */
    @RolesAllowed(Roles.CLIENT)
    public byte[] exportOwn() {
        CallerScope caller = scope.caller();
        Long clientId = caller.clientId();
        Long accountId = caller.accountId();
        if (clientId == null || accountId == null) {
            throw new ClientNotFoundException(-1);
        }
        scope.require(clientId);
        long contactId = users.contactOf(accountId).orElseThrow(() -> new ClientNotFoundException(clientId));
        return zip(PersonalData.Subject.contact(clientId, contactId));
    }

    /**
     * Documents that stay open when the client is anonymised (unpaid issued invoices), by number, for the
     * confirmation that names them.
     */
    @RolesAllowed(Roles.ADMIN)
    public List<String> openDocuments(long clientId) {
        scope.require(clientId);
        List<String> open = new ArrayList<>();
        features.forEach(f -> open.addAll(f.openDocuments(clientId)));
        return open;
    }

    /**
     * Replaces the personal data of the client and everything hanging off it with neutral placeholders, in one
     * transaction, ends its Client Center logins and records who did it when in the client's history. Issued
     * invoices, credit notes and payments keep the data they froze at issue (tax law keeps them).
     *
     * @throws ClientNotFoundException when the caller may not see the client
     */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public void anonymise(long clientId) {
        scope.require(clientId);
        // Locked, so that a save of the client form in between cannot write the old values back.
        clients.findLiveForUpdate(clientId).orElseThrow(() -> new ClientNotFoundException(clientId));
        run(PersonalData.Subject.client(clientId));
        history.note(clientId, ANONYMISED, null, null);
    }

    /**
     * Anonymises one contact of the client: its own record, its login (ended) and what names it; the client and its
     * other people stay as they are. Recorded in the client's history.
     *
     * @throws ClientNotFoundException when the caller may not see the client
     * @throws RuleViolationException when the contact is not one of the client's ({@code gdpr.contact.unknown})
     */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public void anonymiseContact(long clientId, long contactId) {
        scope.require(clientId);
        run(PersonalData.Subject.contact(clientId, contactId));
        history.note(clientId, CONTACT_ANONYMISED, null, "#" + contactId);
    }

    private void run(PersonalData.Subject subject) {
        features.forEach(f -> f.anonymise(subject));
    }

    private byte[] zip(PersonalData.Subject subject) {
        Map<String, @Nullable Object> document = new LinkedHashMap<>();
        document.put("exportedAt", clock.instant().toString());
        document.put("clientId", subject.clientId());
        if (subject.contactId() != null) {
            document.put("contactId", subject.contactId());
        }
        List<PersonalData.ExportFile> files = new ArrayList<>();
        for (PersonalData feature : features) {
            document.put(feature.section(), feature.export(subject));
            files.addAll(feature.files(subject));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(DOCUMENT));
            zip.write(JSON.writeValueAsBytes(document));
            zip.closeEntry();
            Set<String> paths = new HashSet<>();
            for (PersonalData.ExportFile file : files) {
                // Two documents with the same number (an invoice and a quote) must not make a ZIP with twin entries.
                String path = file.path();
                for (int n = 2; !paths.add(path); n++) {
                    path = file.path().replaceFirst("(\\.[^./]+)?$", "-" + n + "$1");
                }
                zip.putNextEntry(new ZipEntry(path));
                zip.write(file.content());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
