package io.clientele.base.domain;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Amounts and dates as a locale writes them, in one place for screens, e-mails and documents:
 * "1.234,56 €" in German, "€1,234.56" in English, "CHF 12.00". Free of Vaadin so services use it too.
 */
public final class LocalizedFormat {

    private LocalizedFormat() {}

    /**
     * A language's name as a menu shows it in {@code locale}: "Français", "Deutsch", "English" — the JDK writes the
     * names in French and Spanish in lower case ("français"), as running text would.
     */
    public static String languageName(String languageTag, Locale locale) {
        String name = Locale.forLanguageTag(languageTag).getDisplayLanguage(locale);
        return name.isEmpty() ? languageTag : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    /** An amount in its currency, with the currency's decimals. */
    public static String money(BigDecimal amount, String currencyCode, Locale locale) {
        NumberFormat nf = NumberFormat.getCurrencyInstance(locale);
        Currency currency = Currency.getInstance(currencyCode);
        nf.setCurrency(currency);
        nf.setMinimumFractionDigits(Math.max(0, currency.getDefaultFractionDigits()));
        nf.setMaximumFractionDigits(Math.max(0, currency.getDefaultFractionDigits()));
        String formatted = nf.format(amount);
        // CLDR separates a letter code from the digits ("CHF 12.00"); java.text does not, so add the space.
        String symbol = currency.getSymbol(locale);
        if (symbol.chars().allMatch(Character::isLetter)) {
            formatted = formatted
                    .replaceFirst("(?<=" + Pattern.quote(symbol) + ")(?=[\\d-])", "\u00a0")
                    .replaceFirst("(?<=\\d)(?=" + Pattern.quote(symbol) + ")", "\u00a0");
        }
        return formatted;
    }

    public static String date(@Nullable LocalDate date, Locale locale) {
        return date == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .format(date);
    }
}
