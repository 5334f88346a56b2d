package org.sandtray.library;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The text of a CSV file a counselor saved from a spreadsheet, in whichever encoding it was
 * saved: UTF-8 (with or without a byte-order mark), UTF-16 with its mark ("Unicode text"), or GBK
 * (GB18030), which Excel and WPS use on a Chinese Windows PC. A file that decodes in none of
 * them without a replacement character is refused, named, rather than read as mojibake.
 */
public final class CsvText {
    private static final Charset GB18030 = Charset.forName("GB18030");

    /** The file's text and the encoding it was read in (UTF-8, UTF-16 or GBK). */
    public record Decoded(String text, String encoding) {}

    private CsvText() {}

    public static Decoded read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new LibraryException(e, "io.noSuchFile", file);
        } catch (IOException e) {
            throw new LibraryException(IoProblems.of(e, file, file.toAbsolutePath().getParent()), e);
        }
        return decode(bytes, file.getFileName());
    }

    static Decoded decode(byte[] bytes, Object fileName) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            String text = strict(bytes, 3, StandardCharsets.UTF_8);
            if (text != null) return new Decoded(text, "UTF-8");
        } else if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            String text = strict(bytes, 0, StandardCharsets.UTF_16);
            if (text != null) return new Decoded(text, "UTF-16");
        } else {
            String utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
            if (utf8 != null) return new Decoded(utf8, "UTF-8");
            String gbk = strict(bytes, 0, GB18030);
            if (gbk != null) return new Decoded(gbk, "GBK");
        }
        throw new LibraryException("csv.unknownEncoding", fileName);
    }

    /** The text, or null if a byte does not decode (or decodes to a replacement character). */
    private static String strict(byte[] bytes, int offset, Charset charset) {
        try {
            String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
            if (text.indexOf('\uFFFD') >= 0 || text.indexOf('\0') >= 0) return null;
            return text;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((bytes[i] & 0xFF) != prefix[i]) return false;
        return true;
    }
}
