package io.clientele.client;

/**
 * A live client that looks like the one being created, and why: the same e-mail (main or alternate), the same tax
 * ID, or the same name once case, punctuation and legal forms are ignored.
 */
public record LikelyDuplicate(long id, String name, Match match) {

    public enum Match {
        EMAIL,
        TAX_ID,
        NAME
    }
}
