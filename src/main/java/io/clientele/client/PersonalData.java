package io.clientele.client;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The personal data a feature holds about a client or one of its people, for the client's data on request (GDPR
 * articles 15, 17 and 20). Each feature that stores names, addresses, e-mails, notes or files of a client implements
 * it as a Spring bean, so that {@link PersonalDataService} can export and anonymise everything without the client
 * feature knowing the features (the same way {@link ClientDependents} lets a deletion reach them). A feature added
 * later (support requests, say) plugs in with one such class; forgetting it leaves its data out of the export and in
 * the database after an anonymisation, which the table-scanning test shows.
 */
public interface PersonalData {

    /** What stands in for a removed name or text; neutral and the same in every language. */
    String PLACEHOLDER = "Anonymised";

    /** Name of this feature's member in the export's JSON document ("contacts", "notes", …), unique among features. */
    String section();

    /**
     * What this feature holds about the subject, as JSON-ready values (maps with string keys, lists, strings, numbers,
     * booleans, dates as text); null when it holds nothing. Never secrets (password hashes, tokens). Called after the
     * caller's access to the client was checked, inside a read-only transaction.
     */
    @Nullable
    Object export(Subject subject);

    /** Files that belong in the export beside the JSON document (the PDFs of the client's documents). */
    default List<ExportFile> files(Subject subject) {
        return List.of();
    }

    /**
     * Replaces the subject's personal data with neutral placeholders, inside the anonymisation's one transaction (a
     * failure undoes all of it). Records kept by law (issued invoices, credit notes, payments) keep what they froze.
     */
    void anonymise(Subject subject);

    /**
     * Documents that anonymising the client leaves open (unpaid issued invoices), each as people know it (its number),
     * so that the confirmation can name them.
     */
    default List<String> openDocuments(long clientId) {
        return List.of();
    }

    /**
     * Whose data: the whole client ({@code contactId} null: the client, all its people and everything hanging off it),
     * or one contact of it (that person's own records only).
     */
    record Subject(long clientId, @Nullable Long contactId) {

        public static Subject client(long clientId) {
            return new Subject(clientId, null);
        }

        public static Subject contact(long clientId, long contactId) {
            return new Subject(clientId, contactId);
        }

        /** Whether the whole client is meant, not one person of it. */
        public boolean wholeClient() {
            return contactId == null;
        }
    }

    /** A file of the export: its path inside the ZIP and its bytes. */
    record ExportFile(String path, byte[] content) {

        public ExportFile {
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }
}
