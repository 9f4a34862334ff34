package io.clientele.client;

/**
 * Answers whether a client already has documents in its currency (invoices, quotes, payments). The billing feature
 * implements it; the client feature uses it to lock the currency without depending on billing.
 */
public interface ClientDocuments {

    boolean hasDocuments(long clientId);
}
