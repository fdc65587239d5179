package org.probation.analytics.load;

import java.net.URI;
import java.time.Duration;

/**
 * How hard and how long to load the app, from system properties: {@code load.sessions} analysts
 * (50), {@code load.seconds} (10), {@code load.maxRequests} (200000; each analyst stops at the cap,
 * a view in progress finishes), {@code load.timeoutSeconds} per request (60), {@code load.seed},
 * {@code load.thinkMs} a person's pause between actions as {@code min-max} milliseconds (0-0: none,
 * the smoke test; the production run uses 2000-8000) and {@code load.mix}, the shares of actions.
 */
record LoadSettings(
        URI base,
        int sessions,
        Duration duration,
        long maxRequests,
        Duration requestTimeout,
        long seed,
        Duration thinkMin,
        Duration thinkMax,
        Mix mix) {

    /**
     * What an analyst does after each pause, as shares that add up to 1: follow a link inside the
     * tab, open a view afresh (a page load), call the JSON API, download a CSV.
     */
    record Mix(double navigate, double open, double api, double csv) {

        Mix {
            double sum = navigate + open + api + csv;
            if (Math.abs(sum - 1) > 1e-9 || navigate < 0 || open < 0 || api < 0 || csv < 0) {
                throw new IllegalArgumentException(
                        "load.mix: navigate, open, api and csv must be shares adding up to 1, not " + sum);
            }
        }

        /** {@code navigate:55,open:15,api:15,csv:15} (percent). */
        static Mix parse(String text) {
            double[] share = new double[4];
            String[] names = {"navigate", "open", "api", "csv"};
            for (String part : text.split(",")) {
                String[] kv = part.trim().split(":");
                int i = java.util.Arrays.asList(names).indexOf(kv[0].trim());
                if (kv.length != 2 || i < 0) {
                    throw new IllegalArgumentException(
                            "load.mix: '" + part + "' is not one of navigate|open|api|csv:PERCENT");
                }
                share[i] = Double.parseDouble(kv[1].trim()) / 100;
            }
            return new Mix(share[0], share[1], share[2], share[3]);
        }
    }

    static final String DEFAULT_MIX = "navigate:55,open:15,api:15,csv:15";

    static LoadSettings fromSystemProperties(URI base) {
        String[] think = System.getProperty("load.thinkMs", "0-0").split("-");
        return new LoadSettings(
                base,
                Integer.getInteger("load.sessions", 50),
                Duration.ofSeconds(Long.getLong("load.seconds", 10)),
                Long.getLong("load.maxRequests", 200_000),
                Duration.ofSeconds(Long.getLong("load.timeoutSeconds", 60)),
                Long.getLong("load.seed", 8),
                Duration.ofMillis(Long.parseLong(think[0].trim())),
                Duration.ofMillis(Long.parseLong(think[think.length - 1].trim())),
                Mix.parse(System.getProperty("load.mix", DEFAULT_MIX)));
    }

    LoadSettings withSessions(int analysts) {
        return new LoadSettings(base, analysts, duration, maxRequests, requestTimeout, seed, thinkMin, thinkMax, mix);
    }
}
