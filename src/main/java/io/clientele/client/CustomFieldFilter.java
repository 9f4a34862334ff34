package io.clientele.client;

import org.jspecify.annotations.Nullable;

/**
 * The client list narrowed by one custom field (issue 22): equal to an option for single and multiple choice and
 * yes/no ({@code value} a {@code String} or {@code Boolean}), starting with {@code value} for text, URL and e-mail
 * (ignoring case), or from {@code value} up to {@code upTo} (both included, either may be null) for numbers
 * ({@code BigDecimal}) and dates ({@code LocalDate}). Long text is not filterable.
 */
public record CustomFieldFilter(
        long fieldId, @Nullable Object value, @Nullable Object upTo) {}
