package dev.hotseat.studio;

import dev.hotseat.persona.Rubric;
import dev.hotseat.persona.Mode;
import dev.hotseat.persona.PromptLibrary;
import dev.hotseat.persona.PromptProblem;
import dev.hotseat.persona.Scenario;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The prompt library plus unsaved drafts a coach is trying out ("try it yourself"). A draft is registered under
 * a fresh random id ({@code draft-} and 24 hex digits) that only the coach who asked is told, so only sessions
 * started with that id reach it; it is never listed, and is forgotten after {@link #LIFETIME}. The learner's
 * protocol is unchanged: a {@code start} message names the draft id like any scenario id.
 */
public final class DraftScenarios implements PromptLibrary {
    static final Duration LIFETIME = Duration.ofHours(4);
    static final int MAX_DRAFTS = 200;
    private final PromptLibrary saved;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Draft> drafts = new ConcurrentHashMap<>();

    private record Draft(Scenario scenario, Instant until) {
    }

    public DraftScenarios(PromptLibrary saved) {
        this(saved, Clock.systemUTC());
    }

    DraftScenarios(PromptLibrary saved, Clock clock) {
        this.saved = saved;
        this.clock = clock;
    }

    /** The library the studio saves into. */
    public PromptLibrary saved() {
        return saved;
    }

    /** Registers a draft for trying out; returns its id, under which a learner's start message finds it. */
    String register(Scenario draft) {
        Instant now = clock.instant();
        drafts.values().removeIf(d -> d.until().isBefore(now));
        if (drafts.size() >= MAX_DRAFTS) {
            throw new StudioException(429, "busy", "Too many drafts are being tried out at once (" + MAX_DRAFTS
                    + "); try again in a few minutes");
        }
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        String id = "draft-" + HexFormat.of().formatHex(bytes);
        Scenario renamed = new Scenario(id, draft.mode(), draft.title(), draft.difficulty(), draft.summary(),
                draft.briefing(), draft.persona(), draft.situation(), draft.facts(), draft.hiddenFacts(), draft.wants(),
                draft.policy(), draft.angers(), draft.mood(), draft.lines(), draft.questions(), draft.style(),
                draft.instructions(), draft.rubric(), draft.file(), draft.beyondPolicy());
        drafts.put(id, new Draft(renamed, now.plus(LIFETIME)));
        return id;
    }

    @Override
    public List<Scenario> scenarios() {
        return saved.scenarios();
    }

    @Override
    public Scenario scenario(String id) {
        Draft draft = id == null ? null : drafts.get(id);
        if (draft != null && draft.until().isAfter(clock.instant())) {
            return draft.scenario();
        }
        return saved.scenario(id);
    }

    @Override
    public Rubric rubric(String id) {
        return saved.rubric(id);
    }

    @Override
    public Rubric rubric(Mode mode) {
        return saved.rubric(mode);
    }

    @Override
    public String template(String name) {
        return saved.template(name);
    }

    @Override
    public List<PromptProblem> problems() {
        return saved.problems();
    }
}
