package io.clientele.billing;

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
 * How amounts, dates, quantities and tax rates read in what a client receives (e-mails, the public invoice page),
 * in the client's language: "1.234,56 €" for German, "€1,234.56" for English. Free of Vaadin, so services use it too.
 */
public final class BillingFormat {

    private BillingFormat() {
    }

    /** The locale of a client's language code ("de"); English for anything unknown. */
    public static Locale locale(@Nullable String language) {
        return language == null || language.isBlank() ? Locale.ENGLISH : Locale.forLanguageTag(language);
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
            formatted = formatted.replaceFirst("(?<=" + Pattern.quote(symbol) + ")(?=[\\d-])", "\u00a0")
                    .replaceFirst("(?<=\\d)(?=" + Pattern.quote(symbol) + ")", "\u00a0");
        }
        return formatted;
    }

    public static String date(@Nullable LocalDate date, Locale locale) {
        return date == null ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /** A quantity without trailing zeros: "1,5" in German, "2" rather than "2.0000". */
    public static String quantity(BigDecimal quantity, Locale locale) {
        NumberFormat nf = NumberFormat.getNumberInstance(locale);
        nf.setMaximumFractionDigits(4);
        return nf.format(quantity.stripTrailingZeros());
    }

    /** A tax rate given in percent (19 for 19 %), as the locale writes percentages: "19 %" in German. */
    public static String percent(BigDecimal ratePercent, Locale locale) {
        NumberFormat nf = NumberFormat.getPercentInstance(locale);
        nf.setMaximumFractionDigits(2);
        return nf.format(ratePercent.movePointLeft(2));
    }
}
