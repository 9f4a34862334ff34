package io.clientele.attachment;

/** The document does not exist, or belongs to a client the caller may not see. */
public class AttachmentNotFoundException extends RuntimeException {

    public AttachmentNotFoundException(long id) {
        super("No attachment " + id);
    }
}
