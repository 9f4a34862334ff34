package io.clientele.project.ui;

import com.vaadin.flow.component.Component;
import io.clientele.client.ui.ClientSection;
import io.clientele.project.TimeEntryFilter;

/**
 * The client overview's Timesheets tab: time logged on all the client's projects, with the total, and Create for
 * time on one of this client's projects.
 */
@org.springframework.stereotype.Component
class TimesheetsSection implements ClientSection {

    private final ProjectEditors editors;

    TimesheetsSection(ProjectEditors editors) {
        this.editors = editors;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public String titleKey() {
        return "project.timesheets.title";
    }

    @Override
    public String id() {
        return "timesheets";
    }

    @Override
    public Component create(long clientId, ClientContext context) {
        return new TimeEntryList(
                editors, TimeEntryFilter.forClient(clientId), context.canEdit(), null, clientId, () -> {});
    }
}
