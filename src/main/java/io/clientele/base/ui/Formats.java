package io.clientele.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.clientele.base.domain.LocalizedFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How amounts, dates and badges look everywhere, in the viewer's locale. */
public final class Formats {

    private Formats() {}

    /** An amount in a currency as the locale writes it: "1.234,56 €" in German, "€1,234.56" in English. */
    public static String money(BigDecimal amount, String currencyCode, Locale locale) {
        return LocalizedFormat.money(amount, currencyCode, locale);
    }

    public static String date(@Nullable LocalDate date, Locale locale) {
        return LocalizedFormat.date(date, locale);
    }

    /** A labelled value in a header: the small caps label above, the value below. */
    public static Div fact(String label, Component value) {
        Span caption = new Span(label);
        caption.addClassName("fact-label");
        Div fact = new Div(caption, value);
        fact.addClassName("fact");
        return fact;
    }

    /** A small coloured label; variants: success, error, primary, contrast, warning. */
    public static Span badge(String text, String variant) {
        Span badge = new Span(text);
        badge.addClassNames("badge", "badge-" + variant);
        return badge;
    }
}
