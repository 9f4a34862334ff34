package io.clientele.base.security;

/** A back-office user as other features refer to them: id and the name to show. */
public record UserRef(long id, String displayName, String username) {

    @Override
    public String toString() {
        return displayName;
    }
}
