package io.clientele.client;

import io.clientele.base.domain.RuleViolationException;
import java.util.List;

/**
 * A new client matches existing ones (same e-mail, tax ID or name key) and the user has not said to create it
 * anyway. Nothing was saved.
 */
public class DuplicateClientException extends RuleViolationException {

    private final transient List<LikelyDuplicate> matches;

    public DuplicateClientException(List<LikelyDuplicate> matches) {
        super("client.duplicate.refused", matches.size());
        this.matches = List.copyOf(matches);
    }

    /** The clients the new one looks like, with the reason for each. */
    public List<LikelyDuplicate> matches() {
        return matches;
    }
}
