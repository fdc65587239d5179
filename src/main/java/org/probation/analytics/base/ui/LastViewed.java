package org.probation.analytics.base.ui;

import com.vaadin.flow.server.VaadinSession;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the analyst last looked at in this browser session, so that a view opened from the menu
 * (without a permalink) carries on from it instead of a fixed default: the last comparison, the
 * last inspection. Kept in the Vaadin session only; a permalink always wins.
 */
public final class LastViewed {

    private LastViewed() {}

    /** Remembers a view's state ({@code key} names the view), blank values left out. */
    public static void remember(String key, Map<String, String> state) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return;
        }
        Map<String, String> kept = new LinkedHashMap<>();
        state.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                kept.put(k, v);
            }
        });
        session.setAttribute(attribute(key), Map.copyOf(kept));
    }

    /** The state last remembered under {@code key} in this session, if any. */
    @SuppressWarnings("unchecked")
    public static Optional<Map<String, String>> recall(String key) {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null
                ? Optional.empty()
                : Optional.ofNullable((Map<String, String>) session.getAttribute(attribute(key)));
    }

    private static String attribute(String key) {
        return LastViewed.class.getName() + "." + key;
    }
}
