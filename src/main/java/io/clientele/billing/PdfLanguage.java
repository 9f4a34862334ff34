package io.clientele.billing;

/** Which language a client PDF speaks. */
public enum PdfLanguage {
    /** Always the client's language: e-mails and anything the client opens. */
    CLIENT,
    /**
     * A download in the back office: the client's language while the setting "Output client PDF documents from admin
     * area in client language" is on (the default), else the system's default language.
     */
    BACK_OFFICE
}
