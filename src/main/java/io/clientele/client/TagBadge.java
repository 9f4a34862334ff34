package io.clientele.client;

/** A tag as a list row or a header shows it: its name in its colour. */
public record TagBadge(String name, TagColour colour) {}
