package io.clientele.contact;

/** Thrown for a contact id that does not exist, or is trashed where a live contact is needed. */
public class ContactNotFoundException extends RuntimeException {

    public ContactNotFoundException(long id) {
        super("No contact with id " + id);
    }
}
