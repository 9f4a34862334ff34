package io.clientele.imports;

import io.clientele.client.Address;
import io.clientele.settings.AddressFormat;
import java.util.Locale;
import java.util.Optional;

/** The "address in force" cell of the client book: written as "structured" or "free-form", read leniently. */
final class AddressForms {

    private AddressForms() {}

    static String cell(Address address) {
        return address.inForce() == AddressFormat.FREE_FORM ? "free-form" : "structured";
    }

    /** "structured" / "free-form" in any case, with or without the hyphen or an underscore. */
    static Optional<AddressFormat> parse(String cell) {
        String key = cell.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return switch (key) {
            case "structured" -> Optional.of(AddressFormat.STRUCTURED);
            case "freeform" -> Optional.of(AddressFormat.FREE_FORM);
            default -> Optional.empty();
        };
    }
}
