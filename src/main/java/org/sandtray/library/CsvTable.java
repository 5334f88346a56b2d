package org.sandtray.library;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A CSV file read whole: a header of column names and rows that know the line they came from,
 * so every problem can be reported with its line number. A UTF-8 byte-order mark is dropped, and
 * so are rows whose every cell is blank (spreadsheet programs save cleared rows as ",,,,").
 */
final class CsvTable {

    /** One data row and the line of the file where it starts. */
    record Row(int line, Map<String, String> values) {
        String get(String column) {
            String v = values.get(column);
            return v == null ? "" : v.strip();
        }
    }

    private final List<String> header;
    private final List<Row> rows;

    private CsvTable(List<String> header, List<Row> rows) {
        this.header = header;
        this.rows = rows;
    }

    List<String> header() { return header; }

    List<Row> rows() { return rows; }

    static CsvTable read(Reader reader) throws IOException {
        return read(reader, Map.of());
    }

    /**
     * @param aliases other names of columns (a Chinese header, say), each to the name the code
     *                reads; names are compared without case and without spaces
     */
    static CsvTable read(Reader reader, Map<String, String> aliases) throws IOException {
        String text = new String(readAll(reader));
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(true).get();
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        int line = 1;
        long counted = 0;
        try (CSVParser parser = CSVParser.parse(text, format)) {
          try {
            for (CSVRecord record : parser) {
                long position = record.getCharacterPosition();
                for (long i = counted; i < position; i++) if (text.charAt((int) i) == '\n') line++;
                counted = position;
                List<String> values = record.toList();
                if (header == null) {
                    header = values.stream().map(v -> v == null ? "" : v.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", ""))
                            .map(v -> aliases.getOrDefault(v, v)).toList();
                    continue;
                }
                if (values.stream().allMatch(v -> v == null || v.isBlank())) continue; // a row left blank (",,,," from Excel)
                Map<String, String> map = new HashMap<>();
                for (int i = 0; i < header.size(); i++) map.put(header.get(i), i < values.size() ? values.get(i) : null);
                if (values.size() != header.size()) map.put("#columns", Integer.toString(values.size()));
                rows.add(new Row(line, map));
            }
          } catch (IllegalStateException | java.io.UncheckedIOException e) {
            // commons-csv's own words name its classes: say what is wrong in the counselor's terms
            throw new LibraryException(e, "csv.unreadable", Math.max(1, parser.getCurrentLineNumber()));
          }
        }
        if (header == null) throw new LibraryException("csv.empty");
        return new CsvTable(header, rows);
    }

    private static char[] readAll(Reader reader) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buffer = new char[8192];
        int n;
        while ((n = reader.read(buffer)) > 0) sb.append(buffer, 0, n);
        return sb.toString().toCharArray();
    }

    /** The columns of {@code required} that the header lacks. */
    List<String> missing(List<String> required) {
        return required.stream().filter(c -> !header.contains(c)).toList();
    }
}
