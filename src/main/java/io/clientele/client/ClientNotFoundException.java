package io.clientele.client;

/** Thrown for an id that does not exist, is trashed where a live client is needed, or is not the caller's. */
public class ClientNotFoundException extends RuntimeException {

    public ClientNotFoundException(long id) {
        super("No client with id " + id);
    }
}
