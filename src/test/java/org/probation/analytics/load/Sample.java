package org.probation.analytics.load;

/**
 * One request of a simulated analyst: its kind (api, csv, bootstrap, vaadin-init, navigation,
 * unload), the view it built (for a navigation, see {@link VaadinUi#view}; else ""), the time
 * taken, the response's size in characters, and what went wrong (null: nothing).
 */
record Sample(String kind, String view, long nanos, long chars, String error) {

    Sample(String kind, long nanos, String error) {
        this(kind, "", nanos, 0, error);
    }
}
