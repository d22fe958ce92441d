package org.cpchub.ejb.strategy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cpchub.domain.shared.ImportRejectedException;
import org.cpchub.domain.shared.ImportRejectedException.RowError;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads an import file into rows of text: CSV (comma, semicolon or tab separated; UTF-8, or Windows-1252 as
 * Excel saves it; quoted fields may hold separators, quotes and line breaks) or the first sheet of an XLSX
 * workbook. The first line names the columns: measure code, period, value, numerator, denominator,
 * commentary (in any order and case; value or numerator and denominator).
 */
final class ImportFile {
    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_ROWS = 20_000;
    private static final String[] COLUMNS = {"code", "period", "value", "numerator", "denominator", "commentary"};

    private ImportFile() {
    }

    static List<ImportRow> read(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw reject(1, "The file is empty.");
        }
        if (content.length > MAX_BYTES) {
            throw reject(1, "The file is larger than 5 MB; split it into smaller files.");
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (ReadableWorkbook.isOOXMLZipHeader(content)) {
            return xlsx(content);
        }
        if (name.endsWith(".xls") || ReadableWorkbook.isOLE2Header(content)) {
            throw reject(1, "Old Excel (.xls) workbooks cannot be read: save the file as .xlsx or CSV.");
        }
        if (name.endsWith(".xlsx")) {
            throw reject(1, "The file is not a valid .xlsx workbook.");
        }
        return csv(decode(content));
    }

    private static ImportRejectedException reject(int line, String message) {
        return new ImportRejectedException(List.of(new RowError(line, "", message)));
    }

    // ---------------------------------------------------------------- CSV

    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return new String(content, Charset.forName("windows-1252"));
        }
    }

    /** A record of fields and the line it starts on. */
    private record Record(int line, List<String> fields) {
    }

    static List<ImportRow> csv(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int firstBreak = text.indexOf('\n');
        String firstLine = firstBreak < 0 ? text : text.substring(0, firstBreak);
        char separator = firstLine.indexOf(',') < 0 && firstLine.indexOf(';') >= 0 ? ';'
                : firstLine.indexOf(',') < 0 && firstLine.indexOf('\t') >= 0 ? '\t' : ',';
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                records.add(new Record(recordLine, fields));
                fields = new ArrayList<>();
                line++;
                recordLine = line;
            } else {
                field.append(c);
            }
            if (records.size() > MAX_ROWS) {
                throw reject(line, "The file has more than " + MAX_ROWS + " lines; split it into smaller files.");
            }
        }
        if (quoted) {
            throw reject(recordLine, "A quoted field is not closed: a \" is missing.");
        }
        if (!field.isEmpty() || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(new Record(recordLine, fields));
        }
        if (records.isEmpty()) {
            throw reject(1, "The file is empty.");
        }
        Map<String, Integer> columns = header(records.get(0).fields());
        List<ImportRow> rows = new ArrayList<>();
        for (Record r : records.subList(1, records.size())) {
            rows.add(row(r.line(), columns, i -> i < r.fields().size() ? r.fields().get(i) : null));
        }
        return rows;
    }

    // ---------------------------------------------------------------- XLSX

    static List<ImportRow> xlsx(byte[] content) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content))) {
            List<Row> sheet = workbook.getFirstSheet().read();
            if (sheet.isEmpty()) {
                throw reject(1, "The first sheet of the workbook is empty.");
            }
            if (sheet.size() > MAX_ROWS) {
                throw reject(MAX_ROWS, "The sheet has more than " + MAX_ROWS + " rows; split it into smaller files.");
            }
            Row first = sheet.get(0);
            List<String> names = new ArrayList<>();
            for (int i = 0; i < first.getCellCount(); i++) {
                names.add(text(first, i, false));
            }
            Map<String, Integer> columns = header(names);
            int periodColumn = columns.get("period");
            List<ImportRow> rows = new ArrayList<>();
            for (Row r : sheet.subList(1, sheet.size())) {
                rows.add(row(r.getRowNum(), columns, i -> text(r, i, i == periodColumn)));
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportRejectedException rejected) {
                throw rejected;
            }
            throw reject(1, "The workbook cannot be read (" + e.getClass().getSimpleName() + "): save it again as .xlsx.");
        }
    }

    /** A cell as text; a number in the period column is an Excel date, read as "yyyy-mm-dd". */
    private static String text(Row row, int index, boolean dateColumn) {
        if (!row.hasCell(index)) {
            return null;
        }
        Cell cell = row.getCell(index);
        if (cell == null) {
            return null;
        }
        return switch (cell.getType()) {
            case NUMBER -> dateColumn ? cell.asDate().toLocalDate().toString() : cell.asNumber().toPlainString();
            case STRING -> cell.asString();
            case EMPTY -> null;
            default -> cell.getRawValue();
        };
    }

    // ---------------------------------------------------------------- columns

    private static Map<String, Integer> header(List<String> names) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String key = column(names.get(i));
            if (key != null) {
                columns.putIfAbsent(key, i);
            }
        }
        List<String> missing = new ArrayList<>();
        if (!columns.containsKey("code")) {
            missing.add("measure code");
        }
        if (!columns.containsKey("period")) {
            missing.add("period");
        }
        if (!columns.containsKey("value") && !(columns.containsKey("numerator") && columns.containsKey("denominator"))) {
            missing.add("value (or numerator and denominator)");
        }
        if (!missing.isEmpty()) {
            throw reject(1, "The first line must name the columns; missing: " + String.join(", ", missing)
                    + ". Expected: measure code, period, value, numerator, denominator, commentary.");
        }
        return columns;
    }

    private static String column(String name) {
        if (name == null) {
            return null;
        }
        String n = name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
        return switch (n) {
            case "measure code", "code", "measure" -> "code";
            case "period", "reporting period" -> "period";
            case "value" -> "value";
            case "numerator" -> "numerator";
            case "denominator" -> "denominator";
            case "commentary", "comment", "comments" -> "commentary";
            default -> null;
        };
    }

    private static ImportRow row(int line, Map<String, Integer> columns, java.util.function.IntFunction<String> cell) {
        String[] v = new String[COLUMNS.length];
        for (int i = 0; i < COLUMNS.length; i++) {
            Integer index = columns.get(COLUMNS[i]);
            String text = index == null ? null : cell.apply(index);
            v[i] = text == null || text.isBlank() ? null : text.strip();
        }
        return new ImportRow(line, v[0], v[1], v[2], v[3], v[4], v[5]);
    }

    /** A number as people write it in a spreadsheet: "1,204", "43.3%", " 60 "; null when it is not one. */
    static BigDecimal number(String text) {
        String t = text.strip().replace(",", "");
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
