package io.clientele.billing;

import java.util.List;

/**
 * The units of measure lines offer (BT-130, UN/ECE Recommendation 20 / 21 codes): a short list of what a services and
 * small-trade business invoices. Labels are translated under {@code einvoice.unit.<code>}.
 */
public final class UnitCodes {

    /** "One": what a line without a unit counted so far; the default for new lines. */
    public static final String ONE = "C62";

    /** A lump sum: what a credit for an amount takes back. */
    public static final String LUMP_SUM = "LS";

    public static final List<String> ALL = List.of(
            "C62", "H87", "HUR", "DAY", "WEE", "MON", "ANN", "MIN", "KGM", "TNE", "MTR", "KMT", "MTK", "LTR", "LS");

    private UnitCodes() {}
}
