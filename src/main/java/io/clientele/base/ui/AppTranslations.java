package io.clientele.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The UI texts from {@code vaadin-i18n/translations*.properties}. English first: Vaadin falls back to the first
 * provided locale for a browser language the app does not speak, and without this list it would take the first
 * bundle file it finds (German). Never falls back to the server's default locale either.
 */
@Component
public class AppTranslations implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(AppTranslations.class);
    private static final String BUNDLE = "vaadin-i18n.translations";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return AppLanguages.LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale supported = AppLanguages.LOCALES.stream()
                .filter(l -> l.getLanguage().equals(locale.getLanguage()))
                .findFirst()
                .orElse(AppLanguages.LOCALES.getFirst());
        try {
            String value =
                    ResourceBundle.getBundle(BUNDLE, supported, NO_FALLBACK).getString(key);
            // Formatting only with arguments, as Vaadin's own provider does: bundles rely on that.
            return params.length == 0 ? value : new MessageFormat(value, supported).format(params);
        } catch (MissingResourceException e) {
            log.warn("Missing translation {} for {}", key, supported);
            return "!" + key + "!";
        }
    }
}
