package io.clientele.billing;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sequential document numbers per type and year, taken only when a document is issued. The counter row is read with a
 * row lock inside the issuing transaction, so two people issuing at the same moment wait for each other and get
 * consecutive numbers; an issue that rolls back gives its number back, and an issued document can never be deleted:
 * the sequence has no gaps.
 */
@Component
class NumberSequences {

    private static final Pattern SEQ = Pattern.compile("\\{seq(?::([1-9]))?}");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate separately;

    NumberSequences(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    String next(DocumentType type, String pattern, LocalDate date) {
        int year = date.getYear();
        long value = take(type, year);
        return format(pattern, date, value);
    }

    private long take(DocumentType type, int year) {
        ensureCounter(type, year);
        Long value = jdbc.queryForObject(
                "select next_value from number_sequences where doc_type = ? and seq_year = ? for update",
                Long.class,
                type.sequenceKey(),
                year);
        long taken = value == null ? 1 : value;
        jdbc.update(
                "update number_sequences set next_value = ? where doc_type = ? and seq_year = ?",
                taken + 1,
                type.sequenceKey(),
                year);
        return taken;
    }

    /**
     * Creates the year's counter in a transaction of its own: locking a row that does not exist yet would leave two
     * first-of-the-year creations deadlocking on the insert.
     */
    private void ensureCounter(DocumentType type, int year) {
        Integer exists = jdbc.queryForObject(
                "select count(*) from number_sequences where doc_type = ? and seq_year = ?",
                Integer.class,
                type.sequenceKey(),
                year);
        if (exists != null && exists > 0) {
            return;
        }
        try {
            separately.executeWithoutResult(status -> jdbc.update(
                    "insert into number_sequences (doc_type, seq_year, next_value) values (?, ?, 1)",
                    type.sequenceKey(),
                    year));
        } catch (DataIntegrityViolationException e) {
            // Another transaction created it a moment ago; theirs is just as good.
        }
    }

    static String format(String pattern, LocalDate date, long value) {
        String withDates = pattern.replace("{yyyy}", String.valueOf(date.getYear()))
                .replace("{yy}", String.format(Locale.ROOT, "%02d", date.getYear() % 100));
        Matcher m = SEQ.matcher(withDates);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int width = m.group(1) == null ? 4 : Integer.parseInt(m.group(1));
            m.appendReplacement(out, String.format(Locale.ROOT, "%0" + width + "d", value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
