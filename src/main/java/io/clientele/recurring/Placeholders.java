package io.clientele.recurring;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;

/** Fills {@code {month}}, {@code {year}} and {@code {period}} of a line description for one period. */
final class Placeholders {

    private Placeholders() {}

    /**
     * @param start the period's first day
     * @param end the period's last day (the day before the next period starts)
     */
    static String render(String text, LocalDate start, LocalDate end, Locale locale) {
        String month = start.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale);
        DateTimeFormatter date =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        return text.replace("{month}", month)
                .replace("{year}", String.valueOf(start.getYear()))
                .replace("{period}", date.format(start) + " – " + date.format(end));
    }
}
