package io.clientele.contact;

/** Where a contact's opt-in consent was given, kept with its date as the proof GDPR asks for. */
public enum ConsentSource {
    /** Ticked on the contact form by a back-office user (whose name is kept with it). */
    BACK_OFFICE,
    /** Taken from a client import file (by the user who ran the import). */
    IMPORT
}
