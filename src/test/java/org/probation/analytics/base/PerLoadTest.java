package org.probation.analytics.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Answers kept per load: computed once per data version and key, dropped when the data changes, bounded. */
class PerLoadTest {

    final DataVersion version = new DataVersion();
    final AtomicInteger computed = new AtomicInteger();

    String compute(String key) {
        return key + "#" + computed.incrementAndGet();
    }

    @Test
    void a_key_is_computed_once_until_the_data_changes() {
        PerLoad<String, String> cache = new PerLoad<>(version, 4);

        assertThat(cache.get("a", this::compute)).isEqualTo("a#1");
        assertThat(cache.get("a", this::compute)).isEqualTo("a#1");
        assertThat(cache.get("b", this::compute)).isEqualTo("b#2");
        version.bump();

        assertThat(cache.get("a", this::compute)).isEqualTo("a#3");
        assertThat(cache.get("b", this::compute)).isEqualTo("b#4");
        assertThat(cache.get("a", this::compute)).isEqualTo("a#3");
    }

    @Test
    void at_most_the_given_number_of_keys_is_kept_the_least_recently_used_going_first() {
        PerLoad<String, String> cache = new PerLoad<>(version, 2);
        cache.get("a", this::compute);
        cache.get("b", this::compute);
        cache.get("a", this::compute); // a used last: b is the eldest

        cache.get("c", this::compute);

        assertThat(cache.get("a", this::compute)).isEqualTo("a#1");
        assertThat(cache.get("b", this::compute)).isEqualTo("b#4");
        assertThat(computed).hasValue(4);
    }

    @Test
    void a_value_computed_while_the_data_changed_is_returned_but_not_kept() {
        PerLoad<String, String> cache = new PerLoad<>(version, 4);

        String during = cache.get("a", key -> {
            version.bump(); // a load commits while the answer is read
            return compute(key);
        });

        assertThat(during).isEqualTo("a#1");
        assertThat(cache.get("a", this::compute)).isEqualTo("a#2");
        assertThat(cache.get("a", this::compute)).isEqualTo("a#2");
    }

    @Test
    void a_single_value_is_kept_per_load_and_null_is_never_kept() {
        PerLoad.Single<List<String>> single = PerLoad.single(version);
        List<String> first = single.get(() -> new ArrayList<>(List.of(compute("x"))));

        assertThat(single.get(() -> List.of(compute("y")))).isSameAs(first);
        version.bump();
        assertThat(single.get(() -> List.of(compute("z")))).containsExactly("z#2");

        PerLoad<String, String> nulls = new PerLoad<>(version, 4);
        assertThat(nulls.get("n", key -> null)).isNull();
        assertThat(nulls.get("n", this::compute)).isEqualTo("n#3");
    }
}
