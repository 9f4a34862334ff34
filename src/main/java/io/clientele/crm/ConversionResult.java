package io.clientele.crm;

/**
 * The client a won opportunity is linked to.
 *
 * @param created false when the opportunity was linked to an existing client, or had been converted already
 */
public record ConversionResult(long clientId, String clientName, boolean created) {}
