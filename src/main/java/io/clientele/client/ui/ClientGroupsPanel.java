package io.clientele.client.ui;

import com.vaadin.flow.component.grid.Grid;
import io.clientele.client.ClientGroup;
import io.clientele.client.ClientGroupService;
import io.clientele.settings.ui.NamedListPanel;
import java.util.List;

/** Client groups: create, rename, and delete with the number of clients it affects. */
class ClientGroupsPanel extends NamedListPanel<ClientGroup> {

    private final ClientGroupService groups;

    ClientGroupsPanel(ClientGroupService groups) {
        super("group", "groups-grid", ClientGroup.NAME_MAX);
        this.groups = groups;
        grid.setEmptyStateText(getTranslation("settings.group.empty"));
        reload();
    }

    @Override
    protected void addColumns(Grid<ClientGroup> grid) {
        grid.addColumn(g -> groups.countMembers(g))
                .setKey("members")
                .setHeader(getTranslation("settings.group.members"));
    }

    @Override
    protected Object deleteTextArgument(ClientGroup group) {
        return groups.countMembers(group);
    }

    @Override
    protected List<ClientGroup> items() {
        return groups.all();
    }

    @Override
    protected ClientGroup newItem() {
        return new ClientGroup();
    }

    @Override
    protected void save(ClientGroup group) {
        groups.save(group);
    }

    @Override
    protected void delete(ClientGroup group) {
        groups.delete(group);
    }
}
