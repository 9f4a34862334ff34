package io.clientele.client.ui;

import com.vaadin.flow.component.UI;
import io.clientele.base.security.CurrentUser;
import io.clientele.base.security.Roles;
import io.clientele.client.ClientMergeService;
import io.clientele.client.ClientService;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** "Merge into…" in a client's Options menu, in the client list and on the overview. */
@Component
@Order(90)
class MergeClientAction implements ClientAction {

    private final ClientService clients;
    private final ClientMergeService merges;
    private final CurrentUser currentUser;

    MergeClientAction(ClientService clients, ClientMergeService merges, CurrentUser currentUser) {
        this.clients = clients;
        this.merges = merges;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public String labelKey() {
        return "client.merge.action";
    }

    @Override
    public String id() {
        return "merge";
    }

    @Override
    public boolean isAvailable() {
        return currentUser.hasRole(Roles.ADMIN) || currentUser.hasRole(Roles.STAFF);
    }

    @Override
    public void run(long clientId, Runnable afterChange) {
        open(clients, merges, clientId, null, afterChange);
    }

    /**
     * Opens the merge dialog; on the overview of a client that was merged away, shows the survivor's overview
     * instead of a client that is now in the Trash.
     */
    static void open(
            ClientService clients,
            ClientMergeService merges,
            long clientId,
            io.clientele.client.@Nullable ClientRow other,
            Runnable afterChange) {
        new MergeClientDialog(clients, merges, clientId, other, survivorId -> {
                    boolean onOverview = UI.getCurrent().getCurrentView() instanceof ClientOverviewView;
                    if (onOverview) {
                        ClientOverviewView.open(survivorId);
                    } else {
                        afterChange.run();
                    }
                })
                .open();
    }
}
