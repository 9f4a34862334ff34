package io.clientele.billing;

import io.clientele.client.EInvoiceFormat;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/**
 * What an EN 16931 e-invoice needs of seller and buyer beyond {@link Parties}: VAT ID and tax number, structured
 * addresses, the seller's contact and bank account, both electronic addresses, the buyer reference (Leitweg-ID) and the
 * format the client receives. Copied onto a document when it is issued, like the parties; never read live afterwards.
 */
@Embeddable
public class EInvoiceParties {

    @Column(name = "seller_vat_id", length = 50)
    private @Nullable String sellerVatId;

    @Column(name = "seller_tax_number", length = 50)
    private @Nullable String sellerTaxNumber;

    @Column(name = "seller_street", length = 255)
    private @Nullable String sellerStreet;

    @Column(name = "seller_postal_code", length = 20)
    private @Nullable String sellerPostalCode;

    @Column(name = "seller_city", length = 100)
    private @Nullable String sellerCity;

    @Column(name = "seller_country", length = 2)
    private @Nullable String sellerCountry;

    @Column(name = "seller_contact_name", length = 200)
    private @Nullable String sellerContactName;

    @Column(name = "seller_phone", length = 50)
    private @Nullable String sellerPhone;

    @Column(name = "seller_email", length = 254)
    private @Nullable String sellerEmail;

    @Column(name = "seller_endpoint_id", length = 100)
    private @Nullable String sellerEndpointId;

    @Column(name = "seller_endpoint_scheme", length = 10)
    private @Nullable String sellerEndpointScheme;

    @Column(name = "seller_iban", length = 34)
    private @Nullable String sellerIban;

    @Column(name = "seller_bic", length = 11)
    private @Nullable String sellerBic;

    @Column(name = "buyer_street", length = 255)
    private @Nullable String buyerStreet;

    @Column(name = "buyer_postal_code", length = 20)
    private @Nullable String buyerPostalCode;

    @Column(name = "buyer_city", length = 100)
    private @Nullable String buyerCity;

    @Column(name = "buyer_country", length = 2)
    private @Nullable String buyerCountry;

    @Column(name = "buyer_subdivision", length = 100)
    private @Nullable String buyerSubdivision;

    @Column(name = "buyer_endpoint_id", length = 100)
    private @Nullable String buyerEndpointId;

    @Column(name = "buyer_endpoint_scheme", length = 10)
    private @Nullable String buyerEndpointScheme;

    @Column(name = "buyer_reference", length = 100)
    private @Nullable String buyerReference;

    @Enumerated(EnumType.STRING)
    @Column(name = "einvoice_format", length = 20)
    private @Nullable EInvoiceFormat format;

    protected EInvoiceParties() {}

    @SuppressWarnings("ParameterNumber")
    EInvoiceParties(
            @Nullable String sellerVatId,
            @Nullable String sellerTaxNumber,
            @Nullable String sellerStreet,
            @Nullable String sellerPostalCode,
            @Nullable String sellerCity,
            @Nullable String sellerCountry,
            @Nullable String sellerContactName,
            @Nullable String sellerPhone,
            @Nullable String sellerEmail,
            @Nullable String sellerEndpointId,
            @Nullable String sellerEndpointScheme,
            @Nullable String sellerIban,
            @Nullable String sellerBic,
            @Nullable String buyerStreet,
            @Nullable String buyerPostalCode,
            @Nullable String buyerCity,
            @Nullable String buyerCountry,
            @Nullable String buyerSubdivision,
            @Nullable String buyerEndpointId,
            @Nullable String buyerEndpointScheme,
            @Nullable String buyerReference,
            EInvoiceFormat format) {
        this.sellerVatId = sellerVatId;
        this.sellerTaxNumber = sellerTaxNumber;
        this.sellerStreet = sellerStreet;
        this.sellerPostalCode = sellerPostalCode;
        this.sellerCity = sellerCity;
        this.sellerCountry = sellerCountry;
        this.sellerContactName = sellerContactName;
        this.sellerPhone = sellerPhone;
        this.sellerEmail = sellerEmail;
        this.sellerEndpointId = sellerEndpointId;
        this.sellerEndpointScheme = sellerEndpointScheme;
        this.sellerIban = sellerIban;
        this.sellerBic = sellerBic;
        this.buyerStreet = buyerStreet;
        this.buyerPostalCode = buyerPostalCode;
        this.buyerCity = buyerCity;
        this.buyerCountry = buyerCountry;
        this.buyerSubdivision = buyerSubdivision;
        this.buyerEndpointId = buyerEndpointId;
        this.buyerEndpointScheme = buyerEndpointScheme;
        this.buyerReference = buyerReference;
        this.format = format;
    }

    /**
     * Issue 22: these seller details with the buyer of a document issued earlier — a credit note of an invoice billed
     * to the parent company names the invoice's frozen buyer, not the subsidiary as it stands.
     */
    EInvoiceParties withBuyerOf(EInvoiceParties billed) {
        return new EInvoiceParties(
                sellerVatId,
                sellerTaxNumber,
                sellerStreet,
                sellerPostalCode,
                sellerCity,
                sellerCountry,
                sellerContactName,
                sellerPhone,
                sellerEmail,
                sellerEndpointId,
                sellerEndpointScheme,
                sellerIban,
                sellerBic,
                billed.buyerStreet,
                billed.buyerPostalCode,
                billed.buyerCity,
                billed.buyerCountry,
                billed.buyerSubdivision,
                billed.buyerEndpointId,
                billed.buyerEndpointScheme,
                billed.buyerReference,
                billed.getFormat());
    }

    public @Nullable String getSellerVatId() {
        return sellerVatId;
    }

    public @Nullable String getSellerTaxNumber() {
        return sellerTaxNumber;
    }

    public @Nullable String getSellerStreet() {
        return sellerStreet;
    }

    public @Nullable String getSellerPostalCode() {
        return sellerPostalCode;
    }

    public @Nullable String getSellerCity() {
        return sellerCity;
    }

    public @Nullable String getSellerCountry() {
        return sellerCountry;
    }

    public @Nullable String getSellerContactName() {
        return sellerContactName;
    }

    public @Nullable String getSellerPhone() {
        return sellerPhone;
    }

    public @Nullable String getSellerEmail() {
        return sellerEmail;
    }

    public @Nullable String getSellerEndpointId() {
        return sellerEndpointId;
    }

    public @Nullable String getSellerEndpointScheme() {
        return sellerEndpointScheme;
    }

    public @Nullable String getSellerIban() {
        return sellerIban;
    }

    public @Nullable String getSellerBic() {
        return sellerBic;
    }

    public @Nullable String getBuyerStreet() {
        return buyerStreet;
    }

    public @Nullable String getBuyerPostalCode() {
        return buyerPostalCode;
    }

    public @Nullable String getBuyerCity() {
        return buyerCity;
    }

    public @Nullable String getBuyerCountry() {
        return buyerCountry;
    }

    public @Nullable String getBuyerSubdivision() {
        return buyerSubdivision;
    }

    public @Nullable String getBuyerEndpointId() {
        return buyerEndpointId;
    }

    public @Nullable String getBuyerEndpointScheme() {
        return buyerEndpointScheme;
    }

    public @Nullable String getBuyerReference() {
        return buyerReference;
    }

    /** The format the client received documents in when this one was issued; PDF for documents issued before. */
    public EInvoiceFormat getFormat() {
        return format == null ? EInvoiceFormat.PDF : format;
    }
}
