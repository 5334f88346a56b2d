package org.sandtray.domain;

/** A failure that names its kind and its values, to be said in the user's language. */
public interface Explained {
    Problem problem();
}
