package io.clientele.client;

/** A client is a company or a person; a person may belong to a company client. */
public enum ClientType {
    COMPANY,
    INDIVIDUAL
}
