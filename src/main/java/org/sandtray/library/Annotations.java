package org.sandtray.library;

import org.sandtray.domain.Annotation;
import org.sandtray.domain.AnnotationShape;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Free annotations on stills: points, boxes, ellipses, arrows and text, in tray coordinates. */
public final class Annotations {
    private final Database db;
    private final FieldCodec codec;

    Annotations(Database db, FieldCodec codec) {
        this.db = db;
        this.codec = codec;
    }

    public long add(long stillId, AnnotationShape shape, double x1, double y1, Double x2, Double y2, String text) {
        boolean twoPoints = shape == AnnotationShape.BOX || shape == AnnotationShape.ELLIPSE || shape == AnnotationShape.ARROW;
        if (twoPoints && (x2 == null || y2 == null)) throw new LibraryException("annotation.needsTwoCorners");
        if (shape == AnnotationShape.TEXT && (text == null || text.isBlank())) throw new LibraryException("annotation.needsText");
        return db.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO annotations(id, still_id, shape, x1, y1, x2, y2, text, created_at) "
                    + "VALUES (" + Ids.next("annotations") + ", ?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setLong(1, stillId);
                s.setString(2, shape.code());
                s.setDouble(3, x1);
                s.setDouble(4, y1);
                Jdbc.setDouble(s, 5, x2);
                Jdbc.setDouble(s, 6, y2);
                s.setString(7, text == null ? null : codec.seal(text));
                s.setString(8, Timestamps.format(Instant.now()));
                return Database.insert(s);
            }
        });
    }

    public void delete(long annotationId) {
        db.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM annotations WHERE id = ?")) {
                s.setLong(1, annotationId);
                s.executeUpdate();
            }
            return null;
        });
    }

    /** Puts a deleted annotation back under its own id (redo of a drawing: decisions/0007). */
    public void restore(Annotation a) {
        db.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO annotations(id, still_id, shape, x1, y1, x2, y2, text, created_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setLong(1, a.id());
                s.setLong(2, a.stillId());
                s.setString(3, a.shape().code());
                s.setDouble(4, a.x1());
                s.setDouble(5, a.y1());
                Jdbc.setDouble(s, 6, a.x2());
                Jdbc.setDouble(s, 7, a.y2());
                s.setString(8, a.text() == null ? null : codec.seal(a.text()));
                s.setString(9, Timestamps.format(Instant.now()));
                s.executeUpdate();
            }
            return null;
        });
    }

    public List<Annotation> list(long stillId) {
        return db.read(c -> {
            List<Annotation> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT * FROM annotations WHERE still_id = ? ORDER BY id")) {
                s.setLong(1, stillId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        String text = r.getString("text");
                        out.add(new Annotation(r.getLong("id"), stillId, AnnotationShape.fromCode(r.getString("shape")),
                                r.getDouble("x1"), r.getDouble("y1"), Jdbc.getDouble(r, "x2"), Jdbc.getDouble(r, "y2"),
                                text == null ? null : codec.open(text)));
                    }
                }
            }
            return out;
        });
    }
}
