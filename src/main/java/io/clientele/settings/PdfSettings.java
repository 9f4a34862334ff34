package io.clientele.settings;

import org.jspecify.annotations.Nullable;

/**
 * What every client PDF takes from the settings: the sender block (company name, address, logo) and the language
 * rule. Read in one query per PDF, not as the whole settings entity plus the logo.
 */
public record PdfSettings(
        @Nullable String companyName,
        @Nullable String companyAddress,
        @Nullable String companyTaxId,
        String defaultLanguage,
        boolean pdfInClientLanguage,
        @Nullable CompanyLogo logo) {}
