package io.clientele.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.imports.ClientImportService;
import io.clientele.imports.ImportField;
import io.clientele.imports.ImportFile;
import io.clientele.imports.ImportFiles;
import io.clientele.imports.ImportOptions;
import io.clientele.imports.ImportPlan;
import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The import's speed (issue 17), run by hand and never by {@code ./mvnw verify} (the name does not end in Test):
 * {@code ./mvnw test -Dtest=ImportBenchmark -Dimport.rows=10000}. A file of the size asked for with everything on:
 * country names to normalize, a company column making every tenth row a person of an earlier company, a contact per
 * company row, one row in fifty repeating an earlier one; the dry run, then the import. Logs rows, seconds, and the
 * heap in use after, and the machine's load average.
 */
class ImportBenchmark extends SpringTest {

    private static final Logger log = LoggerFactory.getLogger(ImportBenchmark.class);

    @Autowired
    ClientImportService imports;

    @Test
    void measure() {
        int rows = Integer.getInteger("import.rows", 10_000);
        StringBuilder csv = new StringBuilder(
                "Name,Type,Email,Phone,Street,Postal code,City,Country,Currency,Company,Contact first name,"
                        + "Contact last name,Contact email\n");
        String[] countries = {"Germany", "Deutschland", "UK", "United States", "France", "España", "AT", "Schweiz"};
        for (int i = 1; i <= rows; i++) {
            int n = i % 50 == 0 ? i - 1 : i;
            if (i % 10 == 5) {
                csv.append("Person ")
                        .append(i)
                        .append(",individual,p")
                        .append(i)
                        .append("@bench.example,,,,,")
                        .append(countries[i % countries.length])
                        .append(",,Company ")
                        .append(i - 1)
                        .append(",,,\n");
            } else {
                csv.append("Company ")
                        .append(n)
                        .append(",company,c")
                        .append(n)
                        .append("@bench.example,")
                        .append("'+49 30 ")
                        .append(1000000 + n)
                        .append(",Street ")
                        .append(n)
                        .append(",")
                        .append(10000 + n % 90000)
                        .append(",City ")
                        .append(n % 500)
                        .append(",")
                        .append(countries[n % countries.length])
                        .append(",EUR,,Anna,Becker ")
                        .append(n)
                        .append(",anna")
                        .append(n)
                        .append("@bench.example\n");
            }
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        actAsAccount(TestData.STAFF);

        long start = System.nanoTime();
        ImportFile file = ImportFiles.read("bench.csv", bytes);
        Map<Integer, ImportField> mapping = new LinkedHashMap<>();
        List<ImportField> guessed = ImportField.guessAll(file.clients().headers());
        for (int i = 0; i < guessed.size(); i++) {
            if (guessed.get(i) != null) {
                mapping.put(i, guessed.get(i));
            }
        }
        long parsed = System.nanoTime();
        ImportPlan plan = imports.check(file, mapping, ImportOptions.standard(), Locale.ENGLISH);
        long checked = System.nanoTime();
        // Progress as the page hears it; every tenth of the file is logged with the heap in use, which shows
        // whether memory stays flat while the chunks are written.
        int step = Math.max(1, rows / 10);
        ImportPlan done = imports.importAll(
                file,
                mapping,
                ImportOptions.standard(),
                Locale.ENGLISH,
                n -> {
                    if (n % step == 0) {
                        Runtime r = Runtime.getRuntime();
                        log.info(
                                "IMPORT PROGRESS rows={} after={}s heapUsedMb={}",
                                n,
                                secs(checked, System.nanoTime()),
                                (r.totalMemory() - r.freeMemory()) / 1024 / 1024);
                    }
                },
                () -> false);
        long imported = System.nanoTime();

        System.gc();
        Runtime rt = Runtime.getRuntime();
        long heapMb = (rt.totalMemory() - rt.freeMemory()) / 1024 / 1024;
        log.info(
                "IMPORT BENCHMARK rows={} bytes={} parse={}s dryRun={}s import={}s total={}s"
                        + " created={} contacts={} duplicates={} errors={} heapAfterMb={} maxHeapMb={} load={}",
                rows,
                bytes.length,
                secs(start, parsed),
                secs(parsed, checked),
                secs(checked, imported),
                secs(start, imported),
                done.created(),
                done.contacts(),
                done.duplicates().size(),
                done.errors().size(),
                heapMb,
                rt.maxMemory() / 1024 / 1024,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        assertThat(plan.errors()).isEmpty();
        assertThat(done.created()).isEqualTo(plan.created());
    }

    private static String secs(long from, long to) {
        return String.format(Locale.ROOT, "%.1f", (to - from) / 1e9);
    }
}
