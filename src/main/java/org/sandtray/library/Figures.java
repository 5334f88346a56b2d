package org.sandtray.library;

import org.sandtray.domain.Category;
import org.sandtray.domain.Figure;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import java.util.Optional;

/** The club's figure catalogue: each miniature with its Chinese and English name and category. */
public final class Figures {
    static final String DEFAULT_CATALOGUE = "/org/sandtray/library/default-figures.csv";

    /** A figure to add. */
    public record Draft(String nameZh, String nameEn, Category category, String subtype) {}

    private final Database db;

    private final StoreWrites writes;

    Figures(Database db, StillStore store) {
        this.db = db;
        this.writes = new StoreWrites(db, store);
    }

    public long add(Draft draft) {
        return addAll(List.of(draft)).get(0);
    }

    /** Adds every figure or none: a name already in the catalogue stops the whole batch. */
    public List<Long> addAll(Collection<Draft> drafts) {
        return db.transaction(c -> {
            List<Long> ids = new ArrayList<>();
            for (Draft d : drafts) {
                String zh = blankToNull(d.nameZh());
                String en = blankToNull(d.nameEn());
                if (zh == null && en == null) throw new LibraryException("figure.needsName");
                if (d.category() == null) throw new LibraryException("figure.needsCategory", zh != null ? zh : en);
                for (String name : new String[] {zh, en}) {
                    if (name != null && idOf(c, name) != null) {
                        throw new LibraryException("figure.duplicate", name);
                    }
                }
                try (PreparedStatement s = c.prepareStatement("INSERT INTO figures(name_zh, name_en, category, subtype, "
                        + "created_at) VALUES (?, ?, ?, ?, ?)")) {
                    s.setString(1, zh);
                    s.setString(2, en);
                    s.setString(3, d.category().code());
                    s.setString(4, blankToNull(d.subtype()));
                    s.setString(5, Timestamps.format(Instant.now()));
                    ids.add(Database.insert(s));
                }
            }
            return ids;
        });
    }

    /** Seeds a new library with the catalogue of common figures shipped with the program. */
    void importDefaultCatalogue() throws IOException {
        try (InputStream in = Figures.class.getResourceAsStream(DEFAULT_CATALOGUE)) {
            if (in == null) throw new IOException("the default figure catalogue is missing from the program");
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                FigureCsv.Result result = FigureCsv.read(reader);
                if (!result.problems().isEmpty()) {
                    throw new IOException("the default figure catalogue is damaged: " + result.problems().get(0));
                }
                addAll(result.figures());
            }
        }
    }

    /**
     * Sets the reference photo of a figure from a JPEG file, checked whole and decoded first. The
     * photo it replaces is removed from the still store when nothing else names it.
     */
    public void setPhoto(long figureId, Path file) {
        byte[] jpeg = Stills.readImageFile(file);
        if (!"jpg".equals(ImageProbe.probe(jpeg).extension())) throw new LibraryException("figure.photoNotJpeg");
        String previous = writes.write(jpeg, "jpg", (c, staged) -> {
            String old;
            try (PreparedStatement s = c.prepareStatement("SELECT photo_hash FROM figures WHERE id = ?")) {
                s.setLong(1, figureId);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) throw new LibraryException("figure.idNotFound", figureId);
                    old = r.getString(1);
                }
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE figures SET photo_hash = ? WHERE id = ?")) {
                s.setString(1, staged.hash());
                s.setLong(2, figureId);
                s.executeUpdate();
            }
            return old;
        });
        if (previous != null) writes.removeIfUnreferenced(new StillStore.Entry(previous, "jpg"));
    }

    /**
     * The figures placed most recently, across every session, most recent first: what a counselor
     * reaches for again next week.
     */
    public List<Long> recentlyUsed(int limit) {
        return db.read(c -> {
            List<Long> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT figure_id FROM placements GROUP BY figure_id "
                    + "ORDER BY MAX(created_at) DESC, MAX(id) DESC LIMIT ?")) {
                s.setInt(1, limit);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) out.add(r.getLong(1));
                }
            }
            return out;
        });
    }

    /** The reference photo of a figure (a JPEG in the still store), or null when it has none. */
    public InputStream openPhoto(Figure figure, StillStore store) throws IOException {
        if (figure.photoHash() == null) return null;
        return store.open(new StillStore.Entry(figure.photoHash(), "jpg"));
    }

    public List<Figure> list() {
        return db.read(c -> {
            List<Figure> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT * FROM figures ORDER BY category, name_en, name_zh");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) out.add(read(r));
            }
            return out;
        });
    }

    /** Finds a figure by its Chinese or English name (English ignoring case). */
    public Optional<Figure> byName(String name) {
        return db.read(c -> {
            Long id = idOf(c, name);
            return id == null ? Optional.empty() : Optional.of(byId(c, id));
        });
    }

    public Figure require(String name) {
        return byName(name).orElseThrow(() -> noSuchFigure(name));
    }

    public Figure byId(long id) {
        return db.read(c -> byId(c, id));
    }

    static Figure byId(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT * FROM figures WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) throw new LibraryException("figure.idNotFound", id);
                return read(r);
            }
        }
    }

    static LibraryException noSuchFigure(String name) {
        return new LibraryException("figure.notFound", name);
    }

    static Long idOf(Connection c, String name) throws SQLException {
        if (name == null || name.isBlank()) return null;
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM figures WHERE name_zh = ? OR name_en = ? COLLATE NOCASE")) {
            s.setString(1, name.strip());
            s.setString(2, name.strip());
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : null;
            }
        }
    }

    static long requireId(Connection c, String name) throws SQLException {
        Long id = idOf(c, name);
        if (id == null) throw noSuchFigure(name);
        return id;
    }

    private static Figure read(ResultSet r) throws SQLException {
        return new Figure(r.getLong("id"), r.getString("name_zh"), r.getString("name_en"),
                Category.parse(r.getString("category")).orElse(Category.OTHER), r.getString("subtype"),
                r.getString("photo_hash"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

}
