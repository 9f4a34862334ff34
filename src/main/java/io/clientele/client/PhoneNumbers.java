package io.clientele.client;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** Phone numbers are stored as typed; search compares their digits, so "030 1234" finds "+49 (30) 12 34". */
public final class PhoneNumbers {

    /** Empty, or digits with the usual separators and an optional leading plus. */
    public static final String PATTERN = "^$|^\\+?[0-9 ()./-]{3,}(\\s*(x|ext\\.?)\\s*[0-9]{1,6})?$";

    private PhoneNumbers() {}

    public static String digits(@Nullable String s) {
        return s == null ? "" : s.replaceAll("[^0-9]", "");
    }

    public static @Nullable String searchDigits(@Nullable String phone, @Nullable String mobile) {
        String joined = Stream.of(phone, mobile)
                .map(PhoneNumbers::digits)
                .filter(d -> !d.isEmpty())
                .collect(Collectors.joining(" "));
        return joined.isEmpty() ? null : joined;
    }

    static boolean looksLikePhoneQuery(String query) {
        return digits(query).length() >= 3 && Objects.equals(query.replaceAll("[0-9 ()+./-]", ""), "");
    }
}
