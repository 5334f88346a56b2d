package org.sandtray.library;

import org.sandtray.library.crypto.DataKeys;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The field codec of an encrypted library: AES-256-GCM (Tink AEAD) with {@code table.column#rowid}
 * as associated data, stored as {@code s1:} and base64 text. A value that does not open (altered,
 * or copied from another row) is refused by name, never shown as garbage.
 */
final class SealedText implements FieldCodec {
    static final String PREFIX = "s1:";
    private final DataKeys keys;

    SealedText(DataKeys keys) {
        this.keys = keys;
    }

    @Override
    public String seal(Sealed column, long rowId, String plain) {
        if (plain == null) return null;
        byte[] sealed = keys.seal(plain.getBytes(StandardCharsets.UTF_8), column.place(rowId));
        return PREFIX + Base64.getEncoder().withoutPadding().encodeToString(sealed);
    }

    @Override
    public String open(Sealed column, long rowId, String stored) {
        if (stored == null) return null;
        if (!stored.startsWith(PREFIX)) throw new LibraryException("library.sealedUnreadable", column.table(), column.column(), rowId);
        try {
            byte[] plain = keys.open(Base64.getDecoder().decode(stored.substring(PREFIX.length())), column.place(rowId));
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new LibraryException(e, "library.sealedUnreadable", column.table(), column.column(), rowId);
        }
    }

    @Override
    public String lookupKey(Sealed column, String plain) {
        if (plain == null) return null;
        byte[] input = (column.table() + "." + column.column() + "\0" + plain).getBytes(StandardCharsets.UTF_8);
        return "k1:" + HexFormat.of().formatHex(keys.keyedHash(input));
    }

    @Override
    public boolean encrypts() { return true; }
}
