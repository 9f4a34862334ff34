package io.clientele.project.ui;

/** A project as the time entry form offers it. */
record ProjectChoice(long id, String name, String clientName) {}
