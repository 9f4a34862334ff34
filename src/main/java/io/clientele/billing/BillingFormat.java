package io.clientele.billing;

import io.clientele.base.domain.LocalizedFormat;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How amounts, dates, quantities and tax rates read in what a client receives (e-mails, the public invoice page),
 * in the client's language: "1.234,56 €" for German, "€1,234.56" for English. Free of Vaadin, so services use it too.
 */
public final class BillingFormat {

    private BillingFormat() {}

    /** The locale of a client's language code ("de"); English for anything unknown. */
    public static Locale locale(@Nullable String language) {
        return language == null || language.isBlank() ? Locale.ENGLISH : Locale.forLanguageTag(language);
    }

    /** An amount in its currency, with the currency's decimals. */
    public static String money(BigDecimal amount, String currencyCode, Locale locale) {
        return LocalizedFormat.money(amount, currencyCode, locale);
    }

    public static String date(@Nullable LocalDate date, Locale locale) {
        return LocalizedFormat.date(date, locale);
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
