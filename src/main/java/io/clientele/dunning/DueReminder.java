package io.clientele.dunning;

/** A step of an invoice whose time has come, as the job finds it; {@code key} is the reminder's unique key. */
public record DueReminder(long invoiceId, long clientId, int step, String key) {}
