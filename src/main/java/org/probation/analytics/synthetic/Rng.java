package org.probation.analytics.synthetic;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * A deterministic random stream for one named purpose (a provider's effect, an inspection's
 * cases), derived from the seed and a key: a draw never depends on the order of other draws, so
 * the same seed always writes the same bytes.
 */
final class Rng {

    private final SplittableRandom random;

    private Rng(long streamSeed) {
        this.random = new SplittableRandom(streamSeed);
    }

    /** The stream of {@code key} (its parts joined by '/') under {@code seed}. */
    static Rng of(long seed, Object... key) {
        StringBuilder name = new StringBuilder();
        for (Object part : key) {
            name.append(part).append('/');
        }
        // FNV-1a over the key's bytes, then SplitMix64's finaliser with the seed
        long hash = 0xcbf29ce484222325L;
        for (byte b : name.toString().getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
        }
        return new Rng(mix(seed ^ mix(hash)));
    }

    double uniform() {
        return random.nextDouble();
    }

    /** A whole number from {@code low} to {@code high}, both included. */
    int between(int low, int high) {
        return random.nextInt(low, high + 1);
    }

    double normal(double sd) {
        return sd * random.nextGaussian();
    }

    boolean bernoulli(double p) {
        return random.nextDouble() < p;
    }

    static double expit(double logit) {
        return 1 / (1 + Math.exp(-logit));
    }

    static double logit(double p) {
        return Math.log(p / (1 - p));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
