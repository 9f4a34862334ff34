package io.clientele.helpdesk;

import java.time.Instant;

/** One of the client's own requests, as its Client Center list shows it. */
public record SupportSummary(long id, String subject, SupportStatus status, Instant createdAt, Instant lastMessageAt) {}
