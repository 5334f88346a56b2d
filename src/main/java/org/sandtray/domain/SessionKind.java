package org.sandtray.domain;

/** A club group's session, or one student's individual session. */
public enum SessionKind { GROUP, INDIVIDUAL }
