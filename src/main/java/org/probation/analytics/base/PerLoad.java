package org.probation.analytics.base;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Answers kept until the data changes: each key's value is computed once per {@link DataVersion}
 * and dropped when a load or an import commits. At most {@code maxEntries} keys are kept (the
 * least recently used goes first), so the memory stays bounded. A value computed while the data
 * changed is returned but not kept.
 */
public final class PerLoad<K, V> {

    private final DataVersion version;
    private final Map<K, V> entries;
    private long keptAt = -1;

    public PerLoad(DataVersion version, int maxEntries) {
        this.version = version;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /** A single answer kept per load (for a key-less value). */
    public static <V> Single<V> single(DataVersion version) {
        return new Single<>(new PerLoad<>(version, 1));
    }

    public V get(K key, Function<K, V> compute) {
        long at = version.current();
        synchronized (this) {
            if (keptAt == at) {
                V hit = entries.get(key);
                if (hit != null) {
                    return hit;
                }
            }
        }
        V value = compute.apply(key); // outside the lock: a slow query does not hold up other keys
        synchronized (this) {
            if (version.current() != at || value == null) {
                return value;
            }
            if (keptAt != at) {
                entries.clear();
                keptAt = at;
            }
            entries.put(key, value);
        }
        return value;
    }

    /** A {@link PerLoad} of one value. */
    public static final class Single<V> {

        private final PerLoad<Boolean, V> cache;

        private Single(PerLoad<Boolean, V> cache) {
            this.cache = cache;
        }

        public V get(Supplier<V> compute) {
            return cache.get(Boolean.TRUE, k -> compute.get());
        }
    }
}
