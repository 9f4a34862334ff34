package io.clientele.demo;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Makes realistic clients from several countries, deterministically: the same seed and count always give the same
 * clients in the same order, so tests, the demo and the benchmarks share one data set at any size. Roughly one in
 * three clients is an individual, half of whom belong to an earlier company.
 */
public final class DemoDataGenerator {

    private record Country(
            String code,
            String currency,
            String language,
            String phonePrefix,
            String[] cities,
            String[] streets,
            String[] firstNames,
            String[] lastNames,
            String[] companyWords,
            String[] companyForms,
            String postalFormat,
            String[] states) {}

    private static final List<Country> COUNTRIES = List.of(
            new Country(
                    "DE",
                    "EUR",
                    "de",
                    "+49",
                    new String[] {"Berlin", "München", "Köln", "Düsseldorf", "Nürnberg"},
                    new String[] {"Hauptstraße", "Lindenallee", "Schloßstraße", "Königsweg", "Gärtnerplatz"},
                    new String[] {"Jürgen", "Anna", "Lukas", "Sophie", "Björn", "Lea", "Günter", "Käthe"},
                    new String[] {"Müller", "Schäfer", "Groß", "Wöhler", "Köhler", "Becker", "Weiß"},
                    new String[] {"Bäckerei", "Maschinenbau", "Lösungen", "Werkstätten", "Handel", "Brücken"},
                    new String[] {"GmbH", "AG", "KG", "GmbH & Co. KG"},
                    "#####",
                    new String[0]),
            new Country(
                    "FR",
                    "EUR",
                    "fr",
                    "+33",
                    new String[] {"Paris", "Lyon", "Marseille", "Besançon", "Orléans"},
                    new String[] {"Rue de la Paix", "Boulevard Saint-Germain", "Avenue Foch", "Rue Lepic"},
                    new String[] {"Hélène", "François", "Amélie", "Jérôme", "Zoé", "Cécile", "Loïc"},
                    new String[] {"Lefèvre", "Moreau", "Dubois", "Girard", "Bézier", "Fournier"},
                    new String[] {"Boulangerie", "Créations", "Ingénierie", "Élégance", "Découvertes"},
                    new String[] {"SARL", "SA", "SAS"},
                    "#####",
                    new String[0]),
            new Country(
                    "ES",
                    "EUR",
                    "es",
                    "+34",
                    new String[] {"Madrid", "Barcelona", "Sevilla", "Málaga", "A Coruña"},
                    new String[] {"Calle Mayor", "Avenida de la Constitución", "Paseo de Gràcia", "Calle Alcalá"},
                    new String[] {"José", "María", "Álvaro", "Lucía", "Íñigo", "Begoña", "Raúl"},
                    new String[] {"Núñez", "García", "Martínez", "Ibáñez", "Gómez", "Peña"},
                    new String[] {"Soluciones", "Construcciones", "Diseño", "Logística", "Energía"},
                    new String[] {"S.L.", "S.A."},
                    "#####",
                    new String[0]),
            new Country(
                    "PL",
                    "PLN",
                    "en",
                    "+48",
                    new String[] {"Warszawa", "Kraków", "Łódź", "Wrocław", "Gdańsk"},
                    new String[] {"ul. Marszałkowska", "ul. Piękna", "ul. Źródlana", "al. Jerozolimskie"},
                    new String[] {"Łukasz", "Agnieszka", "Paweł", "Małgorzata", "Wojciech", "Zofia"},
                    new String[] {"Kowalski", "Wiśniewska", "Wójcik", "Zieliński", "Szymańska", "Dąbrowski"},
                    new String[] {"Budownictwo", "Usługi", "Technika", "Żegluga", "Przemysł"},
                    new String[] {"Sp. z o.o.", "S.A."},
                    "##-###",
                    new String[0]),
            new Country(
                    "CZ",
                    "CZK",
                    "en",
                    "+420",
                    new String[] {"Praha", "Brno", "Ostrava", "Plzeň", "České Budějovice"},
                    new String[] {"Náměstí Míru", "Vodičkova", "Karlova", "Údolní"},
                    new String[] {"Jiří", "Tereza", "Tomáš", "Kateřina", "Lukáš", "Zdeňka"},
                    new String[] {"Novák", "Dvořák", "Černý", "Procházka", "Kučera", "Růžička"},
                    new String[] {"Strojírny", "Služby", "Stavby", "Pivovar", "Řešení"},
                    new String[] {"s.r.o.", "a.s."},
                    "### ##",
                    new String[0]),
            new Country(
                    "GR",
                    "EUR",
                    "en",
                    "+30",
                    new String[] {"Αθήνα", "Θεσσαλονίκη", "Πάτρα", "Ηράκλειο"},
                    new String[] {"Οδός Ερμού", "Λεωφόρος Συγγρού", "Οδός Αθηνάς"},
                    new String[] {"Γιώργος", "Μαρία", "Νίκος", "Ελένη", "Δημήτρης"},
                    new String[] {"Παπαδόπουλος", "Οικονόμου", "Γεωργίου", "Νικολάου"},
                    new String[] {"Τεχνική", "Εμπορική", "Ναυτιλιακή", "Σύμβουλοι"},
                    new String[] {"Α.Ε.", "Ε.Π.Ε."},
                    "### ##",
                    new String[0]),
            new Country(
                    "UA",
                    "UAH",
                    "en",
                    "+380",
                    new String[] {"Київ", "Львів", "Одеса", "Харків"},
                    new String[] {"вул. Хрещатик", "просп. Свободи", "вул. Шевченка"},
                    new String[] {"Олександр", "Олена", "Андрій", "Ірина", "Тарас"},
                    new String[] {"Шевченко", "Коваленко", "Бондаренко", "Ткаченко"},
                    new String[] {"Будівництво", "Технології", "Логістика", "Агро"},
                    new String[] {"ТОВ", "ПП"},
                    "#####",
                    new String[0]),
            new Country(
                    "US",
                    "USD",
                    "en",
                    "+1",
                    new String[] {"New York", "Chicago", "Austin", "Seattle", "Boston"},
                    new String[] {"Main Street", "Oak Avenue", "Maple Drive", "Broadway", "Elm Street"},
                    new String[] {"James", "Emily", "Michael", "Olivia", "Daniel", "Ava", "Chloé"},
                    new String[] {"Smith", "Johnson", "O'Brien", "Williams", "Brown", "García"},
                    new String[] {"Consulting", "Logistics", "Software", "Outfitters", "Holdings"},
                    new String[] {"Inc.", "LLC", "Corp."},
                    "#####",
                    new String[] {"NY", "IL", "TX", "WA", "MA"}),
            new Country(
                    "GB",
                    "GBP",
                    "en",
                    "+44",
                    new String[] {"London", "Manchester", "Edinburgh", "Bristol", "Leeds"},
                    new String[] {"High Street", "Station Road", "Church Lane", "King's Road"},
                    new String[] {"Oliver", "Amelia", "Harry", "Isla", "George", "Siobhán"},
                    new String[] {"Taylor", "Davies", "Evans", "Thomas", "Roberts", "McKenzie"},
                    new String[] {"Trading", "Partners", "Engineering", "Media", "Foods"},
                    new String[] {"Ltd", "PLC", "LLP"},
                    "SW# #AB",
                    new String[0]),
            new Country(
                    "DK",
                    "DKK",
                    "en",
                    "+45",
                    new String[] {"København", "Aarhus", "Odense", "Aalborg"},
                    new String[] {"Strøget", "Nørrebrogade", "Østerbrogade", "Vesterbrogade"},
                    new String[] {"Søren", "Mette", "Jørgen", "Ida", "Kasper", "Åse"},
                    new String[] {"Jensen", "Nielsen", "Sørensen", "Møller", "Østergaard"},
                    new String[] {"Øresund", "Design", "Logistik", "Bryggeri", "Rådgivning"},
                    new String[] {"ApS", "A/S"},
                    "####",
                    new String[0]));

