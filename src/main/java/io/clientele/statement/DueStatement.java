package io.clientele.statement;

/** A client's period whose statement is due, as the job finds it; {@code key} is the send's unique key. */
public record DueStatement(long clientId, StatementPeriod period, String key) {}
