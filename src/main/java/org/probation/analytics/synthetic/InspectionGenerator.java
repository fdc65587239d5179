package org.probation.analytics.synthetic;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.probation.analytics.base.QuestionLevel;
import org.probation.analytics.synthetic.Reference.Framework;
import org.probation.analytics.synthetic.Reference.Item;
import org.probation.analytics.synthetic.Reference.Provider;

/**
 * Generates one inspection folder: its case samples (sub-samples adding up to the whole), every
 * key question and prompt of its case-based standards in every sub-sample with stated counts,
 * and its ratings and score by the framework's rules ({@link Ratings}).
 */
final class InspectionGenerator {

    static final String SOURCE = "SYNTHETIC.md";

    private final long seed;
    private final Reference reference;
    private final Model model;

    InspectionGenerator(long seed, Reference reference) {
        this.seed = seed;
        this.reference = reference;
        this.model = new Model(seed);
    }

    /** A key question or prompt: its logit (a key question's baseline, a prompt's offset) and relevance. */
    private record Question(Item item, String standardCode, boolean keyQuestion, double logit, Relevance relevance) {}

    InspectionFolder generate(Round round, Provider provider, LocalDate fieldwork) {
        Framework framework = reference.framework(round.kind().framework);
        String id = provider.id() + "-" + round.year();
        double common = model.inspectionEffect(round, provider);
        List<String> samples =
                new ArrayList<>(new LinkedHashSet<>(framework.sampleOfStandard().values()));
        Map<String, Integer> sizes = SampleSizes.of(seed, round, provider.id(), samples);
        Table sampleRows = new Table(InspectionFolder.SAMPLES_HEADER);
        Table results = new Table(InspectionFolder.RESULTS_HEADER);
        Map<String, Integer> allCasesPercent = new LinkedHashMap<>();
        for (String sample : samples) {
            boolean split = sample.equals("case_supervision");
            List<SyntheticCase> cases = SyntheticCase.draw(
                    Rng.of(seed, "cases", id, sample),
                    sizes.get(sample),
                    split,
                    SampleSizes.licenceShare(seed, provider.id()));
            List<String> subsamples = split ? SyntheticCase.SPLIT_SUBSAMPLES : List.of("all");
            addSamples(sampleRows, id, sample, cases, subsamples, split);
            List<Question> questions = questions(framework, sample, round.number());
            int[][][] tally = answer(questions, cases, common, subsamples, split, Rng.of(seed, "answers", id, sample));
            for (int q = 0; q < questions.size(); q++) {
                Question question = questions.get(q);
                for (int s = 0; s < subsamples.size(); s++) {
                    int yes = tally[q][s][0];
                    int n = tally[q][s][1];
                    if (n == 0) {
                        continue;
                    }
                    int percent = percent(yes, n);
                    results.add(
                            id,
                            question.item().code(),
                            subsamples.get(s),
                            percent + "%",
                            percent,
                            yes,
                            n,
                            question.relevance().marker(),
                            question.relevance().markerMeaning,
                            null,
                            "Synthetic results, standard " + question.standardCode(),
                            SOURCE,
                            null);
                    if (question.keyQuestion() && s == 0) {
                        allCasesPercent.put(question.item().code(), percent);
                    }
                }
            }
        }
        Ratings ratings = Ratings.of(framework, id, allCasesPercent, code -> judgement(id, code, common));
        String kind = round.kind() == Round.Kind.PDU ? " PDU" : " region (NPS framework)";
        YearMonth published =
                YearMonth.from(fieldwork.plusDays(Rng.of(seed, "published", id).between(70, 105)));
        Table inspection = new Table(InspectionFolder.INSPECTION_HEADER)
                .add(
                        id,
                        provider.id(),
                        framework.code(),
                        "SYNTHETIC — An inspection of probation services in: " + provider.name() + kind,
                        fieldwork,
                        "day",
                        published,
                        ratings.score(),
                        framework.maxScore(),
                        ratings.overall() == null ? null : ratings.overall().word(),
                        SOURCE,
                        null,
                        "Synthetic inspection, not a real one: every figure is drawn from a model by SyntheticNational (seed "
                                + seed + "), round " + round.number() + " of 3 of the "
                                + round.kind().name().toLowerCase()
                                + " rounds; see SYNTHETIC.md.",
                        true);
        Map<String, String> files = new LinkedHashMap<>();
        Map<String, Integer> rows = new LinkedHashMap<>();
        put(files, rows, "inspection.csv", inspection);
        put(files, rows, "samples.csv", sampleRows);
        put(files, rows, "results.csv", results);
        put(files, rows, "ratings.csv", ratings.table());
        files.put(
                "NOTES.md",
                "# SYNTHETIC — not a real inspection\n\nEvery figure of " + id + " is generated (seed " + seed
                        + "); see ../../SYNTHETIC.md for the model.\n");
        return new InspectionFolder(id, files, rows);
    }

