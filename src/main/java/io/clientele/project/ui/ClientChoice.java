package io.clientele.project.ui;

/** A client as the project form offers it: enough to show its name and the currency amounts are in. */
record ClientChoice(long id, String name, String currency) {}
