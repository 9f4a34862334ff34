package io.clientele.billing;

import io.clientele.client.ClientGroupChanges;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The group report's kept rows (issue 18) follow a client's groups and a group's deletion. */
@Component
class BillingGroupChanges implements ClientGroupChanges {

    private final InvoiceMonths months;

    BillingGroupChanges(InvoiceMonths months) {
        this.months = months;
    }

    @Override
    public void changed(long clientId, Set<Long> before, Set<Long> after) {
        months.groupsChanged(clientId, before, after);
    }

    @Override
    public void deleting(long groupId) {
        months.deletingGroup(groupId);
    }
}
