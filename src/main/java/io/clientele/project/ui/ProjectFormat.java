package io.clientele.project.ui;

import com.vaadin.flow.component.Component;
import io.clientele.project.BillingMethod;
import io.clientele.project.ProjectCost;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** How project values look in lists and headers, in the user's locale. */
final class ProjectFormat {

    private ProjectFormat() {
    }

    /** An amount in a currency as the user's locale writes it, at the currency's scale: "€1,234.56", "1.234,56 €". */
    static String money(BigDecimal amount, String currencyCode, Locale locale) {
        NumberFormat nf = NumberFormat.getCurrencyInstance(locale);
        Currency currency = Currency.getInstance(currencyCode);
        nf.setCurrency(currency);
        int scale = ProjectCost.scale(currencyCode);
        nf.setMinimumFractionDigits(scale);
        nf.setMaximumFractionDigits(scale);
        String formatted = nf.format(amount);
        // CLDR separates a letter code from the digits ("CHF 12.00"); java.text does not, so add the space.
        String symbol = currency.getSymbol(locale);
        if (symbol.chars().allMatch(Character::isLetter)) {
            formatted = formatted.replaceFirst("(?<=" + Pattern.quote(symbol) + ")(?=[\\d-])", "\u00a0")
                    .replaceFirst("(?<=\\d)(?=" + Pattern.quote(symbol) + ")", "\u00a0");
        }
        return formatted;
    }

    static String date(@Nullable LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                .format(date);
    }

    /** Hours always with two decimals, so that a column of them lines up: "7.50". */
    static String hours(BigDecimal hours, Locale locale) {
        NumberFormat nf = NumberFormat.getNumberInstance(locale);
        nf.setMinimumFractionDigits(2);
        nf.setMaximumFractionDigits(2);
        return nf.format(hours);
    }

    static String billingMethod(Component c, BillingMethod method) {
        return c.getTranslation(switch (method) {
            case HOURLY -> "project.billing.hourly";
            case FIXED -> "project.billing.fixed";
        });
    }
}
