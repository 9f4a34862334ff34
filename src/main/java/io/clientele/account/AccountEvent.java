package io.clientele.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One security-relevant thing done to an account and who did it; written once, never changed. */
@Entity
@Table(name = "account_events")
class AccountEvent {

    /** What happened. */
    enum Action {
        /** An administrator cleared the failed sign-ins and the throttling. */
        SIGN_IN_CLEARED,
        /** The user changed their own password (all their other sessions ended). */
        PASSWORD_CHANGED,
        /** A password was set through a set-password link (all sessions ended). */
        PASSWORD_RESET
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(nullable = false, updatable = false, length = UserAccount.USERNAME_MAX)
    private String username = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 40)
    private Action action = Action.SIGN_IN_CLEARED;

    @Column(nullable = false, updatable = false, length = UserAccount.USERNAME_MAX)
    private String actor = "";

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt = Instant.EPOCH;

    @Column(updatable = false, length = 200)
    private @Nullable String detail;

    protected AccountEvent() {}

    AccountEvent(UserAccount account, Action action, String actor, Instant at, @Nullable String detail) {
        this.accountId = Objects.requireNonNull(account.getId());
        this.username = account.getUsername();
        this.action = action;
        this.actor = actor;
        this.occurredAt = at;
        this.detail = detail == null || detail.length() <= 200 ? detail : detail.substring(0, 200);
    }

    AccountHistoryEntry entry() {
        return new AccountHistoryEntry(occurredAt, action.name(), actor, detail);
    }
}
