package io.clientele.billing;

/** Published when a client accepted or declined a quote in the Client Center; heard after the commit. */
public record QuoteResponded(long responseId, long quoteId, long clientId) {}
