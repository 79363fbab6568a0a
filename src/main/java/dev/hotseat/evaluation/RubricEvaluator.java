package dev.hotseat.evaluation;

import dev.hotseat.persona.Criterion;
import dev.hotseat.persona.Polarity;
import dev.hotseat.persona.PromptLibrary;
import dev.hotseat.persona.Rubric;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The offline evaluator: cue patterns from the rubric file, the meaning of each clause compared with the
 * rubric's exemplars (in-process MiniLM embeddings), and checks against what the persona last said.
 * Thread-safe; the model is loaded once per evaluator and exemplar vectors once per rubric version.
 */
public final class RubricEvaluator implements Evaluator {

    private static final int MAX_EMBEDDED = 6;
    /** Whether {@link #create} and the two-argument constructor use the learned layer. */
    public static final boolean LEARNED_BY_DEFAULT = true;

    private final PromptLibrary library;
    private final ClauseEmbedder embedder;
    private final Map<Rubric, CompiledRubric> compiled = new ConcurrentHashMap<>();
    private final boolean learning;

    /** An evaluator using the given embedding model (tests share one model across evaluators). */
    public RubricEvaluator(PromptLibrary library, EmbeddingModel model) {
        this(library, model, LEARNED_BY_DEFAULT);
    }

    /**
     * An evaluator with ({@code learning} true) or without the learned layer shipped for each rubric in
     * {@code /dev/hotseat/evaluation/learned/} (see docs/evaluator.md); without it, cues and exemplars alone.
     */
    public RubricEvaluator(PromptLibrary library, EmbeddingModel model, boolean learning) {
        this(library, new ClauseEmbedder(model), learning);
    }

    private RubricEvaluator(PromptLibrary library, ClauseEmbedder embedder, boolean learning) {
        this.library = library;
        this.embedder = embedder;
        this.learning = learning;
    }

    /** This evaluator's model over another library (a coach's draft rubric): no second model is loaded. */
    public RubricEvaluator over(PromptLibrary other) {
        return new RubricEvaluator(other, embedder, learning);
    }

    /** The offline evaluator with the bundled all-MiniLM-L6-v2 model, loaded once here. */
    public static RubricEvaluator create(PromptLibrary library) {
        return new RubricEvaluator(library, model());
    }

    /** The bundled MiniLM model, tuned for a busy server (see {@link QuietMiniLm}). */
    public static EmbeddingModel model() {
        return new QuietMiniLm();
    }

    @Override
    public Grade grade(Exchange exchange) {
        Rubric rubric = exchange.scenario() == null || exchange.scenario().rubric() == null
                ? library.rubric(exchange.mode()) : library.rubric(exchange.scenario().rubric());
        CompiledRubric ready = compiled.computeIfAbsent(rubric, r -> CompiledRubric.compile(r, embedder,
                learning ? LearnedWeights.load(r.id()) : Map.of()));
        String reply = exchange.reply() == null ? "" : exchange.reply();
        Optional<String> graderTalk = OffTaskGuard.find(reply);
        Map<Criterion, Detection> found = detect(ready, reply, exchange.context(), graderTalk.isPresent());
        Feedback feedback = new Feedback(reply, exchange.context(),
                new Rewriter(exchange.context(), exchange.scenario()), found);
        List<CriterionResult> results = new ArrayList<>();
        found.forEach((c, d) -> results.add(CriterionResult.of(c.id(), c.polarity(), d.detected(),
                d.confidence(), d.evidence(), graderTalk.isPresent() && c.polarity() == Polarity.POSITIVE
                        ? "Not credited: the reply speaks to the grader, not the person in front of you."
                        : feedback.tip(c)).named(c.name())));
        if (graderTalk.isPresent()) {
            return new Grade(0, results, "This reply talks to the grader (\"" + graderTalk.get()
                    + "\"), not to the person you are practising with, so it earns nothing. Answer them instead.",
                    true, feedback.rewriteWithout(reply), "offline");
        }
        return new Grade(score(found), results, feedback.summary(), false, feedback.rewrite(), "offline");
    }

    /** What each criterion found; evidence is cut from the original reply so it stays verbatim. */
    private Map<Criterion, Detection> detect(CompiledRubric ready, String reply, String context, boolean offTask) {
        // Curly quotes become straight ones so cues match; the length is unchanged, so offsets still hold.
        String text = reply.replace('\u2019', '\'').replace('\u2018', '\'');
        List<Clause> clauses = ClauseSplitter.split(text);
        // Meaning is checked on the first clauses only: that bounds the time per reply; later clauses still
        // count through cues and context checks.
        List<String> texts = new ArrayList<>(clauses.stream().limit(MAX_EMBEDDED).map(Clause::text).toList());
        texts.add(context == null ? "" : context);
        float[][] embedded = embedder.embedClauses(texts);
        float[][] vectors = Arrays.copyOf(embedded, embedded.length - 1);
        ReplyContext replyContext = new ReplyContext(text, context, embedded[embedded.length - 1]);
        Map<Criterion, Detection> found = new LinkedHashMap<>();
        for (CriterionDetector detector : ready.detectors()) {
            Detection d = detector.detect(clauses, vectors, replyContext);
            boolean withheld = offTask && detector.criterion().polarity() == Polarity.POSITIVE;
            found.put(detector.criterion(), !d.detected() || withheld ? Detection.NONE
                    : new Detection(true, d.confidence(), reply.substring(d.start(), d.end()), d.how(),
                            d.start(), d.end()));
        }
        return found;
    }

    private static int score(Map<Criterion, Detection> found) {
        int score = 0;
        for (var e : found.entrySet()) {
            if (e.getValue().detected()) {
                score += e.getKey().polarity() == Polarity.POSITIVE ? e.getKey().weight() : -e.getKey().weight();
            }
        }
        return Math.max(0, Math.min(100, score));
    }
}
