package io.clientele.billing;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The idempotency keys of sent document e-mails, in the database so that every node sees them. A key is claimed in
 * the sending transaction: if the mail then fails, the rollback frees the key for the retry.
 */
@Component
class MailSendLog {

    private final JdbcTemplate jdbc;

    MailSendLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims a key for a document. False when it was claimed already (by this or a concurrent request): the caller
     * then sends nothing. A key reused for another document is a programming error.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean claim(String key, long documentId, Instant now) {
        List<Long> claimedFor =
                jdbc.queryForList("select document_id from mail_sends where idempotency_key = ?", Long.class, key);
        if (!claimedFor.isEmpty()) {
            return checkSameDocument(claimedFor.getFirst(), documentId);
        }
        try {
            jdbc.update(
                    "insert into mail_sends (idempotency_key, document_id, sent_at) values (?, ?, ?)",
                    key,
                    documentId,
                    LocalDateTime.ofInstant(now, ZoneOffset.UTC));
            return true;
        } catch (DuplicateKeyException e) {
            // A concurrent request with the same key committed first (the insert waited for it): it sent the mail.
            return false;
        }
    }

    private static boolean checkSameDocument(long claimedFor, long documentId) {
        if (claimedFor != documentId) {
            throw new IllegalArgumentException("Idempotency key already used for another document");
        }
        return false;
    }
}
