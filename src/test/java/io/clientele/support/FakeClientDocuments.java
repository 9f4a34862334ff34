package io.clientele.support;

import io.clientele.client.ClientDocuments;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Stands in for billing until invoices exist: tests mark clients as having documents to exercise the currency
 * lock. Emptied before every test.
 */
@Component
public class FakeClientDocuments implements ClientDocuments {

    private final Set<Long> withDocuments = ConcurrentHashMap.newKeySet();

    public void markHasDocuments(long clientId) {
        withDocuments.add(clientId);
    }

    void clear() {
        withDocuments.clear();
    }

    @Override
    public boolean hasDocuments(long clientId) {
        return withDocuments.contains(clientId);
    }
}
