package io.clientele.account;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An account's sign-in state as the accounts list shows it: wrong passwords counted since the last success, and
 * until when further attempts are slowed down (null: not throttled now).
 */
public record SignInState(int failedAttempts, @Nullable Instant throttledUntil) {

    public boolean isClear() {
        return failedAttempts == 0 && throttledUntil == null;
    }
}
