package io.clientele.client;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What trashing clients puts out of sight, for the confirmation to name: the open balance per currency and the
 * issued documents (invoices, quotes, payments) per translation key (a MessageFormat taking the count).
 */
public record TrashImpact(Map<String, BigDecimal> owed, Map<String, Long> issued) {

    public boolean isEmpty() {
        return owed.isEmpty() && issued.isEmpty();
    }
}