    /** The demo's client groups; some clients are in none, some in two. */
    public static final List<String> GROUPS =
            List.of("Key accounts", "Retail", "Wholesale", "Public sector", "Partners");

    private static final String[] DOMAINS = {"example.com", "example.org", "example.net", "mail.example"};

    private final long seed;

    public DemoDataGenerator(long seed) {
        this.seed = seed;
    }

    /** Hands {@code count} clients to {@code sink} one at a time, never holding them all in memory. */
    public void generate(int count, Consumer<DemoClient> sink) {
        Random random = new Random(seed);
        int companies = 0;
        for (int i = 0; i < count; i++) {
            Country country = COUNTRIES.get(i % COUNTRIES.size());
            boolean individual = i > 0 && random.nextInt(3) == 0;
            DemoClient client = individual
                    ? individual(
                            random, country, i, companies > 0 && random.nextBoolean() ? random.nextInt(companies) : -1)
                    : company(random, country, i);
            if (client.isCompany()) {
                companies++;
            }
            sink.accept(client);
        }
    }

    private static DemoClient company(Random r, Country c, int n) {
        String last = pick(r, c.lastNames);
        String name = switch (r.nextInt(3)) {
            case 0 -> last + " " + pick(r, c.companyWords) + " " + pick(r, c.companyForms);
            case 1 -> pick(r, c.companyWords) + " " + pick(r, c.cities) + " " + pick(r, c.companyForms);
            default -> last + " & " + pick(r, c.lastNames) + " " + pick(r, c.companyForms);
        };
        String slug = slug(last) + n;
        return new DemoClient(
                "COMPANY",
                name,
                "office@" + slug + "." + pick(r, DOMAINS),
                phone(r, c),
                r.nextInt(4) == 0 ? phone(r, c) : null,
                "https://www." + slug + ".example",
                c.code + String.format(Locale.ROOT, "%09d", Math.floorMod(r.nextLong(), 1_000_000_000L)),
                r.nextInt(10) != 0,
                street(r, c),
                pick(r, c.cities),
                state(r, c),
                postal(r, c),
                c.code,
                -1,
                c.currency,
                c.language,
                r.nextInt(4),
                groups(r));
    }

