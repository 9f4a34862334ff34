package io.clientele.billing;

import io.clientele.client.PersonalData;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A client's documents as personal data. Exported: every invoice, quote and credit note with the party data it holds,
 * its payments and quote answers, plus the PDF of each issued document. Anonymised: what is not a record kept by law —
 * draft invoices and all quotes lose the buyer's name, tax ID, addresses and notes, quote answers the signer's name
 * and note. Issued invoices and credit notes and the payments keep what they froze at issue: tax law requires them
 * unchanged (the table-scanning test allows the old values in exactly those rows).
 */
@Component
class BillingPersonalData implements PersonalData {

    /** Documents that are not records kept by law: drafts of any kind, and quotes even when sent. */
    private static final String NOT_FROZEN = "(issued_at is null or doc_type = 'QUOTE')";

    private final JdbcTemplate jdbc;
    private final DocumentPdfService pdfs;

    BillingPersonalData(JdbcTemplate jdbc, DocumentPdfService pdfs) {
        this.jdbc = jdbc;
        this.pdfs = pdfs;
    }

    @Override
    public String section() {
        return "billing";
    }

    @Override
    public @Nullable Object export(Subject subject) {
        if (!subject.wholeClient()) {
            return null;
        }
        long clientId = subject.clientId();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("documents", rows("""
                select id, doc_type, number, status, issue_date, due_date, currency, total, balance, buyer_name,
                buyer_tax_id, billing_address, shipping_address, notes, issued_at, sent_at, paid_at
                from billing_documents where client_id = ? order by id""", clientId));
        data.put("payments", rows("""
                select id, payment_date, amount, currency, method, reference, note from payments
                where client_id = ? order by id""", clientId));
        data.put("quoteResponses", rows("""
                select r.quote_id, r.decision, r.signed_name, r.note, r.po_number, r.account_name, r.responded_at
                from quote_responses r join billing_documents d on d.id = r.quote_id
                where d.client_id = ? order by r.id""", clientId));
        return data;
    }

    @Override
    public List<ExportFile> files(Subject subject) {
        if (!subject.wholeClient()) {
            return List.of();
        }
        List<ExportFile> files = new ArrayList<>();
        jdbc.query(
                "select id, doc_type, number from billing_documents where client_id = ? and issued_at is not null"
                        + " order by id",
                rs -> {
                    DocumentType type = switch (rs.getString(2)) {
                        case "QUOTE" -> DocumentType.QUOTE;
                        case "CREDIT" -> DocumentType.CREDIT_NOTE;
                        default -> DocumentType.INVOICE;
                    };
                    byte[] pdf = pdfs.documentPdf(type, rs.getLong(1), PdfLanguage.CLIENT);
                    String name = String.valueOf(rs.getString(3)).replaceAll("[^A-Za-z0-9._-]", "_");
                    files.add(new ExportFile("documents/" + name + ".pdf", pdf));
                },
                subject.clientId());
        return files;
    }

    @Override
    public List<String> openDocuments(long clientId) {
        return jdbc.queryForList(
                "select number from billing_documents where client_id = ? and doc_type = 'INVOICE'"
                        + " and issued_at is not null and balance > 0 order by number",
                String.class,
                clientId);
    }

    @Override
    public void anonymise(Subject subject) {
        if (!subject.wholeClient()) {
            return;
        }
        long clientId = subject.clientId();
        jdbc.update(
                "update billing_documents set buyer_name = null, buyer_tax_id = null, billing_address = null,"
                        + " shipping_address = null, notes = null, internal_notes = null, buyer_street = null,"
                        + " buyer_postal_code = null, buyer_city = null, buyer_subdivision = null, buyer_endpoint_id = null,"
                        + " buyer_endpoint_scheme = null, buyer_reference = null, version = version + 1"
                        + " where client_id = ? and " + NOT_FROZEN,
                clientId);
        jdbc.update(
                "update quote_responses set signed_name = ?, account_name = ?, note = null where quote_id in"
                        + " (select d.id from billing_documents d where d.client_id = ?)",
                PLACEHOLDER,
                PLACEHOLDER,
                clientId);
    }

    /** Rows as JSON-ready maps: lower-case column names, amounts as numbers, dates and times as ISO text. */
    private List<Map<String, @Nullable Object>> rows(String sql, long clientId) {
        return jdbc.queryForList(sql, clientId).stream()
                .map(row -> {
                    Map<String, @Nullable Object> out = new LinkedHashMap<>();
                    row.forEach((column, value) -> out.put(column.toLowerCase(Locale.ROOT), json(value)));
                    return out;
                })
                .toList();
    }

    private static @Nullable Object json(@Nullable Object value) {
        if (value == null || value instanceof Number || value instanceof Boolean) {
            return value instanceof BigDecimal amount
                    ? amount.stripTrailingZeros().toPlainString()
                    : value;
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().toString();
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        return value.toString();
    }
}
