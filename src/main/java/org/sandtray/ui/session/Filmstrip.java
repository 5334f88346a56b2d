package org.sandtray.ui.session;

import javafx.geometry.Orientation;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import org.sandtray.domain.Still;
import org.sandtray.library.Library;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The session's stills in a row. Thumbnails are decoded small, in the background, only for the
 * cells on screen, and kept in a bounded cache: a 200-still session never loads every full image.
 */
public final class Filmstrip {
    static final int THUMB_WIDTH = 160;
    private static final int CACHE = 300;

    private final ListView<Still> list = new ListView<>();
    private final Library library;
    private final Map<Long, Image> thumbnails = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Image> eldest) {
            return size() > CACHE;
        }
    };

    public Filmstrip(Library library) {
        this.library = library;
        list.setOrientation(Orientation.HORIZONTAL);
        list.setPrefHeight(THUMB_WIDTH * 3 / 4 + 40);
        list.setCellFactory(v -> new StillCell());
        list.setFocusTraversable(false);
    }

    public ListView<Still> view() { return list; }

    Image thumbnail(Still still) {
        return thumbnails.computeIfAbsent(still.id(), id -> {
            try (InputStream in = library.stills().open(still)) {
                // decoded at thumbnail size, in the background
                return new Image(new java.io.ByteArrayInputStream(in.readAllBytes()), THUMB_WIDTH, 0, true, true);
            } catch (IOException | RuntimeException e) {
                return null;
            }
        });
    }

    private final class StillCell extends ListCell<Still> {
        private final ImageView image = new ImageView();

        StillCell() {
            image.setFitWidth(THUMB_WIDTH);
            image.setPreserveRatio(true);
        }

        @Override
        protected void updateItem(Still still, boolean empty) {
            super.updateItem(still, empty);
            if (empty || still == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            image.setImage(thumbnail(still));
            setGraphic(image);
            setText("#" + still.id() + (still.round() != null ? " R" + still.round() : ""));
            setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
        }
    }
}
