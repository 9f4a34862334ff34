package io.clientele.imports;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a CSV column can be imported into: a client field or a field of the client's (first) contact. Each knows
 * the header names it is guessed from, in the app's languages, compared without case, accents or punctuation.
 */
public enum ImportField {
    NAME(
            "name",
            "client",
            "company",
            "clientname",
            "companyname",
            "firma",
            "kunde",
            "kundenname",
            "nom",
            "societe",
            "entreprise",
            "nombre",
            "empresa",
            "cliente",
            "razonsocial"),
    TYPE("type", "clienttype", "typ", "art", "kundentyp", "tipo"),
    EMAIL("email", "mail", "emailaddress", "courriel", "correo", "correoelectronico", "adressemail"),
    PHONE("phone", "telephone", "tel", "telefon", "telefono", "phonenumber", "telefonnummer"),
    WEBSITE("website", "web", "url", "homepage", "webseite", "siteweb", "sitioweb"),
    TAX_ID(
            "taxid",
            "vat",
            "vatid",
            "vatnumber",
            "ustid",
            "ustidnr",
            "steuernummer",
            "tva",
            "numerotva",
            "nif",
            "cif",
            "taxnumber"),
    STREET("street", "address", "strasse", "adresse", "rue", "calle", "direccion"),
    CITY("city", "town", "stadt", "ort", "ville", "ciudad"),
    STATE("state", "region", "province", "bundesland", "provincia"),
    POSTAL_CODE("postalcode", "zip", "zipcode", "postcode", "plz", "postleitzahl", "codepostal", "codigopostal", "cp"),
    COUNTRY("country", "land", "pays", "pais"),
    CURRENCY("currency", "wahrung", "devise", "moneda"),
    LANGUAGE("language", "sprache", "langue", "idioma"),
    NOTES("notes", "note", "comment", "comments", "notizen", "bemerkung", "notas", "remarques"),
    CONTACT_FIRST_NAME("firstname", "contactfirstname", "givenname", "vorname", "prenom", "nombrecontacto"),
    CONTACT_LAST_NAME(
            "lastname",
            "contactlastname",
            "surname",
            "familyname",
            "nachname",
            "nomdefamille",
            "apellido",
            "apellidos"),
    CONTACT_EMAIL("contactemail", "contactmail", "kontaktemail", "emailcontact", "correocontacto"),
    CONTACT_PHONE("contactphone", "contacttelephone", "kontakttelefon", "telephonecontact", "telefonocontacto");

    private final List<String> aliases;

    ImportField(String... aliases) {
        this.aliases = List.of(aliases);
    }

    /** Whether the field belongs to the contact created with the client. */
    public boolean isContactField() {
        return name().startsWith("CONTACT_");
    }

    /** Translation key of the field's label. */
    public String labelKey() {
        // Spelled out, not built from name(), so the translations test sees every key.
        return switch (this) {
            case NAME -> "client.import.field.NAME";
            case TYPE -> "client.import.field.TYPE";
            case EMAIL -> "client.import.field.EMAIL";
            case PHONE -> "client.import.field.PHONE";
            case WEBSITE -> "client.import.field.WEBSITE";
            case TAX_ID -> "client.import.field.TAX_ID";
            case STREET -> "client.import.field.STREET";
            case CITY -> "client.import.field.CITY";
            case STATE -> "client.import.field.STATE";
            case POSTAL_CODE -> "client.import.field.POSTAL_CODE";
            case COUNTRY -> "client.import.field.COUNTRY";
            case CURRENCY -> "client.import.field.CURRENCY";
            case LANGUAGE -> "client.import.field.LANGUAGE";
            case NOTES -> "client.import.field.NOTES";
            case CONTACT_FIRST_NAME -> "client.import.field.CONTACT_FIRST_NAME";
            case CONTACT_LAST_NAME -> "client.import.field.CONTACT_LAST_NAME";
            case CONTACT_EMAIL -> "client.import.field.CONTACT_EMAIL";
            case CONTACT_PHONE -> "client.import.field.CONTACT_PHONE";
        };
    }

    /** The field a header most likely means, if any. */
    public static Optional<ImportField> guess(String header) {
        String key = normalize(header);
        return Arrays.stream(values()).filter(f -> f.aliases.contains(key)).findFirst();
    }

    static String normalize(String header) {
        return Normalizer.normalize(header, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace("ß", "ss")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]", "");
    }
}
