package org.probation.analytics.framework;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.probation.analytics.base.DataVersion;
import org.probation.analytics.base.PerLoad;
import org.probation.analytics.base.QuestionLevel;
import org.probation.analytics.dataset.DatasetSandbox;
import org.springframework.stereotype.Service;

/**
 * The items of every framework (texts, levels, standards), read once per load: the views look a
 * question's text up here rather than reading it again with every result row.
 */
@Service
public class FrameworkItems {

    /** Items by framework and code. */
    public static final class Lookup {

        private final Map<String, Map<String, FrameworkItem>> byFramework;

        private Lookup(Map<String, Map<String, FrameworkItem>> byFramework) {
            this.byFramework = byFramework;
        }

        /** The item, or null if the framework defines no such code. */
        public FrameworkItem get(String framework, String code) {
            return byFramework.getOrDefault(framework, Map.of()).get(code);
        }

        /** The framework's items in code order (empty for an unknown framework). */
        public List<FrameworkItem> of(String framework) {
            return List.copyOf(byFramework.getOrDefault(framework, Map.of()).values());
        }
    }

    private final FrameworkItemRepository repository;
    private final PerLoad.Single<Lookup> cache;

    public FrameworkItems(FrameworkItemRepository repository, DataVersion version) {
        this.repository = repository;
        this.cache = PerLoad.single(version);
    }

    public Lookup lookup() {
        return cache.get(() -> lookupOf(repository.all()));
    }

    /** The items of a database that is not the app's (an import's sandbox): read at each call, not kept. */
    public Lookup lookup(DatasetSandbox sandbox) {
        return lookupOf(repository.on(sandbox).all());
    }

    private static Lookup lookupOf(List<FrameworkItemRepository.Row> rows) {
        Map<String, Map<String, FrameworkItemRepository.Row>> stored = new HashMap<>();
        rows.forEach(r -> stored.computeIfAbsent(r.framework(), f -> new LinkedHashMap<>())
                .put(r.code(), r));
        Map<String, Map<String, FrameworkItem>> items = new HashMap<>();
        for (FrameworkItemRepository.Row r : rows) {
            Map<String, FrameworkItemRepository.Row> framework = stored.get(r.framework());
            FrameworkItemRepository.Row parent = r.parentCode() == null ? null : framework.get(r.parentCode());
            String standard =
                    r.level() == QuestionLevel.PROMPT ? (parent == null ? null : parent.parentCode()) : r.parentCode();
            items.computeIfAbsent(r.framework(), f -> new LinkedHashMap<>())
                    .put(
                            r.code(),
                            new FrameworkItem(
                                    r.framework(),
                                    r.code(),
                                    r.parentCode(),
                                    r.level(),
                                    r.ordinal(),
                                    r.text(),
                                    r.rated(),
                                    standard,
                                    r.appliesTo(),
                                    r.shortTitle()));
        }
        return new Lookup(items);
    }
}
