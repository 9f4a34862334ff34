package io.clientele.client;

/** What a custom field describes; its label key is {@code customfield.owner.<NAME>}. */
public enum CustomFieldOwner {
    CLIENT,
    CONTACT
}
