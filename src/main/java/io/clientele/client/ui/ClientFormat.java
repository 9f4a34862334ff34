package io.clientele.client.ui;

import io.clientele.client.ClientRow;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How client values look in lists and headers, in the user's locale. */
final class ClientFormat {

    private ClientFormat() {}

    /**
     * "Berlin, Germany" from the stored "Berlin, DE" of a structured address in force; a free-form place ("Leipzig,
     * Deutschland", see {@code Address#location()}) as it is.
     */
    static String location(ClientRow row, Locale locale) {
        String location = row.location();
        if (location == null) {
            return "";
        }
        String country = country(row);
        if (country != null) {
            return location.substring(0, location.length() - country.length())
                    + Locale.of("", country).getDisplayCountry(locale);
        }
        return location;
    }

    /**
     * The ISO country of the address in force, when the place ends with it: the structured country column alone may
     * be stale while the free-form block is in force.
     */
    static @Nullable String country(ClientRow row) {
        String location = row.location();
        String country = row.country();
        if (location == null || country == null) {
            return null;
        }
        return location.equals(country) || location.endsWith(", " + country) ? country : null;
    }

    static String orEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }
}
