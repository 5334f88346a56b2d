package org.sandtray.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.sandtray.library.StudentCsv;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** What commands print on stdout: JSON for machines, aligned tables or CSV for people and spreadsheets. */
final class Output {
    static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(lowerCaseEnums())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    /** The formats of list commands. */
    enum Format { table, csv, json }

    private final PrintWriter out;

    /** Enums as the same lower-case codes the tables, CSV files and database use (upper_left, animals, place). */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static com.fasterxml.jackson.databind.Module lowerCaseEnums() {
        com.fasterxml.jackson.databind.module.SimpleModule module = new com.fasterxml.jackson.databind.module.SimpleModule();
        module.addSerializer(Enum.class, new com.fasterxml.jackson.databind.ser.std.StdSerializer<Enum>(Enum.class) {
            @Override
            public void serialize(Enum value, com.fasterxml.jackson.core.JsonGenerator gen,
                                  com.fasterxml.jackson.databind.SerializerProvider provider) throws IOException {
                gen.writeString(value.name().toLowerCase(java.util.Locale.ROOT));
            }
        });
        return module;
    }

    Output(PrintWriter out) {
        this.out = out;
    }

    void json(Object value) {
        try {
            out.println(JSON.writeValueAsString(value));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A bare value (an id) on a line of its own: valid JSON and easy to capture in a script. */
    void value(Object value) {
        out.println(value);
        out.flush();
    }

    void rows(Format format, List<String> header, List<List<String>> rows, Object jsonValue) {
        switch (format) {
            case json -> json(jsonValue);
            case csv -> {
                out.println(String.join(",", header));
                for (List<String> row : rows) out.println(String.join(",", row.stream().map(StudentCsv::csv).toList()));
                out.flush();
            }
            case table -> {
                out.print(Table.render(header, rows));
                out.flush();
            }
        }
    }
}
