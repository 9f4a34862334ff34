package io.clientele.project.ui;

import com.vaadin.flow.component.Component;
import io.clientele.project.BillingMethod;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** How project values look in lists and headers, in the user's locale. */
final class ProjectFormat {

    private ProjectFormat() {}

    /** Hours always with two decimals, so that a column of them lines up: "7.50". */
    static String hours(BigDecimal hours, Locale locale) {
        NumberFormat nf = NumberFormat.getNumberInstance(locale);
        nf.setMinimumFractionDigits(2);
        nf.setMaximumFractionDigits(2);
        return nf.format(hours);
    }

    static String billingMethod(Component c, BillingMethod method) {
        return c.getTranslation(
                switch (method) {
                    case HOURLY -> "project.billing.hourly";
                    case FIXED -> "project.billing.fixed";
                });
    }
}
