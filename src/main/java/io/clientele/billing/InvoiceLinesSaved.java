package io.clientele.billing;

import java.util.Set;

/**
 * A draft invoice was saved with these lines (their ids). A line edited in the editor keeps its id, so a feature that
 * linked something to a line (logged time billed on it) learns here which lines are gone. Published inside the
 * transaction that saved the draft.
 */
public record InvoiceLinesSaved(long invoiceId, Set<Long> lineIds) {}
