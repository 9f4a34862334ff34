package io.clientele.client.ui;

import com.vaadin.flow.component.html.Span;
import io.clientele.base.ui.Formats;
import io.clientele.client.ClientRow;
import java.math.BigDecimal;
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

    static String money(BigDecimal amount, String currencyCode, Locale locale) {
        return Formats.money(amount, currencyCode, locale);
    }

    static Span badge(String text, String variant) {
        return Formats.badge(text, variant);
    }

    static String orEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }
}
