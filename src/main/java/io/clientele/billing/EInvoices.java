package io.clientele.billing;

import io.clientele.base.reporting.PdfRenderer;
import io.clientele.client.EInvoiceFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;
import java.util.ResourceBundle;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.jspecify.annotations.Nullable;
import org.mustangproject.BankDetails;
import org.mustangproject.Contact;
import org.mustangproject.Item;
import org.mustangproject.Product;
import org.mustangproject.SchemedID;
import org.mustangproject.TradeParty;
import org.mustangproject.ZUGFeRD.IZUGFeRDExporter;
import org.mustangproject.ZUGFeRD.Profile;
import org.mustangproject.ZUGFeRD.Profiles;
import org.mustangproject.ZUGFeRD.ZUGFeRD2PullProvider;
import org.mustangproject.ZUGFeRD.ZUGFeRDExporterFromA1;
import org.springframework.stereotype.Component;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Turns an issued document into EN 16931 e-invoices with the Mustang library: the CII XML (profile EN 16931 for
 * Factur-X / ZUGFeRD, the XRechnung 3 CIUS for XRechnung) and the hybrid PDF/A-3 carrying it. Reads only what the
 * document froze at issue (its parties, e-invoice details and lines), never live client or settings data.
 */
@Component
class EInvoices {

    static final String PRODUCER = "Clientele";

    /** The labels of the invoice and quote PDF ({@code reports/document*.properties}). */
    private static final String DOCUMENT_LABELS = "document";

    private static final String RAM =
            "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100";

    /** The CII XML of a document for {@code format} (FACTUR_X: EN 16931 profile; XRECHNUNG: XRechnung 3). */
    byte[] xml(BillingDocument document, EInvoiceFormat format, @Nullable LocalDate invoiceDate) {
        ZUGFeRD2PullProvider provider = new ZUGFeRD2PullProvider();
        provider.setProfile(profile(format));
        provider.generateXML(transaction(document, invoiceDate));
        return withBuyerSubdivision(
                provider.getXML(), document.einvoiceParties().getBuyerSubdivision());
    }

