package io.clientele.project.ui;

import com.vaadin.flow.component.Component;
import io.clientele.client.ui.ClientSection;

/** The client overview's Projects tab: the client's projects with their cost, and Create for this client. */
@org.springframework.stereotype.Component
class ProjectsSection implements ClientSection {

    private final ProjectEditors editors;

    ProjectsSection(ProjectEditors editors) {
        this.editors = editors;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String titleKey() {
        return "project.section.title";
    }

    @Override
    public String id() {
        return "projects";
    }

    @Override
    public Component create(long clientId, ClientContext context) {
        return new ClientProjectsPanel(editors, clientId, context.canEdit());
    }
}
