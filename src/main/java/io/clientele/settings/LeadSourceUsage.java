package io.clientele.settings;

/**
 * Tells whether anything still refers to a lead source. Features that store lead sources (clients, opportunities)
 * implement it, so that settings can refuse to delete a source in use without depending on them.
 */
public interface LeadSourceUsage {

    long countUsing(long leadSourceId);
}
