package io.clientele.support;

import io.clientele.client.ClientDependents;
import java.util.Collection;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A feature's merge step that fails when a test arms it: it runs last, after every real step has moved its rows, so
 * a test can prove that a failure half-way leaves nothing moved. Harmless otherwise.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class FailingMergeStep implements ClientDependents {

    private volatile boolean armed;

    public void arm() {
        armed = true;
    }

    public void disarm() {
        armed = false;
    }

    @Override
    public Map<String, Long> count(Collection<Long> clientIds) {
        return Map.of();
    }

    @Override
    public Map<String, Long> merging(long mergedId, long survivorId) {
        if (armed) {
            throw new IllegalStateException("injected failure in the last merge step");
        }
        return Map.of();
    }
}
