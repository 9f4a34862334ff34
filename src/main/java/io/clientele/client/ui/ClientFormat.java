package io.clientele.client.ui;

import io.clientele.client.ClientRow;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How client values look in lists and headers, in the user's locale. */
final class ClientFormat {

    private ClientFormat() {}

    /** "Berlin, Germany" from the stored "Berlin, DE"; a free-form first line as it is. */
    static String location(ClientRow row, Locale locale) {
        String location = row.location();
        if (location == null) {
            return "";
        }
        String country = row.country();
        if (country != null && location.endsWith(country)) {
            return location.substring(0, location.length() - country.length())
                    + Locale.of("", country).getDisplayCountry(locale);
        }
        return location;
    }

    static String orEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }
}