    /** round(100 x / n), halves up, in whole numbers. */
    static int percent(int yes, int n) {
        return (200 * yes + n) / (2 * n);
    }

    private List<Question> questions(Framework framework, String sample, int round) {
        List<Question> questions = new ArrayList<>();
        for (Item standard : framework.level(QuestionLevel.STANDARD)) {
            if (!sample.equals(framework.sampleOf(standard.code()))) {
                continue;
            }
            boolean rated = Boolean.TRUE.equals(standard.rated());
            for (Item kq : framework.childrenOf(standard.code())) {
                double base = model.baseline(framework.code(), kq, sample, rated)
                        + model.questionRoundEffect(framework.code(), kq.code(), round);
                questions.add(new Question(kq, standard.code(), true, base, Relevance.of(kq, kq, sample)));
                for (Item prompt : framework.childrenOf(kq.code())) {
                    questions.add(new Question(
                            prompt,
                            standard.code(),
                            false,
                            model.promptOffset(framework.code(), prompt.code()),
                            Relevance.of(prompt, kq, sample)));
                }
            }
        }
        return questions;
    }

    /** tally[question][sub-sample] = {yes, relevant cases}: every case answers every question it is relevant to. */
    private static int[][][] answer(
            List<Question> questions,
            List<SyntheticCase> cases,
            double common,
            List<String> subsamples,
            boolean split,
            Rng rng) {
        int[][][] tally = new int[questions.size()][subsamples.size()][2];
        for (SyntheticCase c : cases) {
            int[] in =
                    c.subsamples(split).stream().mapToInt(subsamples::indexOf).toArray();
            double keyQuestionLogit = 0;
            for (int q = 0; q < questions.size(); q++) {
                Question question = questions.get(q);
                double logit = question.keyQuestion()
                        ? (keyQuestionLogit = question.logit() + common + Model.subsampleEffect(c) + c.effect())
                        : keyQuestionLogit + question.logit();
                if (!question.relevance().applies(c)) {
                    continue;
                }
                int yes = Rng.expit(logit) > rng.uniform() ? 1 : 0;
                for (int s : in) {
                    tally[q][s][0] += yes;
                    tally[q][s][1]++;
                }
            }
        }
        return tally;
    }

    private static void addSamples(
            Table rows, String id, String sample, List<SyntheticCase> cases, List<String> subsamples, boolean split) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        subsamples.forEach(s -> counts.put(s, 0));
        cases.forEach(c -> c.subsamples(split).forEach(s -> counts.merge(s, 1, Integer::sum)));
        if (split) {
            counts.put("rosh_relevant", (int)
                    cases.stream().filter(SyntheticCase::riskRelevant).count());
        } else if (sample.equals("victim_work")) {
            counts.put("pre_release", (int)
                    cases.stream().filter(SyntheticCase::preRelease).count());
        }
        counts.forEach((subsample, n) -> {
            if (n > 0) {
                rows.add(
                        id,
                        sample,
                        subsample,
                        n,
                        "SYNTHETIC: the generator drew " + n + " " + sample.replace('_', ' ') + " case(s)"
                                + (subsample.equals("all") ? "" : " in sub-sample " + subsample),
                        SOURCE,
                        null);
            }
        });
    }

    /** A domain 1 standard's latent share: inspectors' judgement, around the provider's level. */
    private double judgement(String id, String standardCode, double common) {
        double logit = Rng.logit(Model.JUDGEMENT_BASE)
                + common
                + Rng.of(seed, "judgement", id, standardCode).normal(Model.JUDGEMENT_SD);
        return 100 * Rng.expit(logit);
    }

    private static void put(Map<String, String> files, Map<String, Integer> rows, String name, Table table) {
        files.put(name, table.text());
        rows.put(name, table.rows());
    }
}