    /** The hybrid Factur-X / ZUGFeRD PDF: the PDF/A-1b rendering made PDF/A-3 with the EN 16931 XML embedded. */
    byte[] facturX(BillingDocument document, byte[] pdfA, @Nullable LocalDate invoiceDate) {
        try (IZUGFeRDExporter exporter = new ZUGFeRDExporterFromA1()
                .setProducer(PRODUCER)
                .setCreator(PRODUCER)
                .setZUGFeRDVersion(2)
                .setProfile(profile(EInvoiceFormat.FACTUR_X))
                .load(pdfA)) {
            // The XML exactly as the XML download has it (with BT-54), not a second rendering of the transaction.
            exporter.setXML(xml(document, EInvoiceFormat.FACTUR_X, invoiceDate));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exporter.export(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Factur-X for " + document.getNumber() + " could not be built", e);
        }
    }

    private static Profile profile(EInvoiceFormat format) {
        return Profiles.getByName(format == EInvoiceFormat.XRECHNUNG ? "XRECHNUNG" : "EN16931");
    }

    /** The document as Mustang's transaction: parties and lines as frozen, credit notes referencing their invoice. */
    static org.mustangproject.Invoice transaction(BillingDocument document, @Nullable LocalDate invoiceDate) {
        Parties parties = document.parties();
        EInvoiceParties e = document.einvoiceParties();
        org.mustangproject.Invoice invoice = new org.mustangproject.Invoice()
                .setNumber(String.valueOf(document.getNumber()))
                .setIssueDate(date(document.getIssueDate()))
                .setDeliveryDate(date(document.getIssueDate()))
                .setCurrency(document.getCurrency())
                .setSender(seller(parties, e))
                .setRecipient(buyer(parties, e));
        LocalDate due = document.getDueDate();
        invoice.setDueDate(date(due == null || due.isBefore(document.getIssueDate()) ? document.getIssueDate() : due));
        if (e.getBuyerReference() != null) {
            invoice.setReferenceNumber(e.getBuyerReference());
        }
        if (document.getType() == DocumentType.INVOICE) {
            invoice.setPaymentTermDescription(paymentTerms(document, invoice.getDueDate()));
        }
        if (document instanceof CreditNote note) {
            invoice.setCreditNote();
            invoice.setInvoiceReferencedDocumentID(note.getInvoiceNumber());
            if (invoiceDate != null) {
                invoice.setInvoiceReferencedIssueDate(date(invoiceDate));
            }
        }
        if (document.getNotes() != null && !document.getNotes().isBlank()) {
            invoice.addNote(document.getNotes());
        }
        for (DocumentLine line : document.getLines()) {
            invoice.addItem(item(line));
        }
        if (document.getLines().stream().anyMatch(l -> l.getTaxCategory() == TaxCategory.INTRA_COMMUNITY)) {
            // BR-IC-12: an intra-community supply names the country the goods went to; the buyer's address.
            invoice.setDeliveryAddress(buyer(parties, e));
        }
        return invoice;
    }

    /**
     * BT-20, payment terms as text in the document's language: what the printed document says with its due date (the
     * due date itself is BT-9). From the labels of the document template, so the PDF and the XML word it alike.
     */
    private static String paymentTerms(BillingDocument document, Date due) {
        Locale locale = document.getLanguage() == null ? Locale.ENGLISH : Locale.forLanguageTag(document.getLanguage());
        ResourceBundle labels = PdfRenderer.labels(DOCUMENT_LABELS, locale);
        LocalDate dueDate = due.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
        if (!dueDate.isAfter(document.getIssueDate())) {
            return labels.getString("paymentTerms.now");
        }
        return new MessageFormat(labels.getString("paymentTerms"), locale)
                .format(new Object[] {BillingFormat.date(dueDate, locale)});
    }

    /**
     * BT-54, the buyer's country subdivision, which Mustang's trade party has no field for: added to the buyer's postal
     * address of the CII, where the schema puts it (last element of {@code ram:PostalTradeAddress}).
     */
    static byte[] withBuyerSubdivision(byte[] xml, @Nullable String subdivision) {
        if (subdivision == null || subdivision.isBlank()) {
            return xml;
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            org.w3c.dom.Document cii = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
            Element buyer =
                    (Element) cii.getElementsByTagNameNS(RAM, "BuyerTradeParty").item(0);
            Element address = buyer == null
                    ? null
                    : (Element) buyer.getElementsByTagNameNS(RAM, "PostalTradeAddress")
                            .item(0);
            if (address == null) {
                return xml;
            }
            Element name = cii.createElementNS(RAM, "ram:CountrySubDivisionName");
            name.setTextContent(subdivision.strip());
            address.appendChild(name);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.transform(new DOMSource(cii), new StreamResult(out));
            return out.toByteArray();
        } catch (ParserConfigurationException | SAXException | IOException | TransformerException e) {
            throw new IllegalStateException("The buyer's subdivision could not be added to the e-invoice", e);
        }
    }

    private static TradeParty seller(Parties parties, EInvoiceParties e) {
        TradeParty seller = new TradeParty(
                String.valueOf(parties.sellerName()),
                nz(e.getSellerStreet()),
                nz(e.getSellerPostalCode()),
                nz(e.getSellerCity()),
                nz(e.getSellerCountry()));
        if (e.getSellerVatId() != null) {
            seller.addVATID(e.getSellerVatId());
        }
        if (e.getSellerTaxNumber() != null) {
            seller.addTaxID(e.getSellerTaxNumber());
        }
        if (e.getSellerContactName() != null || e.getSellerPhone() != null || e.getSellerEmail() != null) {
            seller.setContact(
                    new Contact(nz(e.getSellerContactName()), nz(e.getSellerPhone()), nz(e.getSellerEmail())));
        }
        endpoint(seller, e.getSellerEndpointId(), e.getSellerEndpointScheme());
        if (e.getSellerIban() != null) {
            BankDetails bank = new BankDetails(e.getSellerIban());
            if (e.getSellerBic() != null) {
                bank.setBIC(e.getSellerBic());
            }
            seller.addBankDetails(bank);
        }
        return seller;
    }

    private static TradeParty buyer(Parties parties, EInvoiceParties e) {
        TradeParty buyer = new TradeParty(
                String.valueOf(parties.buyerName()),
                nz(e.getBuyerStreet()),
                nz(e.getBuyerPostalCode()),
                nz(e.getBuyerCity()),
                nz(e.getBuyerCountry()));
        if (parties.buyerTaxId() != null) {
            buyer.addVATID(parties.buyerTaxId());
        }
        endpoint(buyer, e.getBuyerEndpointId(), e.getBuyerEndpointScheme());
        return buyer;
    }

    private static void endpoint(TradeParty party, @Nullable String id, @Nullable String scheme) {
        if (id == null) {
            return;
        }
        if (scheme == null || scheme.equals("EM")) {
            party.setEmail(id);
        } else {
            party.addUriUniversalCommunicationID(new SchemedID(scheme, id));
        }
    }

    private static Item item(DocumentLine line) {
        TaxCategory category = line.getTaxCategory() == null ? TaxCategory.STANDARD : line.getTaxCategory();
        Product product = new Product(
                line.getDescription().length() > 200 ? line.getDescription().substring(0, 200) : line.getDescription(),
                line.getDescription().length() > 200 ? line.getDescription() : "",
                line.getUnitCode(),
                line.getTaxRate().stripTrailingZeros());
        product.setTaxCategoryCode(category.code());
        if (line.getExemptionReason() != null && category.needsExemptionReason()) {
            product.setTaxExemptionReason(line.getExemptionReason());
        }
        return new Item(product, line.getUnitPrice(), line.getQuantity());
    }

    private static Date date(LocalDate date) {
        return Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    private static String nz(@Nullable String s) {
        return s == null ? "" : s;
    }
}
