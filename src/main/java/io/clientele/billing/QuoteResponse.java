package io.clientele.billing;

import io.clientele.base.domain.AbstractEntity;
import io.clientele.base.domain.PlainText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A client's answer to a sent quote, given in the Client Center: accepted with the name the person typed as their
 * signature (and an optional note and purchase order number), or declined with a reason. Written once, never changed.
 */
@Entity
@Table(name = "quote_responses")
public class QuoteResponse extends AbstractEntity {

    public static final int SIGNED_NAME_MAX = 200;
    public static final int NOTE_MAX = 2000;
    public static final int PO_NUMBER_MAX = 100;

    public enum Decision {
        ACCEPTED,
        DECLINED
    }

    @Column(name = "quote_id", nullable = false, updatable = false)
    private long quoteId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 10)
    private Decision decision = Decision.ACCEPTED;

    @Column(name = "signed_name", updatable = false, length = SIGNED_NAME_MAX)
    private @Nullable String signedName;

    /** The note of an acceptance or the reason of a decline. */
    @Column(updatable = false, length = NOTE_MAX)
    private @Nullable String note;

    @Column(name = "po_number", updatable = false, length = PO_NUMBER_MAX)
    private @Nullable String poNumber;

    @Column(name = "account_id", updatable = false)
    private @Nullable Long accountId;

    /** The login's name as it was then: the account may be renamed or deleted later. */
    @Column(name = "account_name", nullable = false, updatable = false, length = 200)
    private String accountName = "";

    @Column(name = "responded_at", nullable = false, updatable = false)
    private Instant respondedAt = Instant.EPOCH;

    protected QuoteResponse() {}

    QuoteResponse(
            long quoteId,
            Decision decision,
            @Nullable String signedName,
            @Nullable String note,
            @Nullable String poNumber,
            @Nullable Long accountId,
            String accountName,
            Instant respondedAt) {
        this.quoteId = quoteId;
        this.decision = decision;
        this.signedName = PlainText.clean(signedName);
        this.note = PlainText.clean(note);
        this.poNumber = PlainText.clean(poNumber);
        this.accountId = accountId;
        this.accountName = accountName.length() > 200 ? accountName.substring(0, 200) : accountName;
        this.respondedAt = respondedAt;
    }

    public long getQuoteId() {
        return quoteId;
    }

    public Decision getDecision() {
        return decision;
    }

    public @Nullable String getSignedName() {
        return signedName;
    }

    public @Nullable String getNote() {
        return note;
    }

    public @Nullable String getPoNumber() {
        return poNumber;
    }

    public @Nullable Long getAccountId() {
        return accountId;
    }

    public String getAccountName() {
        return accountName;
    }

    public Instant getRespondedAt() {
        return respondedAt;
    }
}
