package io.clientele.client.ui;

import com.vaadin.flow.component.html.Span;
import io.clientele.client.ClientRow;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How client values look in lists and headers, in the user's locale. */
final class ClientFormat {

    private ClientFormat() {
    }

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

    static String amount(BigDecimal amount, Locale locale) {
        NumberFormat nf = NumberFormat.getNumberInstance(locale);
        nf.setMinimumFractionDigits(2);
        nf.setMaximumFractionDigits(2);
        return nf.format(amount);
    }

    /** An amount in a currency as the user's locale writes it: "1.234,56 €" for German, "€1,234.56" for English. */
    static String money(BigDecimal amount, String currencyCode, Locale locale) {
        NumberFormat nf = NumberFormat.getCurrencyInstance(locale);
        Currency currency = Currency.getInstance(currencyCode);
        nf.setCurrency(currency);
        nf.setMinimumFractionDigits(Math.max(0, currency.getDefaultFractionDigits()));
        nf.setMaximumFractionDigits(Math.max(0, currency.getDefaultFractionDigits()));
        return nf.format(amount);
    }

    static Span badge(String text, String variant) {
        Span badge = new Span(text);
        badge.addClassNames("badge", "badge-" + variant);
        return badge;
    }

    static String orEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }
}
