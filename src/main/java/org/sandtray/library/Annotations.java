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
            long id = Ids.take(c, "annotations");
            try (PreparedStatement s = c.prepareStatement("INSERT INTO annotations(id, still_id, shape, x1, y1, x2, y2, text, created_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setLong(1, id);
                s.setLong(2, stillId);
                s.setString(3, shape.code());
                s.setDouble(4, x1);
                s.setDouble(5, y1);
                Jdbc.setDouble(s, 6, x2);
                Jdbc.setDouble(s, 7, y2);
                s.setString(8, codec.seal(Sealed.ANNOTATION_TEXT, id, text));
                s.setString(9, Timestamps.format(Instant.now()));
                s.executeUpdate();
                return id;
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
                s.setString(8, codec.seal(Sealed.ANNOTATION_TEXT, a.id(), a.text()));
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
                        long id = r.getLong("id");
                        String text = codec.open(Sealed.ANNOTATION_TEXT, id, r.getString("text"));
                        out.add(new Annotation(id, stillId, AnnotationShape.fromCode(r.getString("shape")),
                                r.getDouble("x1"), r.getDouble("y1"), Jdbc.getDouble(r, "x2"), Jdbc.getDouble(r, "y2"),
                                text));
                    }
                }
            }
            return out;
        });
    }
}
