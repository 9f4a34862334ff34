package io.clientele.contact;

/** A client a Client Center login can be made for, with the address the login form proposes. */
public record ClientChoice(long id, String name, String email) {

    @Override
    public String toString() {
        return name;
    }
}
