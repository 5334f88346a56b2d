package org.sandtray.library;

import org.sandtray.domain.ImagePoint;
import org.sandtray.domain.TraySetup;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Camera positions over the tray, as marked by the counselor; the newest is the one in use. */
public final class TraySetups {
    private final Database db;

    TraySetups(Database db) { this.db = db; }

    public TraySetup add(TraySetup setup) {
        long id = db.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO tray_setups(width_cm, height_cm, image_width, "
                    + "image_height, corners, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                s.setDouble(1, setup.widthCm());
                s.setDouble(2, setup.heightCm());
                s.setInt(3, setup.imageWidth());
                s.setInt(4, setup.imageHeight());
                s.setString(5, cornersJson(setup.corners()));
                s.setString(6, Timestamps.format(Instant.now()));
                return Database.insert(s);
            }
        });
        return setup.withId(id);
    }

    public Optional<TraySetup> byId(long id) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT * FROM tray_setups WHERE id = ?")) {
                s.setLong(1, id);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(read(r)) : Optional.empty();
                }
            }
        });
    }

    /** The setup marked most recently, if any. */
    public Optional<TraySetup> latest() {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT * FROM tray_setups ORDER BY id DESC LIMIT 1");
                 ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(read(r)) : Optional.empty();
            }
        });
    }

    private static TraySetup read(ResultSet r) throws java.sql.SQLException {
        return new TraySetup(r.getLong("id"), r.getDouble("width_cm"), r.getDouble("height_cm"), r.getInt("image_width"),
                r.getInt("image_height"), parseCorners(r.getString("corners")));
    }

    static String cornersJson(List<ImagePoint> corners) {
        List<String> parts = new ArrayList<>();
        for (ImagePoint p : corners) parts.add(String.format(Locale.ROOT, "[%.2f,%.2f]", p.x(), p.y()));
        return "[" + String.join(",", parts) + "]";
    }

    static List<ImagePoint> parseCorners(String json) {
        String inner = json.strip();
        inner = inner.substring(1, inner.length() - 1);
        List<ImagePoint> out = new ArrayList<>();
        for (String pair : inner.split("\\],\\s*\\[")) {
            String[] xy = pair.replace("[", "").replace("]", "").split(",");
            out.add(new ImagePoint(Double.parseDouble(xy[0].strip()), Double.parseDouble(xy[1].strip())));
        }
        return out;
    }
}
