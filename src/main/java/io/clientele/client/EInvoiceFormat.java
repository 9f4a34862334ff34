package io.clientele.client;

/**
 * The form a client receives invoices and credit notes in, by e-mail and in the Client Center: the PDF alone, a
 * Factur-X / ZUGFeRD PDF (PDF/A-3 carrying the EN 16931 CII XML), or an XRechnung XML (German public and B2B buyers).
 */
public enum EInvoiceFormat {
    PDF,
    FACTUR_X,
    XRECHNUNG
}
