package io.clientele.settings.ui;

import io.clientele.settings.LeadSource;
import io.clientele.settings.LeadSourceService;
import java.util.List;

/** The lead sources clients and opportunities choose from: add, rename, delete unused ones. */
class LeadSourcesPanel extends NamedListPanel<LeadSource> {

    private final LeadSourceService sources;

    LeadSourcesPanel(LeadSourceService sources) {
        super("lead-source", "lead-sources-grid", LeadSource.NAME_MAX);
        this.sources = sources;
        reload();
    }

    @Override
    protected List<LeadSource> items() {
        return sources.all();
    }

    @Override
    protected LeadSource newItem() {
        return new LeadSource();
    }

    @Override
    protected void save(LeadSource source) {
        sources.save(source);
    }

    @Override
    protected void delete(LeadSource source) {
        sources.delete(source);
    }
}
