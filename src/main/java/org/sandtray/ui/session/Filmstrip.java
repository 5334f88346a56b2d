package org.sandtray.ui.session;

import javafx.geometry.Orientation;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.image.ImageView;
import org.sandtray.domain.Still;
import org.sandtray.ui.Background;
import org.sandtray.ui.Messages;
import org.sandtray.ui.StillDecoder;

/**
 * The session's stills in a row. Thumbnails are decoded small on a worker thread, only for the
 * cells on screen, and kept in a bounded cache: a 200-still session never loads every full image.
 */
public final class Filmstrip {
    static final int THUMB_WIDTH = 160;
    /** About 160x120 pixels each, 77 KB: the cache stays under 16 MB. */
    static final int CACHE = 200;

    private final ListView<Still> list = new ListView<>();
    private final Thumbnails thumbnails;
    private final Messages messages;
    /** Stills taken while a member had no photo consent: shown with a mark (always exported blurred). */
    private java.util.Set<Long> withoutConsent = java.util.Set.of();
    /** The still marked as the first of two to compare (review hook, issue 7), or null. */
    private Still toCompare;
    private java.util.function.BiConsumer<Still, Still> compare;

    public Filmstrip(StillDecoder decoder, Background background, Messages messages) {
        this.thumbnails = new Thumbnails(decoder, background, THUMB_WIDTH, CACHE);
        this.messages = messages;
        list.setId("filmstrip");
        list.setOrientation(Orientation.HORIZONTAL);
        // a thumbnail, its label and a scroll bar: never squeezed by the live image above it
        list.setPrefHeight(THUMB_WIDTH * 3 / 4 + 52);
        list.setMinHeight(THUMB_WIDTH * 3 / 4 + 52);
        list.setCellFactory(v -> new StillCell());
        // only a click gives the filmstrip the focus (never Tab or a view that closes): its culling keys
        // (P, X, U, F, Delete) act then, and only then
        list.setFocusTraversable(false);
        list.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> list.requestFocus());
        list.getStyleClass().add("filmstrip");
        javafx.scene.control.Label none = new javafx.scene.control.Label(messages.get("console.noStillYet"));
        none.getStyleClass().add("filmstrip-empty");
        list.setPlaceholder(none);
    }

    public ListView<Still> view() { return list; }

    /** Marks the stills taken while a member had no photo consent in force. */
    public void markWithoutConsent(java.util.Set<Long> stills) {
        if (stills.equals(withoutConsent)) return;
        withoutConsent = java.util.Set.copyOf(stills);
        list.refresh();
    }

    /** The screen locked: every decoded thumbnail goes (cells show blank until it is unlocked and they are shown again). */
    public void forget() {
        thumbnails.forget();
        list.refresh();
    }

    /** A still deleted for good: its thumbnail leaves the cache. */
    public void forget(long stillId) {
        thumbnails.forget(stillId);
    }

    /**
     * Lets the counselor compare two stills side by side: a cell's menu marks one, then offers to
     * compare another with it.
     */
    public void onCompare(java.util.function.BiConsumer<Still, Still> compareTwo) {
        this.compare = compareTwo;
    }

    private javafx.scene.control.ContextMenu compareMenu(Still still) {
        javafx.scene.control.MenuItem mark = new javafx.scene.control.MenuItem(messages.get("filmstrip.compareMark"));
        mark.setOnAction(e -> {
            toCompare = still;
            list.refresh();
        });
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu(mark);
        if (toCompare != null && toCompare.id() != still.id()) {
            javafx.scene.control.MenuItem with = new javafx.scene.control.MenuItem(messages.get("filmstrip.compareWith", toCompare.id()));
            Still first = toCompare;
            with.setOnAction(e -> compare.accept(first, still));
            menu.getItems().add(0, with);
        }
        return menu;
    }

    private final class StillCell extends ListCell<Still> {
        private final ImageView image = new ImageView();

        StillCell() {
            image.setFitWidth(THUMB_WIDTH);
            image.setFitHeight(THUMB_WIDTH * 3 / 4);
            image.setPreserveRatio(true);
            setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
        }

        @Override
        protected void updateItem(Still still, boolean empty) {
            super.updateItem(still, empty);
            if (empty || still == null) {
                setGraphic(null);
                setText(null);
                getStyleClass().removeAll("still-starred", "still-rejected", "still-final");
                setContextMenu(null);
                return;
            }
            image.setImage(thumbnails.cached(still).orElse(null));
            thumbnails.request(still, decoded -> {
                // the cell may show another still by now
                if (getItem() != null && getItem().id() == still.id()) image.setImage(decoded);
            });
            setGraphic(image);
            String label = still.round() != null ? messages.get("filmstrip.stillInRound", still.id(), still.round())
                    : messages.get("filmstrip.still", still.id());
            if (still.starred()) label = messages.get("filmstrip.starred") + " " + label;
            if (toCompare != null && toCompare.id() == still.id()) label = "◆ " + label;
            if (still.rejected()) label = label + "  " + messages.get("filmstrip.rejected");
            if (still.finalTray()) label = label + "  " + messages.get("filmstrip.final");
            if (withoutConsent.contains(still.id())) label = label + "\n" + messages.get("filmstrip.noPhotoConsent");
            setText(label);
            setContextMenu(compare == null ? null : compareMenu(still));
            image.setOpacity(still.rejected() ? 0.35 : 1);
            getStyleClass().removeAll("still-starred", "still-rejected", "still-final");
            if (still.starred()) getStyleClass().add("still-starred");
            if (still.rejected()) getStyleClass().add("still-rejected");
            if (still.finalTray()) getStyleClass().add("still-final");
        }
    }
}
