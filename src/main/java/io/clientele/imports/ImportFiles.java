package io.clientele.imports;

import io.clientele.base.domain.RuleViolationException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Reads an uploaded file by its content: an XLSX workbook (first sheet the clients; a later sheet with a client id
 * and contact name columns the contacts), a ZIP holding Clientele's CSV pair, or CSV text.
 */
public final class ImportFiles {

    /** Names of the contacts part in Clientele's export, as written (see {@code ClientBookExport}). */
    public static final String CONTACTS_NAME = "contacts";

    public static final String CLIENTS_NAME = "clients";

    private ImportFiles() {}

    /**
     * Reads a file.
     *
     * @throws RuleViolationException with a {@code client.import.*} key when the file cannot be read
     */
    public static ImportFile read(String fileName, byte[] bytes) {
        boolean zip = bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
        if (zip && isWorkbook(bytes)) {
            return workbook(bytes);
        }
        if (zip) {
            return csvPair(bytes);
        }
        return new ImportFile(CsvParser.parse(bytes), null);
    }

    private static boolean isWorkbook(byte[] bytes) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals("[Content_Types].xml") || e.getName().startsWith("xl/")) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new RuleViolationException("client.import.unreadable");
        }
    }

    private static ImportFile csvPair(byte[] bytes) {
        CsvTable clients = null;
        CsvTable contacts = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                String name = e.getName().toLowerCase(Locale.ROOT);
                if (e.isDirectory() || !name.endsWith(".csv")) {
                    continue;
                }
                byte[] content = readLimited(in);
                if (name.contains(CONTACTS_NAME)) {
                    contacts = CsvParser.parse(content);
                } else if (clients == null) {
                    clients = CsvParser.parse(content);
                }
            }
        } catch (IOException e) {
            throw new RuleViolationException("client.import.unreadable");
        }
        if (clients == null) {
            throw new RuleViolationException("client.import.empty-file");
        }
        return new ImportFile(clients, contacts);
    }

    private static byte[] readLimited(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            total += n;
            // A ZIP bomb stops here instead of filling the heap.
            if (total > 256L * 1024 * 1024) {
                throw new RuleViolationException("client.import.unreadable");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static ImportFile workbook(byte[] bytes) {
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (book.getNumberOfSheets() == 0) {
                throw new RuleViolationException("client.import.empty-file");
            }
            CsvTable clients = sheet(book.getSheetAt(0));
            CsvTable contacts = null;
            // The contacts sheet is known by its columns (the client's id and a contact's name), not by its name,
            // which is in the exporting user's language.
            for (int i = 1; i < book.getNumberOfSheets() && contacts == null; i++) {
                CsvTable candidate = sheet(book.getSheetAt(i));
                List<@Nullable ImportField> fields = ImportField.guessAll(candidate.headers());
                if (fields.contains(ImportField.ID)
                        && (fields.contains(ImportField.CONTACT_FIRST_NAME)
                                || fields.contains(ImportField.CONTACT_LAST_NAME)
                                || fields.contains(ImportField.CONTACT_NAME))) {
                    contacts = candidate;
                }
            }
            return new ImportFile(clients, contacts);
        } catch (IOException | RuntimeException e) {
            if (e instanceof RuleViolationException r) {
                throw r;
            }
            throw new RuleViolationException("client.import.unreadable");
        }
    }

    /** A sheet as text cells, dates as ISO dates, numbers as the sheet shows them. */
    private static CsvTable sheet(Sheet sheet) {
        DataFormatter format = new DataFormatter(Locale.ROOT);
        List<CsvTable.Record> records = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                cells.add(text(row.getCell(c), format));
            }
            records.add(new CsvTable.Record(row.getRowNum() + 1, cells));
        }
        return HeaderDetection.table(records, '\t');
    }

    private static String text(@Nullable Cell cell, DataFormatter format) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
        }
        if (type == CellType.STRING) {
            return cell.getStringCellValue();
        }
        if (type == CellType.NUMERIC) {
            // Formatted as the sheet shows it; a formula cell by its cached result, never its formula text.
            return format.formatRawCellContents(
                    cell.getNumericCellValue(),
                    cell.getCellStyle().getDataFormat(),
                    cell.getCellStyle().getDataFormatString());
        }
        if (type == CellType.BOOLEAN) {
            return Boolean.toString(cell.getBooleanCellValue());
        }
        return type == CellType.BLANK || type == CellType.ERROR ? "" : format.formatCellValue(cell);
    }
}
