package io.clientele.helpdesk;

/**
 * What a request may be about: one of its client's issued invoices or quotes, or one of its projects.
 *
 * @param type  the kind of record
 * @param id    the record's id in its own feature
 * @param label what the client saw when linking (a document number, a project name), kept so that the thread shows
 *              it without asking the other feature again
 */
public record SupportLink(Type type, long id, String label) {

    public static final int LABEL_MAX = 200;

    /** What the client picked to link, before its own client's records confirm it and give its label. */
    public record Target(Type type, long id) {}

    public enum Type {
        INVOICE,
        QUOTE,
        PROJECT
    }
}
