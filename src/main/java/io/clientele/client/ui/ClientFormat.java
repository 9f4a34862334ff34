package io.clientele.client.ui;

import com.vaadin.flow.component.html.Span;
import io.clientele.client.ClientRow;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.regex.Pattern;
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
        String formatted = nf.format(amount);
        // CLDR separates a letter code from the digits ("CHF 12.00"); java.text does not, so add the space.
        String symbol = currency.getSymbol(locale);
        if (symbol.chars().allMatch(Character::isLetter)) {
            formatted = formatted.replaceFirst("(?<=" + Pattern.quote(symbol) + ")(?=[\\d-])", "\u00a0")
                    .replaceFirst("(?<=\\d)(?=" + Pattern.quote(symbol) + ")", "\u00a0");
        }
        return formatted;
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
