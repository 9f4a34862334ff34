package io.clientele.client;

import java.time.Instant;

/** A client and when it was last changed, for "recently changed" lists. */
public record RecentClient(long id, String name, ClientType type, Instant updatedAt) {}
