package io.clientele.base.ui;

import java.util.List;
import java.util.Locale;

/** The languages the back office, the Client Center and client documents speak. */
public final class AppLanguages {

    /** ISO 639-1 codes; English is the default bundle. */
    public static final List<String> CODES = List.of("en", "de", "fr", "es");

    public static final List<Locale> LOCALES =
            CODES.stream().map(Locale::forLanguageTag).toList();

    private AppLanguages() {}
}
