package io.clientele.billing;

/** A generated e-invoice: the file name to offer, its media type and its bytes. */
public record EInvoiceFile(String fileName, String contentType, byte[] content) {

    public static final String PDF = "application/pdf";
    public static final String XML = "application/xml";
}
