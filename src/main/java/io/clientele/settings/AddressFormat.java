package io.clientele.settings;

/**
 * How client forms take addresses: structured (street, postal code, city, state, country) or as one free-form block.
 * An installation setting (Settings → Defaults); each client address also remembers in which form it was last edited,
 * which is the one in force for it (see {@code io.clientele.client.Address#inForce()}).
 */
public enum AddressFormat {
    STRUCTURED,
    FREE_FORM
}
