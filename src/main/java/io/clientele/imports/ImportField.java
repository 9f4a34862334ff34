package io.clientele.imports;

import io.clientele.base.ui.AppLanguages;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a column can be imported into: a client field or a field of the client's contact. Each knows the header names
 * it is guessed from — in English, German, French and Spanish, those of Invoice Ninja, FreshBooks, Wave, Zoho Books,
 * QuickBooks, Xero and Perfex, and its own label in every app language (so the app's export reads back) — compared
 * without case, accents, punctuation or a technical suffix such as {@code Name* (s.nom)}.
 */
public enum ImportField implements ImportTarget {
    ID("clienteleid", "clientid", "customerid", "kundenid", "idclient", "idcliente"),
    NAME(
            "name",
            "client",
            "clientname",
            "customer",
            "customername",
            "customerdisplayname",
            "displayname",
            "organization",
            "organisation",
            "organizationname",
            "businessname",
            "companyname",
            "firma",
            "firmenname",
            "kunde",
            "kundenname",
            "unternehmen",
            "nom",
            "nomclient",
            "nomduclient",
            "raisonsociale",
            "societe",
            "entreprise",
            "nombre",
            "nombrecliente",
            "nombrefiscal",
            "empresa",
            "cliente",
            "razonsocial"),
    TYPE(
            "type",
            "clienttype",
            "customertype",
            "customersubtype",
            "companytype",
            "organizationtype",
            "organisationtype",
            "typ",
            "art",
            "kundentyp",
            "kundenart",
            "typeclient",
            "typedeclient",
            "tipo",
            "tipodecliente"),
    EMAIL(
            "email",
            "mail",
            "emailid",
            "emailaddress",
            "emailadresse",
            "clientemail",
            "customeremail",
            "primaryemail",
            "courriel",
            "adresseemail",
            "adressemail",
            "adressecourriel",
            "correo",
            "correoelectronico"),
    ALTERNATE_EMAIL(
            "alternateemail", "secondaryemail", "ccemail", "weitereemail", "emailsecondaire", "correoalternativo"),
    PHONE(
            "phone",
            "phonenumber",
            "workphone",
            "businessphone",
            "officephone",
            "telephone",
            "tel",
            "telefon",
            "telefonnummer",
            "telefono",
            "numerodetelephone",
            "clientphone",
            "phonenumber1"),
    MOBILE("mobile", "mobilephone", "mobilenumber", "cell", "cellphone", "handy", "mobil", "portable", "movil"),
    WEBSITE("website", "web", "url", "homepage", "webseite", "internetseite", "siteweb", "siteinternet", "sitioweb"),
    TAX_ID(
            "taxid",
            "vat",
            "vatid",
            "vatnumber",
            "vatno",
            "vatregistrationnumber",
            "taxnumber",
            "taxregistrationnumber",
            "taxresaleno",
            "idnumber",
            "gstin",
            "gstidentificationnumbergstin",
            "ustid",
            "ustidnr",
            "umsatzsteuerid",
            "steuernummer",
            "tva",
            "numerotva",
            "numerodetva",
            "nif",
            "cif",
            "nifcif",
            "numerofiscal"),
    STREET(
            "street",
            "street1",
            "address",
            "address1",
            "addressline1",
            "streetaddress",
            "clientaddress1",
            "strasse",
            "strasseundhausnummer",
            "anschrift",
            "adresse",
            "adresse1",
            "rue",
            "calle",
            "direccion",
            "domicilio"),
    STREET_2("street2", "address2", "addressline2", "clientaddress2", "adresszusatz", "complementadresse"),
    CITY("city", "town", "stadt", "ort", "ville", "localite", "ciudad", "localidad", "poblacion", "municipio"),
    STATE(
            "state",
            "region",
            "province",
            "provincestate",
            "stateprovince",
            "county",
            "bundesland",
            "departement",
            "provincia",
            "estado",
            "comunidad"),
    POSTAL_CODE(
            "postalcode",
            "postcode",
            "zip",
            "zipcode",
            "postalcodezip",
            "postalcodezipcode",
            "zippostalcode",
            "billingcode",
            "plz",
            "postleitzahl",
            "codepostal",
            "codigopostal",
            "cp"),
    COUNTRY("country", "countrycode", "land", "staat", "pays", "pais"),
    ADDRESS_TEXT("addresstext", "fulladdress", "postaladdress", "adressblock", "adressecomplete", "direccioncompleta"),
    /** Which address form is in force: "structured" or "free-form" (Clientele's own export writes it). */
    ADDRESS_FORM("addressform", "addressinforce"),
    SHIPPING_STREET("shippingstreet"),
    SHIPPING_CITY("shippingcity"),
    SHIPPING_STATE("shippingstate"),
    SHIPPING_POSTAL_CODE("shippingpostalcode", "shippingcode"),
    SHIPPING_COUNTRY("shippingcountry"),
    SHIPPING_TEXT("shippingaddresstext"),
    SHIPPING_ADDRESS_FORM("shippingaddressform", "shippingaddressinforce"),
    CURRENCY(
            "currency",
            "currencycode",
            "defaultcurrency",
            "waehrung",
            "wahrung",
            "devise",
            "monnaie",
            "moneda",
            "divisa"),
    LANGUAGE("language", "languagecode", "defaultlanguage", "locale", "sprache", "langue", "idioma", "lengua"),
    PAYMENT_TERM(
            "paymentterm",
            "paymentterms",
            "paymenttermslabel",
            "terms",
            "duedatesalesterm",
            "zahlungsziel",
            "zahlungsbedingungen",
            "conditionsdepaiement",
            "delaidepaiement",
            "condicionesdepago",
            "formadepago",
            "plazodepago"),
    LEAD_SOURCE(
            "leadsource",
            "source",
            "howdidyouhear",
            "referral",
            "quelle",
            "herkunft",
            "leadquelle",
            "origine",
            "sourceduprospect",
            "origen",
            "fuente"),
    GROUPS(
            "groups",
            "group",
            "contactgroups",
            "customergroup",
            "customergroups",
            "category",
            "gruppe",
            "gruppen",
            "kundengruppe",
            "groupe",
            "groupes",
            "grupo",
            "grupos"),
    // Issue 22: free tags ("Tags" meant groups before tags existed).
    TAGS("tags", "tag", "labels", "label", "schlagworte", "schlagwoerter", "etiquettes", "etiquette", "etiquetas"),
    OWNER("owner", "accountowner", "salesperson", "assignedto", "betreuer", "responsable", "propietario"),
    INQUIRY_DATE("inquirydate", "anfragedatum", "datedemande", "fechaconsulta"),
    FINALIZED_DATE("finalizeddate", "clientsince", "customersince", "kundeseit", "clientdepuis", "clientedesde"),
    DESIGNATION("designation", "jobtitle", "position", "berufsbezeichnung", "fonction", "poste", "cargo", "puesto"),
    COMMUNICATION_ID("communicationid", "skype", "skypename", "teams", "messenger"),
    ACTIVE("active", "status", "isactive", "aktiv", "actif", "activo"),
    NOTES(
            "notes",
            "note",
            "privatenotes",
            "publicnotes",
            "comment",
            "comments",
            "description",
            "notizen",
            "notiz",
            "bemerkung",
            "bemerkungen",
            "remarques",
            "commentaire",
            "notas",
            "comentarios",
            "observaciones"),
    /** Any number of columns: each non-blank cell is added to the notes as "header: value". */
    EXTRA_NOTE(),
    PARENT_COMPANY(
            "parent",
            "parentcompany",
            "parentclient",
            "parentcustomer",
            "belongstocompany",
            "company",
            "contactcompany",
            "mutterfirma",
            "zugehorigefirma",
            "societemere",
            "empresamatriz"),
    CONTACT_NAME("contactname", "contactperson", "ansprechpartner", "interlocuteur", "personadecontacto"),
    CONTACT_FIRST_NAME(
            "firstname",
            "contactfirstname",
            "givenname",
            "billingattention",
            "vorname",
            "prenom",
            "prenomcontact",
            "nombrecontacto"),
    CONTACT_LAST_NAME(
            "lastname",
            "contactlastname",
            "surname",
            "familyname",
            "nachname",
            "familienname",
            "nomdefamille",
            "nomcontact",
            "apellido",
            "apellidos"),
    CONTACT_EMAIL(
            "contactemail", "contactmail", "contactemailaddress", "kontaktemail", "emailcontact", "correocontacto"),
    CONTACT_PHONE(
            "contactphone",
            "contactphonenumber",
            "contacttelephone",
            "kontakttelefon",
            "telephonecontact",
            "telefonocontacto"),
    CONTACT_MOBILE("contactmobile", "kontaktmobil", "mobilecontact", "movilcontacto"),
    CONTACT_TITLE("contacttitle", "contactposition", "kontaktposition", "fonctioncontact", "cargocontacto"),
    CONTACT_PRIMARY(
            "primary",
            "primarycontact",
            "isprimary",
            "isprimarycontact",
            "hauptkontakt",
            "contactprincipal",
            "contactoprincipal");

    /** Headers that mean "a column holding a part of the shipping address" once the prefix is taken off. */
    private static final List<String> SHIPPING_PREFIXES =
            List.of("shipping", "shipto", "delivery", "sa", "liefer", "lieferadresse", "livraison", "envio", "entrega");

    private static final List<String> BILLING_PREFIXES = List.of(
            "billing",
            "billto",
            "invoice",
            "po",
            "postal",
            "client",
            "customer",
            "rechnungs",
            "facturation",
            "facturacion");

    private static final Set<ImportField> ADDRESS_PARTS =
            EnumSet.of(STREET, STREET_2, CITY, STATE, POSTAL_CODE, COUNTRY);

    private static final Map<String, List<ImportField>> ALIASES = aliases();

    private final List<String> aliases;

    ImportField(String... aliases) {
        this.aliases = List.of(aliases);
    }

    /** Whether the field belongs to the contact created with the client. */
    public boolean isContactField() {
        return name().startsWith("CONTACT_");
    }

    /** Whether several columns may be mapped to it at once. */
    public boolean isRepeatable() {
        return this == EXTRA_NOTE;
    }

    /** Translation key of the field's label. */
    public String labelKey() {
        // Spelled out, not built from name(), so the translations test sees every key.
        return switch (this) {
            case ID -> "client.import.field.ID";
            case NAME -> "client.import.field.NAME";
            case TYPE -> "client.import.field.TYPE";
            case EMAIL -> "client.import.field.EMAIL";
            case ALTERNATE_EMAIL -> "client.import.field.ALTERNATE_EMAIL";
            case PHONE -> "client.import.field.PHONE";
            case MOBILE -> "client.import.field.MOBILE";
            case WEBSITE -> "client.import.field.WEBSITE";
            case TAX_ID -> "client.import.field.TAX_ID";
            case STREET -> "client.import.field.STREET";
            case STREET_2 -> "client.import.field.STREET_2";
            case CITY -> "client.import.field.CITY";
            case STATE -> "client.import.field.STATE";
            case POSTAL_CODE -> "client.import.field.POSTAL_CODE";
            case COUNTRY -> "client.import.field.COUNTRY";
            case ADDRESS_TEXT -> "client.import.field.ADDRESS_TEXT";
            case ADDRESS_FORM -> "client.import.field.ADDRESS_FORM";
            case SHIPPING_STREET -> "client.import.field.SHIPPING_STREET";
            case SHIPPING_CITY -> "client.import.field.SHIPPING_CITY";
            case SHIPPING_STATE -> "client.import.field.SHIPPING_STATE";
            case SHIPPING_POSTAL_CODE -> "client.import.field.SHIPPING_POSTAL_CODE";
            case SHIPPING_COUNTRY -> "client.import.field.SHIPPING_COUNTRY";
            case SHIPPING_TEXT -> "client.import.field.SHIPPING_TEXT";
            case SHIPPING_ADDRESS_FORM -> "client.import.field.SHIPPING_ADDRESS_FORM";
            case CURRENCY -> "client.import.field.CURRENCY";
            case LANGUAGE -> "client.import.field.LANGUAGE";
            case PAYMENT_TERM -> "client.import.field.PAYMENT_TERM";
            case LEAD_SOURCE -> "client.import.field.LEAD_SOURCE";
            case GROUPS -> "client.import.field.GROUPS";
            case TAGS -> "client.tags.import-field";
            case OWNER -> "client.import.field.OWNER";
            case INQUIRY_DATE -> "client.import.field.INQUIRY_DATE";
            case FINALIZED_DATE -> "client.import.field.FINALIZED_DATE";
            case DESIGNATION -> "client.import.field.DESIGNATION";
            case COMMUNICATION_ID -> "client.import.field.COMMUNICATION_ID";
            case ACTIVE -> "client.import.field.ACTIVE";
            case NOTES -> "client.import.field.NOTES";
            case EXTRA_NOTE -> "client.import.field.EXTRA_NOTE";
            case PARENT_COMPANY -> "client.import.field.PARENT_COMPANY";
            case CONTACT_NAME -> "client.import.field.CONTACT_NAME";
            case CONTACT_FIRST_NAME -> "client.import.field.CONTACT_FIRST_NAME";
            case CONTACT_LAST_NAME -> "client.import.field.CONTACT_LAST_NAME";
            case CONTACT_EMAIL -> "client.import.field.CONTACT_EMAIL";
            case CONTACT_PHONE -> "client.import.field.CONTACT_PHONE";
            case CONTACT_MOBILE -> "client.import.field.CONTACT_MOBILE";
            case CONTACT_TITLE -> "client.import.field.CONTACT_TITLE";
            case CONTACT_PRIMARY -> "client.import.field.CONTACT_PRIMARY";
        };
    }

    /** The field a header most likely means, if any. */
    public static Optional<ImportField> guess(String header) {
        List<ImportField> all = candidates(header);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.getFirst());
    }

    /**
     * A field for each header (null: none), each field used once: a header with one meaning first, then headers with
     * several ("Company" is the client's name unless a name column is there, then the company a person row belongs
     * to), and finally, if no column is the client's name, the first that could be ("*ContactName" in Xero's files).
     */
    public static List<@Nullable ImportField> guessAll(List<String> headers) {
        List<@Nullable ImportField> out = new ArrayList<>();
        List<List<ImportField>> options = new ArrayList<>();
        Set<ImportField> taken = EnumSet.noneOf(ImportField.class);
        for (String h : headers) {
            options.add(candidates(h));
            out.add(null);
        }
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < headers.size(); i++) {
                List<ImportField> o = options.get(i);
                if (out.get(i) != null || o.isEmpty() || (pass == 0 && o.size() > 1)) {
                    continue;
                }
                for (ImportField f : o) {
                    if (taken.add(f)) {
                        out.set(i, f);
                        break;
                    }
                }
            }
        }
        if (!taken.contains(NAME)) {
            for (int i = 0; i < headers.size(); i++) {
                if (options.get(i).contains(NAME)) {
                    out.set(i, NAME);
                    break;
                }
            }
        }
        return out;
    }

    /** Every field a header could mean, most likely first. */
    static List<ImportField> candidates(String header) {
        Set<ImportField> out = new LinkedHashSet<>();
        for (String key : variants(header)) {
            List<ImportField> direct = ALIASES.get(key);
            if (direct != null) {
                out.addAll(direct);
            }
            for (String prefix : SHIPPING_PREFIXES) {
                if (key.startsWith(prefix) && key.length() > prefix.length()) {
                    List<ImportField> rest = ALIASES.getOrDefault(key.substring(prefix.length()), List.of());
                    rest.stream()
                            .filter(ADDRESS_PARTS::contains)
                            .map(ImportField::shipping)
                            .forEach(out::add);
                }
            }
            for (String prefix : BILLING_PREFIXES) {
                if (key.startsWith(prefix) && key.length() > prefix.length()) {
                    List<ImportField> rest = ALIASES.getOrDefault(key.substring(prefix.length()), List.of());
                    rest.stream().filter(ADDRESS_PARTS::contains).forEach(out::add);
                }
            }
            if (!out.isEmpty()) {
                break;
            }
        }
        return List.copyOf(out);
    }

    private ImportField shipping() {
        return switch (this) {
            case STREET, STREET_2 -> SHIPPING_STREET;
            case CITY -> SHIPPING_CITY;
            case STATE -> SHIPPING_STATE;
            case POSTAL_CODE -> SHIPPING_POSTAL_CODE;
            case COUNTRY -> SHIPPING_COUNTRY;
            default -> this;
        };
    }

    /**
     * The forms a header is compared in: as written, without a bracketed or starred technical suffix
     * ({@code Name* (s.nom)}), and each part of one with alternatives ({@code Province/State}).
     */
    static List<String> variants(String header) {
        Set<String> out = new LinkedHashSet<>();
        out.add(normalize(header));
        String bare = header.replaceAll("\\([^)]*\\)|\\[[^]]*]", " ").replace("*", " ");
        out.add(normalize(bare));
        for (String part : bare.split("[/|]| or | oder | ou | o ")) {
            out.add(normalize(part));
        }
        out.remove("");
        return List.copyOf(out);
    }

    /** Compiled once; in a holder because the enum's constants are built before its own static fields. */
    private static final class Patterns {
        static final Pattern MARKS = Pattern.compile("\\p{M}");
        static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]");
    }

    static String normalize(String header) {
        String plain = Patterns.MARKS
                .matcher(Normalizer.normalize(header, Normalizer.Form.NFD))
                .replaceAll("")
                .replace("ß", "ss")
                .toLowerCase(Locale.ROOT);
        return Patterns.NOT_ALNUM.matcher(plain).replaceAll("");
    }

    private static Map<String, List<ImportField>> aliases() {
        Map<String, List<ImportField>> map = new HashMap<>();
        for (ImportField f : values()) {
            for (String a : f.aliases) {
                map.computeIfAbsent(a, k -> new ArrayList<>()).add(f);
            }
        }
        // The app's own labels in every language, so its export and a file made from its template read back.
        for (String language : AppLanguages.CODES) {
            ResourceBundle bundle;
            try {
                bundle = ResourceBundle.getBundle(
                        "vaadin-i18n.translations",
                        language.equals("en") ? Locale.ROOT : Locale.forLanguageTag(language),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            } catch (MissingResourceException e) {
                continue;
            }
            for (ImportField f : values()) {
                if (f == EXTRA_NOTE || !bundle.containsKey(f.labelKey())) {
                    continue;
                }
                String label = bundle.getString(f.labelKey());
                for (String key : variants(label)) {
                    List<ImportField> list = map.computeIfAbsent(key, k -> new ArrayList<>());
                    if (!list.contains(f)) {
                        list.add(f);
                    }
                }
            }
        }
        // "Company" alone is the client's name where no name column exists (see guessAll).
        map.computeIfAbsent("company", k -> new ArrayList<>()).add(NAME);
        // "Contact name" is the client in Xero (its only name column), a person elsewhere.
        map.computeIfAbsent("contactname", k -> new ArrayList<>()).add(NAME);
        map.values().forEach(l -> l.sort(Comparator.comparingInt(Enum::ordinal)));
        // Person-ish meanings first where a header has several: keep the order the enum lists them in, except that
        // "company" means the person's company first and the client's name second.
        List<ImportField> company = map.get("company");
        company.remove(NAME);
        company.add(NAME);
        List<ImportField> contact = map.get("contactname");
        contact.remove(NAME);
        contact.add(NAME);
        return Map.copyOf(map);
    }

    /** All fields, for the column picker. */
    static List<ImportField> pickable() {
        return Arrays.asList(values());
    }
}
