package org.probation.analytics.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A view's state in its URL: read from the query on entry, written back (without a reload) on change. */
public final class UrlState {

    private UrlState() {}

    public static Optional<String> get(QueryParameters query, String name) {
        List<String> values = query.getParameters().get(name);
        return values == null || values.isEmpty() || values.getFirst().isBlank()
                ? Optional.empty()
                : Optional.of(values.getFirst());
    }

    /** Replaces the browser's URL by {@code path?params} (null or blank values left out). */
    public static void replace(Component view, String path, Map<String, String> params) {
        Map<String, String> kept = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                kept.put(k, v);
            }
        });
        String query = QueryParameters.simple(kept).getQueryString();
        String location = query.isEmpty() ? path : path + "?" + query;
        view.getUI().ifPresent(ui -> {
            ui.getPage().getHistory().replaceState(null, location);
            Permalink.written(ui, view.getClass(), location);
        });
    }
}
