package io.clientele.client;

/**
 * A live client that looks like the one being created, and why: the same e-mail (main or alternate), the same tax
 * ID, or the same name once case, punctuation and legal forms are ignored.
 */
public record LikelyDuplicate(long id, String name, Match match) {

    public enum Match {
        EMAIL("client.duplicate.match.email"),
        TAX_ID("client.duplicate.match.tax-id"),
        NAME("client.duplicate.match.name");

        private final String labelKey;

        Match(String labelKey) {
            this.labelKey = labelKey;
        }

        /** What the user reads as the reason, e.g. "same e-mail". */
        public String labelKey() {
            return labelKey;
        }
    }
}
