package io.clientele.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** Small pieces every screen shows the same way: a labelled fact, a badge. Amounts and dates: {@link io.clientele.base.domain.LocalizedFormat}. */
public final class Formats {

    private Formats() {}

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
