package org.probation.analytics.load;

/** One request of a simulated session: its kind (api, page, vaadin-init, ...), time taken, and what went wrong (null: nothing). */
record Sample(String kind, long nanos, String error) {}
