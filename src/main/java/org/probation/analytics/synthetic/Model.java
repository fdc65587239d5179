package org.probation.analytics.synthetic;

import org.probation.analytics.synthetic.Reference.Item;

/**
 * The logit-normal model every synthetic result is drawn from. For a case c of provider p (in
 * region g) at round r, key question q:
 * <pre>  logit P(yes) = β_q + u_g + v_p + Δ_p(r) + w_{q,r} + s_sentence + s_rosh + e_c</pre>
 * β_q the question's baseline (by theme, plus N(0, 0.15²)); u_g ~ N(0, 0.25²) the region effect,
 * shared by a region and its PDUs; v_p ~ N(0, 0.35²) the provider effect; Δ_p(r) the round change:
 * the national trend of the round plus the provider's own random walk, steps N(0, 0.40²);
 * w_{q,r} ~ N(0, 0.10²) the question's own change at the round; s the sub-sample effects
 * (licence +0.15; low RoSH +0.30, medium 0, high/very high −0.25); e_c ~ N(0, 0.50²) the case
 * effect, which correlates the answers of one case. A prompt adds its own offset N(0, 0.50²) to
 * its key question's logit. Each answer is a Bernoulli draw, so every count is binomial.
 */
final class Model {

    static final double REGION_SD = 0.25;
    static final double PROVIDER_SD = 0.35;
    static final double STEP_SD = 0.40;
    static final double QUESTION_ROUND_SD = 0.10;
    static final double QUESTION_SD = 0.15;
    static final double PROMPT_SD = 0.50;
    static final double CASE_SD = 0.50;
    static final double LICENCE = 0.15;
    static final double LOW_ROSH = 0.30;
    static final double HIGH_ROSH = -0.25;
    /** The NPS round's results ran higher than the PDU round's. */
    static final double NPS_SHIFT = 0.60;
    /** Domain 1 is rated by inspectors' judgement: a latent share around this, banded like a key question. */
    static final double JUDGEMENT_BASE = 0.58;

    static final double JUDGEMENT_SD = 0.50;

    private final long seed;

    Model(long seed) {
        this.seed = seed;
    }

    /** β_q: the share answered 'yes' nationally at the first round, by the question's theme. */
    double baseline(String framework, Item keyQuestion, String sample, boolean ratedStandard) {
        double share = switch (sample) {
            case "court_reports" -> 0.62;
            case "victim_work" -> 0.80;
            default ->
                !ratedStandard
                        ? 0.55
                        : keyQuestion.text().contains("safe") ? 0.45 : keyQuestion.ordinal() == 1 ? 0.72 : 0.64;
        };
        double shift = framework.startsWith("nps") ? NPS_SHIFT : 0;
        return Rng.logit(share)
                + shift
                + Rng.of(seed, "question", framework, keyQuestion.code()).normal(QUESTION_SD);
    }

    /** A prompt's offset from its key question. */
    double promptOffset(String framework, String code) {
        return Rng.of(seed, "prompt", framework, code).normal(PROMPT_SD);
    }

    double regionEffect(String regionId) {
        return Rng.of(seed, "region", regionId).normal(REGION_SD);
    }

    double providerEffect(String providerId) {
        return Rng.of(seed, "provider", providerId).normal(PROVIDER_SD);
    }

    /** Δ_p(r): the national trend plus the provider's steps since its first round. */
    double roundChange(Round round, String providerId) {
        double walk = 0;
        for (int r = 2; r <= round.number(); r++) {
            walk += Rng.of(seed, "step", round.kind(), providerId, r).normal(STEP_SD);
        }
        return round.kind().trend(round.number()) + walk;
    }

    double questionRoundEffect(String framework, String code, int round) {
        return Rng.of(seed, "question-round", framework, code, round).normal(QUESTION_ROUND_SD);
    }

    /** Everything a provider's inspection shares across its questions and cases. */
    double inspectionEffect(Round round, Reference.Provider provider) {
        return regionEffect(provider.regionId()) + providerEffect(provider.id()) + roundChange(round, provider.id());
    }

    static double subsampleEffect(SyntheticCase c) {
        double rosh = switch (c.rosh()) {
            case LOW -> LOW_ROSH;
            case MEDIUM -> 0;
            case HIGH_VERY_HIGH -> HIGH_ROSH;
        };
        return (c.licence() ? LICENCE : 0) + rosh;
    }
}
