package io.clientele.crm;

import io.clientele.settings.LeadSourceUsage;
import org.springframework.stereotype.Component;

/** Opportunities that came from a lead source keep it from being deleted. */
@Component
class OpportunityLeadSourceUsage implements LeadSourceUsage {

    private final OpportunityRepository opportunities;

    OpportunityLeadSourceUsage(OpportunityRepository opportunities) {
        this.opportunities = opportunities;
    }

    @Override
    public long countUsing(long leadSourceId) {
        return opportunities.countByLeadSource(leadSourceId);
    }
}