    private static DemoClient individual(Random r, Country c, int n, int companyIndex) {
        String first = pick(r, c.firstNames);
        String last = pick(r, c.lastNames);
        String email = r.nextInt(8) == 0 ? null : slug(first) + "." + slug(last) + n + "@" + pick(r, DOMAINS);
        return new DemoClient(
                "INDIVIDUAL",
                first + " " + last,
                email,
                r.nextBoolean() ? phone(r, c) : null,
                phone(r, c),
                null,
                null,
                r.nextInt(10) != 0,
                street(r, c),
                pick(r, c.cities),
                state(r, c),
                postal(r, c),
                c.code,
                companyIndex,
                c.currency,
                c.language,
                r.nextInt(2),
                groups(r));
    }

    private static List<Integer> groups(Random r) {
        int roll = r.nextInt(10);
        if (roll < 3) {
            return List.of();
        }
        int first = r.nextInt(GROUPS.size());
        return roll == 9 ? List.of(first, (first + 1 + r.nextInt(GROUPS.size() - 1)) % GROUPS.size()) : List.of(first);
    }

    private static String phone(Random r, Country c) {
        return c.phonePrefix + " " + (20 + r.nextInt(80)) + " " + (1000 + r.nextInt(9000)) + " "
                + (100 + r.nextInt(900));
    }

    private static String street(Random r, Country c) {
        return pick(r, c.streets) + " " + (1 + r.nextInt(180));
    }

    private static String postal(Random r, Country c) {
        StringBuilder code = new StringBuilder(c.postalFormat.length());
        for (char ch : c.postalFormat.toCharArray()) {
            code.append(ch == '#' ? (char) ('0' + (code.isEmpty() ? 1 + r.nextInt(9) : r.nextInt(10))) : ch);
        }
        return code.toString();
    }

    private static String state(Random r, Country c) {
        return c.states.length == 0 ? null : pick(r, c.states);
    }

    private static String pick(Random r, String[] values) {
        return values[r.nextInt(values.length)];
    }

    /** ASCII local part for e-mail addresses; non-Latin names fall back to a neutral word. */
    static String slug(String s) {
        String ascii = Normalizer.normalize(s, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace("ł", "l")
                .replace("Ł", "L")
                .replace("ø", "o")
                .replace("Ø", "O")
                .replace("æ", "ae")
                .replace("ß", "ss")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]", "");
        return ascii.isEmpty() ? "client" : ascii;
    }
}
