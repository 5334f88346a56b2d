package org.sandtray.ui.tagging;

import org.sandtray.domain.Annotation;
import org.sandtray.domain.AnnotationShape;
import org.sandtray.library.Library;

/** Draws a free annotation on a still (text, box, ellipse, arrow); undo deletes it, redo draws it again under the same id. */
final class AnnotationEdit implements Edit {
    private final Library library;
    private final long stillId;
    private final AnnotationShape shape;
    private final double x1;
    private final double y1;
    private final Double x2;
    private final Double y2;
    private final String text;
    private final String description;
    private long id = -1;

    AnnotationEdit(Library library, long stillId, AnnotationShape shape, double x1, double y1, Double x2, Double y2,
                   String text, String description) {
        this.library = library;
        this.stillId = stillId;
        this.shape = shape;
        this.x1 = x1;
        this.y1 = y1;
        this.x2 = x2;
        this.y2 = y2;
        this.text = text;
        this.description = description;
    }

    @Override
    public void apply() {
        if (id < 0) id = library.annotations().add(stillId, shape, x1, y1, x2, y2, text);
        else library.annotations().restore(new Annotation(id, stillId, shape, x1, y1, x2, y2, text));
    }

    @Override
    public void revert() {
        library.annotations().delete(id);
    }

    @Override public String description() { return description; }
}
