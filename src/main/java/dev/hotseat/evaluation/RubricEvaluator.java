package dev.hotseat.evaluation;

import dev.hotseat.core.CriterionResult;
import dev.hotseat.core.Grade;
import dev.hotseat.persona.Criterion;
import dev.hotseat.core.Polarity;
import dev.hotseat.persona.PromptLibrary;
import dev.hotseat.persona.Rubric;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The offline evaluator: cue patterns from the rubric file, the meaning of each clause compared with the
 * rubric's exemplars (in-process MiniLM embeddings), and checks against what the persona last said.
 * Thread-safe; the model is loaded once per evaluator, exemplar vectors once per rubric version, and the vectors
 * of recently embedded texts are remembered (see {@link ClauseEmbedder#REMEMBERED}).
 */
public final class RubricEvaluator implements Evaluator {

    private static final int MAX_EMBEDDED = 6;
    /** Whether {@link #create} and the two-argument constructor use the learned layer. */
    public static final boolean LEARNED_BY_DEFAULT = true;

    private final PromptLibrary library;
    private final ClauseEmbedder embedder;
    private final Map<Rubric, CompiledRubric> compiled = new ConcurrentHashMap<>();
    private final boolean learning;
    private final EmbeddingChoice choice;

    /** An evaluator using the given embedding model (tests share one model across evaluators). */
    public RubricEvaluator(PromptLibrary library, EmbeddingModel model) {
        this(library, model, LEARNED_BY_DEFAULT);
    }

    /**
     * An evaluator with ({@code learning} true) or without the learned layer shipped for each rubric in
     * {@code /dev/hotseat/evaluation/learned/} (see docs/evaluator.md); without it, cues and exemplars alone.
     */
    public RubricEvaluator(PromptLibrary library, EmbeddingModel model, boolean learning) {
        this(library, EmbeddingChoice.MINILM, model, learning);
    }

    /**
     * An evaluator that keeps the vectors of the last {@code remembered} clause and persona-line texts it embedded
     * (the other constructors keep {@value ClauseEmbedder#REMEMBERED}; 0 embeds every text afresh, as the bench's
     * cold timing does). Grades are the same whatever the number: a text's vector depends on the text alone.
     */
    public RubricEvaluator(PromptLibrary library, EmbeddingModel model, boolean learning, int remembered) {
        this(library, EmbeddingChoice.MINILM, model, learning, remembered);
    }

    /** An evaluator over {@code model}, loaded from {@code choice}, with that model's own learned layer when asked. */
    public RubricEvaluator(PromptLibrary library, EmbeddingChoice choice, EmbeddingModel model, boolean learning) {
        this(library, new ClauseEmbedder(model), learning, choice);
    }

    /** As above, remembering the vectors of the last {@code remembered} texts. */
    public RubricEvaluator(PromptLibrary library, EmbeddingChoice choice, EmbeddingModel model, boolean learning,
                           int remembered) {
        this(library, new ClauseEmbedder(model, remembered), learning, choice);
    }

    private RubricEvaluator(PromptLibrary library, ClauseEmbedder embedder, boolean learning, EmbeddingChoice choice) {
        this.library = library;
        this.embedder = embedder;
        this.learning = learning;
        this.choice = choice;
    }

    /** This evaluator's model over another library (a coach's draft rubric): no second model is loaded. */
    public RubricEvaluator over(PromptLibrary other) {
        return new RubricEvaluator(other, embedder, learning, choice);
    }

    /** The offline evaluator with the bundled all-MiniLM-L6-v2 model, loaded once here. */
    public static RubricEvaluator create(PromptLibrary library) {
        return new RubricEvaluator(library, model());
    }

    /** The bundled MiniLM model, tuned for a busy server (see {@link QuietMiniLm}). */
    public static EmbeddingModel model() {
        return new QuietMiniLm();
    }

    /**
     * Embeds what the persona just said ahead of the learner's reply, so that grading the reply finds the line's
     * vector remembered instead of embedding it on the reply's time (the turn flow calls it once the partner has
     * spoken; the bench uses it to time a new reply to a line already heard). Does nothing for an evaluator that
     * remembers nothing.
     */
    @Override
    public void prepare(String personaLine) {
        if (personaLine != null) {
            embedder.embedClauses(List.of(personaLine));
        }
    }

    @Override
    public Grade grade(Exchange exchange) {
        Rubric rubric = exchange.scenario() == null || exchange.scenario().rubric() == null
                ? library.rubric(exchange.mode()) : library.rubric(exchange.scenario().rubric());
        CompiledRubric ready = compiled.computeIfAbsent(rubric, r -> CompiledRubric.compile(r, embedder,
                learning ? LearnedWeights.load(choice, r.id()) : Map.of()));
        String reply = exchange.reply() == null ? "" : exchange.reply();
        if (!EnglishCheck.looksEnglish(reply)) {
            return notEnglish();
        }
        Optional<String> graderTalk = OffTaskGuard.find(reply);
        Map<Criterion, Detection> found = detect(ready, reply, exchange.context(), graderTalk.isPresent());
        Gate gate = gate(reply, exchange, found);
        Feedback feedback = new Feedback(reply, exchange.context(),
                new Rewriter(exchange.context(), exchange.scenario()), found, exchange);
        List<CriterionResult> results = new ArrayList<>();
        found.forEach((c, d) -> results.add(CriterionResult.of(c.id(), c.polarity(), d.detected(),
                d.confidence(), d.evidence(), graderTalk.isPresent() && c.polarity() == Polarity.POSITIVE
                        ? "Not credited: the reply speaks to the grader, not the person in front of you."
                        : feedback.tip(c)).named(c.name())
                .earlier(!d.detected() && c.polarity() == Polarity.POSITIVE && exchange.shownBefore(c.id()))));
        if (graderTalk.isPresent()) {
            return new Grade(0, results, "This reply talks to the grader (\"" + graderTalk.get()
                    + "\"), not to the person you are practising with, so it earns nothing. Answer them instead.",
                    true, feedback.rewriteWithout(reply), "offline");
        }
        int score = Math.min(score(found), gate.cap());
        String summary = gate.why().isEmpty() ? feedback.summary() : gate.why() + " " + feedback.next();
        return new Grade(score, results, summary.trim(), false, feedback.rewrite(), "offline");
    }

    /** Why a reply earns less than its cue words suggest, and the most it can score ("" and 100 when nothing applies). */
    private record Gate(int cap, String why) {
        static final Gate OPEN = new Gate(100, "");
    }

    // Substance for this moment: a list of skill names, empty STAR headings or a repeat earn nothing; stock phrases
    // strung together earn at most STOCK_CAP. Positive detections withheld here are removed from {@code found}.
    private static Gate gate(String reply, Exchange exchange, Map<Criterion, Detection> found) {
        if (Substance.skillList(reply)) {
            withholdPositives(found);
            return new Gate(0, "Naming skills is not showing them: say what you would actually say or do.");
        }
        Optional<Criterion> star = found.keySet().stream().filter(c -> c.id().equals("star")).findFirst();
        Substance.Star labels = star.isPresent() ? Substance.star(reply) : Substance.Star.NONE;
        if (labels == Substance.Star.EMPTY) {
            withholdPositives(found);
            return new Gate(0, "The STAR headings are there, but there is no real situation, action or result "
                    + "under them: tell what happened, what you did and how it ended.");
        }
        if (labels == Substance.Star.FULL && !found.get(star.get()).detected()) {
            // A story laid out under real Situation/Action/Result headings is a STAR example; quote its situation.
            int[] span = Substance.firstSection(reply);
            found.put(star.get(), new Detection(true, 0.8, reply.substring(span[0], span[1]), "shape", span[0], span[1]));
        }
        int repeated = Substance.repeats(reply, exchange.earlierReplies());
        if (repeated >= 0) {
            withholdPositives(found);
            return new Gate(0, "You said this already (reply " + (repeated + 1)
                    + "), so it earns nothing new: answer what they said just now.");
        }
        boolean partRepeated = false;
        for (var e : found.entrySet()) {
            if (e.getKey().polarity() == Polarity.POSITIVE && e.getValue().detected()
                    && Substance.said(e.getValue().evidence(), exchange.earlierReplies())) {
                e.setValue(Detection.NONE);
                partRepeated = true;
            }
        }
        long skills = found.entrySet().stream()
                .filter(e -> e.getKey().polarity() == Polarity.POSITIVE && e.getValue().detected()).count();
        if (skills >= 2 && Substance.stockOnly(reply)) {
            return new Gate(Substance.STOCK_CAP, "These are stock phrases with nothing about their case in them, "
                    + "so the score stops at " + Substance.STOCK_CAP + ": name what happened to them and what you will do.");
        }
        return partRepeated ? new Gate(100, "Part of this repeats what you said before; only what is new counts.")
                : Gate.OPEN;
    }

    private static void withholdPositives(Map<Criterion, Detection> found) {
        found.replaceAll((c, d) -> c.polarity() == Polarity.POSITIVE ? Detection.NONE : d);
    }

    /** A reply in another language: said in words, with no score and no skills. */
    private static Grade notEnglish() {
        return new Grade(0, List.of(), NOT_ENGLISH, false, "", "offline");
    }

    /** What a learner reads when a reply is not in English. */
    public static final String NOT_ENGLISH = "Hotseat grades replies in English, so this reply has no score and no "
            + "skills marked. Try it again in English; the grade will follow.";

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
        // A sentence that blames, deflects or sneers earns no positive credit, whatever good words it holds.
        // Sentence-level checks run once per sentence, not once per clause.
        Set<String> spoilt = new HashSet<>();
        Set<String> resets = new HashSet<>();
        Set<String> seen = new HashSet<>();
        Clause contempt = null;
        for (Clause clause : clauses) {
            if (seen.add(clause.sentence())) {
                if (Tone.contempt(clause.sentence())) {
                    spoilt.add(clause.sentence());
                }
                if (Tone.resetTrick(clause.sentence())) {
                    resets.add(clause.sentence());
                }
            }
            if (spoilt.contains(clause.sentence())
                    && (contempt == null || Tone.contempt(clause.text()) && !Tone.contempt(contempt.text()))) {
                contempt = clause;
            }
        }
        Map<Criterion, Detection> found = new LinkedHashMap<>();
        CriterionDetector worst = null;
        for (CriterionDetector detector : ready.detectors()) {
            if (detector.criterion().polarity() == Polarity.NEGATIVE) {
                Detection best = Detection.NONE;
                for (int i = 0; i < clauses.size(); i++) {
                    Detection d = detector.detectClause(clauses.get(i), i < vectors.length ? vectors[i] : null, replyContext);
                    if (d.detected()) {
                        spoilt.add(clauses.get(i).sentence());
                        best = d.confidence() > best.confidence() ? d : best;
                    }
                }
                found.put(detector.criterion(), verbatim(reply, best));
                if (worst == null || detector.criterion().weight() > worst.criterion().weight()) {
                    worst = detector;
                }
            }
        }
        // Contempt colours the whole reply: after a sneer, "I'll sort it out" reads as sarcasm too, and a candidate
        // who shows contempt for customers anywhere has shown how they would treat the interviewer's.
        boolean scornful = contempt != null || found.entrySet().stream()
                .anyMatch(e -> e.getValue().detected() && Tone.contemptHabit(e.getKey().id()));
        if (scornful) {
            clauses.forEach(c -> spoilt.add(c.sentence()));
        }
        if (contempt != null && worst != null && !found.get(worst.criterion()).detected()) {
            found.put(worst.criterion(), new Detection(true, 0.8, reply.substring(contempt.start(), contempt.end()),
                    "tone", contempt.start(), contempt.end()));
        }
        // A bare apology is an apology: only their own cue words make the same clause empathy or ownership too.
        boolean[] apologyCued = new boolean[clauses.size()];
        ready.detectors().stream().filter(d -> d.criterion().id().equals("apology")).findFirst().ifPresent(apology -> {
            for (int i = 0; i < clauses.size(); i++) {
                apologyCued[i] = apology.cuedIn(clauses.get(i), replyContext);
            }
        });
        Map<Criterion, Detection> ordered = new LinkedHashMap<>();
        for (CriterionDetector detector : ready.detectors()) {
            Criterion c = detector.criterion();
            if (c.polarity() == Polarity.NEGATIVE) {
                ordered.put(c, found.get(c));
                continue;
            }
            boolean fixOrAsk = c.id().equals("solution") || c.id().equals("clarify");
            boolean notByApology = c.id().equals("empathy") || c.id().equals("ownership");
            List<Clause> kept = new ArrayList<>();
            List<float[]> keptVectors = new ArrayList<>();
            for (int i = 0; i < clauses.size(); i++) {
                Clause clause = clauses.get(i);
                if (!spoilt.contains(clause.sentence()) && !(fixOrAsk && resets.contains(clause.sentence()))
                        && !(notByApology && apologyCued[i] && !detector.cuedIn(clause, replyContext))) {
                    kept.add(clause);
                    // Embedded clauses come first, so a dropped one only shortens the embedded run.
                    if (i < vectors.length && keptVectors.size() == kept.size() - 1) {
                        keptVectors.add(vectors[i]);
                    }
                }
            }
            Detection d = offTask ? Detection.NONE
                    : detector.detect(kept, keptVectors.toArray(new float[0][]), replyContext);
            ordered.put(c, verbatim(reply, d));
        }
        return ordered;
    }

    private static Detection verbatim(String reply, Detection d) {
        return !d.detected() ? Detection.NONE
                : new Detection(true, d.confidence(), reply.substring(d.start(), d.end()), d.how(), d.start(), d.end());
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
