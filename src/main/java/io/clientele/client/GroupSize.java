package io.clientele.client;

/** A client group and how many live clients the caller may see are in it. */
public record GroupSize(long groupId, String name, long clients) {}
