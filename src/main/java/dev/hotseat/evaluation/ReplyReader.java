package dev.hotseat.evaluation;

import dev.hotseat.core.Reading;
import dev.hotseat.persona.Criterion;
import dev.hotseat.persona.Rubric;
import dev.hotseat.persona.Scenario;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Makes the one {@link Reading} of a reply: the trained reader's acts for every clause, the rubric's and coaches'
 * examples where they are close, and what the reply matches in the scenario (an offer that meets the want, a
 * promise beyond policy, a question that asks for a hidden fact). Two guards stand in front of it: a reply not in
 * English, and words aimed at the grader. Thread-safe.
 */
public final class ReplyReader {

    /** Readings kept: a coach's measure reads every labelled reply before and after an edit (~1,300 of them). */
    private static final int KEPT = 2_048;
    private final ReaderModel model;
    private final Phrasings phrasings;
    private final Map<String, List<ReaderModel.ClauseRead>> recent = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, List<ReaderModel.ClauseRead>> eldest) {
                    return size() > KEPT;
                }
            });

    public ReplyReader(ReaderModel model) {
        this.model = model;
        this.phrasings = new Phrasings(model);
    }

    /** The reader shipped in the jar. */
    public static ReplyReader load() {
        return new ReplyReader(ReaderModel.load());
    }

    /**
     * Reads a reply to the line it answers. The rubric gives the mode and any criteria the trained reader does not
     * know (read from their examples); the scenario, when there is one, gives what can be matched.
     */
    public Reading read(Rubric rubric, Scenario scenario, String context, String reply) {
        String mode = rubric.mode().wire();
        String text = normalise(reply == null ? "" : reply);
        if (!EnglishCheck.looksEnglish(text)) {
            return new Reading(mode, List.of(), List.of(), false, "", model.version());
        }
        String graderTalk = OffTaskGuard.find(text).orElse("");
        List<Clause> clauses = ClauseSplitter.split(text);
        if (clauses.isEmpty()) {
            return new Reading(mode, List.of(), List.of(), true, graderTalk, model.version());
        }
        List<ReaderModel.ClauseRead> reads = modelReading(context, text, clauses);
        List<String> known = model.acts(mode);
        List<Reading.Part> parts = new ArrayList<>();
        List<float[]> vectors = new ArrayList<>();
        for (ReaderModel.ClauseRead read : reads) {
            Map<String, Double> acts = new HashMap<>();
            for (String act : known) {
                keep(acts, act, model.confidence(mode, act, read));
            }
            Clause clause = read.clause();
            Supplier<float[]> alone = () -> phrasings.vector(clause.text());
            for (Criterion c : rubric.criteria()) {
                examples(c, known).ifPresent(ex -> keep(acts, c.id(), ex.adjust(acts.getOrDefault(c.id(), 0.0),
                        read.vector(), alone)));
            }
            boolean question = clause.isQuestion() || acts.getOrDefault("clarify", 0.0) >= Reading.SHOWN
                    || acts.getOrDefault("asks_back", 0.0) >= Reading.SHOWN;
            parts.add(new Reading.Part(clause.start(), clause.end(), clause.text(), question, acts));
            vectors.add(read.vector());
        }
        List<Reading.Match> matches = scenario == null ? List.of()
                : new ScenarioMatcher(phrasings, scenario).matches(parts, vectors);
        return new Reading(mode, parts, matches, true, graderTalk, model.version());
    }

    /**
     * The network's reading of a reply to a line, kept for the last few thousand pairs: the same reply to the same
     * line reads the same (the network is deterministic), and a measure before and after a rubric edit, a test-drive
     * played again or a rewrite's candidates meet the same pairs. The clauses follow from the text, so the pair is
     * the key. Each reader keeps its own, so a bench's fresh reader meets every reply for the first time.
     */
    private List<ReaderModel.ClauseRead> modelReading(String context, String text, List<Clause> clauses) {
        String key = (context == null ? "" : context) + '\u0000' + text;
        List<ReaderModel.ClauseRead> kept = recent.get(key);
        if (kept == null) {
            kept = List.copyOf(model.read(context, text, clauses));
            recent.put(key, kept);
        }
        return kept;
    }

    /** Where the criterion's own examples (and a coach's) have a say: learned acts and example-only criteria. */
    private Optional<Examples> examples(Criterion c, List<String> known) {
        Examples ex = phrasings.examples(c, known.contains(c.id()));
        return ex.isEmpty() ? Optional.empty() : Optional.of(ex);
    }

    private static void keep(Map<String, Double> acts, String act, double confidence) {
        if (confidence >= 0.05) {
            acts.put(act, Math.round(confidence * 1000) / 1000.0);
        } else {
            acts.remove(act);
        }
    }

    /**
     * NFC, and curly quotes as straight ones (same length, so offsets hold). The reply's evidence is cut from this
     * text, which differs from what was typed only in how accents are composed and in those quotes.
     */
    static String normalise(String reply) {
        String nfc = Normalizer.isNormalized(reply, Normalizer.Form.NFC) ? reply
                : Normalizer.normalize(reply, Normalizer.Form.NFC);
        return nfc.replace('\u2019', '\'').replace('\u2018', '\'');
    }

    /** The vectors of example phrasings are computed once per text and kept (a few thousand at most). */
    Phrasings phrasings() {
        return phrasings;
    }
}
