package io.clientele.portal;

/**
 * The record does not exist for this client: another client's, a trashed client's, a nonexistent id or a section the
 * client may not open all look the same, so nothing tells which ids exist.
 */
public class PortalNotFoundException extends RuntimeException {

    public PortalNotFoundException() {
        super("Not found");
    }
}
