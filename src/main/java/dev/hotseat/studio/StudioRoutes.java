package dev.hotseat.studio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hotseat.conversation.Engines;
import dev.hotseat.core.Turn;
import dev.hotseat.persona.Rubric;
import dev.hotseat.evaluation.RubricEvaluator;
import dev.hotseat.persona.FilePromptLibrary;
import dev.hotseat.persona.Mode;
import dev.hotseat.lint.TestDrive;
import dev.hotseat.persona.PromptDrafts;
import dev.hotseat.persona.PromptProblem;
import dev.hotseat.persona.Scenario;
import dev.hotseat.persona.UnknownRubricException;
import dev.hotseat.store.Database;
import dev.hotseat.route.Feature;
import dev.hotseat.route.Role;
import dev.hotseat.route.Routes;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The coach studio's routes, all under {@code /api/coach/} and all for coaches only:
 * list, read, check, save, version and revert scenario and rubric files; test-drive and try out a draft;
 * measure a draft rubric on the labelled replies; import and export Character Cards. See docs/protocol.md.
 */
public final class StudioRoutes implements Feature {
    /** The one route whose body may be larger than the server's 64 KiB: a card PNG with its picture. */
    public static final String CARDS = "/api/coach/cards";
    /** 8 MiB: room for a card with a large portrait; more is refused before it is read. */
    public static final long MAX_CARD_BYTES = 8L * 1024 * 1024;
    private static final Pattern ID_LINE = Pattern.compile("(?m)^id:[ \\t]*[^#\\r\\n]*?([ \\t]*#.*)?$");

    private final DraftScenarios library;
    private final FilePromptLibrary files;
    private final Engines engines;
    private final ObjectMapper json;
    private final PromptDrafts drafts;
    private final PromptFiles prompts;
    private final PromptVersions versions;
    private final RubricFigures figures;
    private final CardImport cardImport;
    private final CardExport cardExport;
    private final Portraits portraits;

    public StudioRoutes(DraftScenarios library, Engines engines, Database db, ObjectMapper json) {
        this(library, engines, db, json, labelledFolder(), Clock.systemUTC());
    }

    StudioRoutes(DraftScenarios library, Engines engines, Database db, ObjectMapper json, Path labelled, Clock clock) {
        this.library = library;
        this.files = library.saved() instanceof FilePromptLibrary f ? f : null;
        this.engines = engines;
        this.json = json;
        this.drafts = files == null ? null : new PromptDrafts(files);
        this.prompts = files == null ? null : new PromptFiles(files.root());
        this.versions = files == null ? null : new PromptVersions(db, prompts, clock);
        this.figures = new RubricFigures(labelled, json);
        this.cardImport = new CardImport(json);
        this.cardExport = new CardExport(json, clock);
        this.portraits = files == null ? null : new Portraits(db, prompts, clock);
    }

    /** Our own labelled replies: HOTSEAT_LABELLED, else src/test/resources/labelled under the checkout. */
    private static Path labelledFolder() {
        String env = System.getenv("HOTSEAT_LABELLED");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("hotseat.root", ".")).resolve("src/test/resources/labelled");
    }

    /** Declares the routes, all for coaches. */
    @Override
    public void routes(Routes routes) {
        routes.get("/api/coach/prompts", withFiles(this::list), Role.COACH);
        routes.post("/api/coach/drafts", withFiles(this::newDraft), Role.COACH);
        routes.post("/api/coach/lint", withFiles(this::lintAll), Role.COACH);
        routes.upload(CARDS, withFiles(this::importCard), Role.COACH);
        routes.get("/api/coach/scenarios/{id}/card.json", withFiles(this::cardJson), Role.COACH);
        routes.get("/api/coach/scenarios/{id}/card.png", withFiles(this::cardPng), Role.COACH);
        routes.get("/api/coach/scenarios/{id}/portrait", withFiles(this::portrait), Role.COACH);
        routes.upload("/api/coach/scenarios/{id}/portrait", withFiles(this::replacePortrait), Role.COACH);
        routes.get("/api/coach/portraits/{key}", withFiles(this::waitingPortrait), Role.COACH);
        routes.post("/api/coach/scenarios/{id}/drive", withFiles(this::drive), Role.COACH);
        routes.post("/api/coach/scenarios/{id}/try", withFiles(this::tryDraft), Role.COACH);
        routes.post("/api/coach/{kind}/{id}/form", withFiles(this::form), Role.COACH);
        routes.post("/api/coach/rubrics/{id}/measure", withFiles(this::measure), Role.COACH);
        routes.post("/api/coach/rubrics/{id}/examples", withFiles(this::addExamples), Role.COACH);
        routes.get("/api/coach/{kind}/{id}", withFiles(this::read), Role.COACH);
        routes.post("/api/coach/{kind}/{id}", withFiles(this::save), Role.COACH);
        routes.post("/api/coach/{kind}/{id}/check", withFiles(this::check), Role.COACH);
        routes.get("/api/coach/{kind}/{id}/versions", withFiles(this::versionList), Role.COACH);
        routes.get("/api/coach/{kind}/{id}/versions/{version}", withFiles(this::version), Role.COACH);
        routes.post("/api/coach/{kind}/{id}/revert", withFiles(this::revert), Role.COACH);
        routes.post("/api/coach/{kind}/{id}/publish", withFiles(this::publish), Role.COACH);
    }

    /** The studio edits a prompts folder: without one, every route says so. */
    private Handler withFiles(Handler handler) {
        return ctx -> {
            if (files == null) {
                throw new StudioException(503, "no-prompts-folder", "The studio edits a prompts folder, and this"
                        + " server's prompts do not come from one: start it with --prompts DIR");
            }
            handler.handle(ctx);
        };
    }

    private void list(Context ctx) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("scenarios", entries(PromptFiles.Kind.SCENARIOS));
        out.put("rubrics", entries(PromptFiles.Kind.RUBRICS));
        out.put("templates", List.of("customer", "interview"));
        ctx.json(out);
    }

    /** The lint drive of every saved scenario that loads: the list's "plays as intended" status. */
    private void lintAll(Context ctx) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Scenario scenario : files.scenarios()) {
            TestDrive.Drive drive = TestDrive.drive(scenario, engines.findings());
            out.add(Map.of("id", scenario.id(), "ok", drive.ok(), "verdict", drive.verdict()));
        }
        ctx.json(out);
    }

    private List<Map<String, Object>> entries(PromptFiles.Kind kind) {
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, String> modes = new LinkedHashMap<>();
        if (kind == PromptFiles.Kind.SCENARIOS) {
            files.scenarios().forEach(s -> {
                titles.put(s.id(), s.title());
                modes.put(s.id(), s.mode().wire());
            });
        }
        List<Map<String, Object>> out = new ArrayList<>();
        // A new file saved as a draft has no file yet: it is listed from its versions.
        Set<String> ids = new java.util.TreeSet<>(prompts.ids(kind));
        ids.addAll(versions.ids(kind));
        for (String id : ids) {
            List<PromptProblem> problems = problemsOf(kind, id);
            if (kind == PromptFiles.Kind.RUBRICS && problems.isEmpty()) {
                Rubric r = files.rubric(id);
                titles.put(id, r.title());
                modes.put(id, r.mode().wire());
            }
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("id", id);
            e.put("title", titles.getOrDefault(id, id));
            e.put("mode", modes.get(id));
            e.put("ok", problems.isEmpty());
            e.put("problems", problems);
            e.putAll(stage(versions.state(kind, id)));
            out.add(e);
        }
        return out;
    }

    private List<PromptProblem> problemsOf(PromptFiles.Kind kind, String id) {
        String name = PromptFiles.name(kind, id);
        return files.problems().stream().filter(p -> p.file().equals(name)).toList();
    }

    /** The draft when there is one (what a coach edits), else the live file; with where each stands. */
    private void read(Context ctx) {
        PromptFiles.Kind kind = PromptFiles.Kind.of(ctx.pathParam("kind"));
        String id = Ids.check(ctx.pathParam("id"));
        PromptVersions.State state = versions.state(kind, id);
        String text = head(kind, id, state);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", kind.folder);
        out.put("id", id);
        out.put("text", text);
        out.put("hash", PromptFiles.hash(text));
        out.put("problems", problems(kind, id, text));
        out.putAll(stage(state));
        ctx.json(out);
    }

    /**
     * {@code published}: the live file's version and hash (version null for a file no studio version made; hash
     * "none" when nothing is live); {@code draft}: the version only coaches see, or null.
     */
    private static Map<String, Object> stage(PromptVersions.State state) {
        Map<String, Object> published = new LinkedHashMap<>();
        published.put("version", state.published());
        published.put("hash", PromptFiles.hash(state.live()));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("published", published);
        out.put("draft", state.hasDraft() ? state.latest().version() : null);
        return out;
    }

    /** What a coach works on: the draft when there is one, else the live file (404 when neither is there). */
    private String head(PromptFiles.Kind kind, String id, PromptVersions.State state) {
        return state.hasDraft() ? versions.content(PromptFiles.name(kind, id), state.latest().version()).orElseThrow()
                : existing(kind, id);
    }

    private String head(PromptFiles.Kind kind, String id) {
        return head(kind, id, versions.state(kind, id));
    }

    private String existing(PromptFiles.Kind kind, String id) {
        return prompts.read(kind, id).orElseThrow(() -> new StudioException(404, "not-found", "There is no "
                + PromptFiles.name(kind, id) + " (known: " + String.join(", ", prompts.ids(kind)) + ")"));
    }

    private void check(Context ctx) {
        PromptFiles.Kind kind = PromptFiles.Kind.of(ctx.pathParam("kind"));
        String id = Ids.check(ctx.pathParam("id"));
        ctx.json(Map.of("problems", problems(kind, id, text(body(ctx)))));
    }

    /** What the loader would say about this text as the file {@code <kind>/<id>.md}, YAML slips at their own line. */
    private List<PromptProblem> problems(PromptFiles.Kind kind, String id, String text) {
        return YamlLines.exact(text, loaderProblems(kind, id, text));
    }

    private List<PromptProblem> loaderProblems(PromptFiles.Kind kind, String id, String text) {
        if (kind == PromptFiles.Kind.SCENARIOS) {
            return drafts.scenario(id, text).problems();
        }
        PromptDrafts.RubricDraft rubric = drafts.rubric(id, text);
        // A rubric that reads can still break the scenarios it grades (an interview's follow-up keyed by a
        // criterion the edit removed): those problems count too, so such a save is refused.
        return rubric.rubric() == null ? rubric.problems()
                : drafts.scenariosWith(rubric.rubric(), sid -> prompts.read(PromptFiles.Kind.SCENARIOS, sid).orElse(null));
    }

    private void save(Context ctx) {
        PromptFiles.Kind kind = PromptFiles.Kind.of(ctx.pathParam("kind"));
        String id = Ids.check(ctx.pathParam("id"));
        JsonNode body = body(ctx);
        String base = body.path("base").asText("");
        if (base.isBlank()) {
            throw StudioException.bad("bad-message", "A save needs 'base': the hash the file had when you opened"
                    + " it, or \"none\" for a new file (so a save never overwrites someone else's)");
        }
        if (kind == PromptFiles.Kind.SCENARIOS && base.equals("none")) {
            Ids.newScenario(id);
        }
        String portrait = body.path("portrait").asText("");
        if (!portrait.isEmpty()) {
            portraits.held(portrait); // a wrong or stale key is refused before anything is saved
        }
        Map<String, Object> saved = saved(kind, id, text(body), base, author(body));
        if (!portrait.isEmpty() && kind == PromptFiles.Kind.SCENARIOS) {
            portraits.keep(portrait, id);
        }
        ctx.json(saved);
    }

    private Map<String, Object> saved(PromptFiles.Kind kind, String id, String text, String base, String author) {
        List<PromptProblem> problems = problems(kind, id, text);
        if (!problems.isEmpty()) {
            throw new StudioException(422, "invalid-prompt", "Not saved: " + PromptFiles.name(kind, id) + " has "
                    + problems.size() + " problem(s); the first is " + problems.getFirst(), problems);
        }
        PromptVersions.Saved saved = versions.save(kind, id, text, base, author);
        return answer(id, saved);
    }

    private static Map<String, Object> answer(String id, PromptVersions.Saved saved) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", id);
        out.put("hash", saved.hash());
        out.put("version", saved.version());
        out.put("changed", saved.changed());
        return out;
    }

    private static String author(JsonNode body) {
        String author = body.path("author").asText("").strip().replaceAll("\\p{Cntrl}", " ");
        return author.isEmpty() ? "a coach" : author.substring(0, Math.min(80, author.length()));
    }

    private void versionList(Context ctx) {
        PromptFiles.Kind kind = PromptFiles.Kind.of(ctx.pathParam("kind"));
        ctx.json(versions.list(PromptFiles.name(kind, Ids.check(ctx.pathParam("id")))));
    }

    private void version(Context ctx) {
        PromptFiles.Kind kind = PromptFiles.Kind.of(ctx.pathParam("kind"));
        String id = Ids.check(ctx.pathParam("id"));
        int n = number(ctx.pathParam("version"));
        String text = versions.content(PromptFiles.name(kind, id), n).orElseThrow(() -> noVersion(kind, id, n));
        ctx.json(Map.of("version", n, "text", text, "hash", PromptFiles.hash(text)));
    }

    /** Going back is publishing an earlier version: learners get it at once, with the same checks. */
    private void revert(Context ctx) {
        ctx.json(published(ctx, " (back to version %d)"));
    }

    /**
     * {@code {version, base, author, force?}}: makes a saved version the live file learners get. Refused (409) while
     * the loader reports problems in it, and, for a scenario whose test-drive does not play as intended, unless
     * {@code force} is true; {@code base} is the live file's hash as the coach saw it, so a stale one is refused.
     */
    private void publish(Context ctx) {
        ctx.json(published(ctx, " (published version %d)"));
    }

    private Map<String, Object> published(Context ctx, String note) {
        PromptFiles.Kind kind = PromptFiles.Kind.of(ctx.pathParam("kind"));
        String id = Ids.check(ctx.pathParam("id"));
        JsonNode body = body(ctx);
        int n = body.path("version").asInt(0);
        String base = body.path("base").asText("");
        if (base.isBlank()) {
            throw StudioException.bad("bad-message", "Publishing needs 'base': the live file's hash as you saw it"
                    + " (published.hash), or \"none\" when nothing is live yet");
        }
        String text = versions.content(PromptFiles.name(kind, id), n).orElseThrow(() -> noVersion(kind, id, n));
        List<PromptProblem> problems = problems(kind, id, text);
        if (!problems.isEmpty()) {
            throw new StudioException(409, "invalid-prompt", "Not published: version " + n + " of "
                    + PromptFiles.name(kind, id) + " has " + problems.size() + " problem(s); the first is "
                    + problems.getFirst(), problems);
        }
        if (kind == PromptFiles.Kind.SCENARIOS && !body.path("force").asBoolean(false)) {
            TestDrive.Drive drive = TestDrive.drive(validScenario(id, text), engines.findings());
            if (!drive.ok()) {
                throw new StudioException(409, "drive-failed", "Not published: the test-drive says \""
                        + drive.verdict() + "\". Fix it, or publish anyway with force: true");
            }
        }
        PromptVersions.Saved saved = versions.publish(kind, id, text, base, author(body) + note.formatted(n));
        return answer(id, saved);
    }

    /**
     * "This grade is wrong": {@code {reply, marks: [{criterion, shown}], author?}} adds the reply to each marked
     * criterion's examples, as one new version. It goes live at once (the evaluator reloads the rubric and grades by
     * it), unless the rubric has a draft waiting: then it joins the draft, and is live when the draft is published.
     */
    private void addExamples(Context ctx) {
        String id = Ids.check(ctx.pathParam("id"));
        JsonNode body = body(ctx);
        RubricExamples.Request request = RubricExamples.Request.of(body);
        PromptFiles.Kind kind = PromptFiles.Kind.RUBRICS;
        PromptVersions.State state = versions.state(kind, id);
        String text = head(kind, id, state);
        String edited = RubricExamples.add(text, PromptFiles.name(kind, id), request);
        String author = author(body) + " (example: this grade is wrong)";
        Map<String, Object> out;
        if (edited.equals(text)) {
            out = answer(id, new PromptVersions.Saved(PromptFiles.hash(text), 0, false));
        } else if (state.hasDraft()) {
            out = saved(kind, id, edited, PromptFiles.hash(text), author);
        } else {
            List<PromptProblem> problems = problems(kind, id, edited);
            if (!problems.isEmpty()) {
                throw new StudioException(409, "invalid-prompt", "Not saved: with this example "
                        + PromptFiles.name(kind, id) + " has a problem: " + problems.getFirst(), problems);
            }
            out = answer(id, versions.publish(kind, id, edited, PromptFiles.hash(state.live()), author));
        }
        out.put("live", !state.hasDraft());
        ctx.json(out);
    }

    private static StudioException noVersion(PromptFiles.Kind kind, String id, int n) {
        return new StudioException(404, "not-found", PromptFiles.name(kind, id) + " has no saved version " + n);
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw StudioException.bad("bad-message", "'" + Ids.quote(text) + "' is not a version number");
        }
    }

    /** A new scenario: {@code {id, from}}, from a template ("template:customer") or an existing scenario's id. */
    private void newDraft(Context ctx) {
        JsonNode body = body(ctx);
        String id = Ids.newScenario(body.path("id").asText(""));
        String from = body.path("from").asText("template:customer");
        if (prompts.read(PromptFiles.Kind.SCENARIOS, id).isPresent()) {
            throw new StudioException(409, "id-taken", "A scenario '" + id + "' already exists: choose another id");
        }
        String source = from.startsWith("template:") ? template(templateMode(from))
                : head(PromptFiles.Kind.SCENARIOS, Ids.check(from));
        String text = withId(source, id);
        ctx.json(draftAnswer(id, text, List.of()));
    }

    /** The mode a "template:…" names; only the two templates are known, so nothing else reaches a resource path. */
    private static Mode templateMode(String from) {
        String name = from.substring("template:".length());
        if (!name.equals("customer") && !name.equals("interview")) {
            throw StudioException.bad("bad-message", "'from' is '" + Ids.quote(from) + "': use template:customer,"
                    + " template:interview, or the id of an existing scenario");
        }
        return Mode.of(name);
    }

    private Map<String, Object> draftAnswer(String id, String text, List<String> notes) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", "scenarios");
        out.put("id", id);
        out.put("text", text);
        out.put("hash", PromptFiles.hash(null));
        out.put("problems", problems(PromptFiles.Kind.SCENARIOS, id, text));
        out.put("notes", notes);
        return out;
    }

    /** The studio's starting file for a mode (a complete scenario that passes lint, with comments for coaches). */
    private static String template(Mode mode) {
        try (InputStream in = StudioRoutes.class.getResourceAsStream(mode.wire() + ".md")) {
            return new String(Objects.requireNonNull(in, "template " + mode.wire()).readAllBytes(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with its header's {@code id:} line set to {@code id}, comments on the line kept. */
    static String withId(String text, String id) {
        Matcher m = ID_LINE.matcher(text);
        if (m.find()) {
            return text.substring(0, m.start()) + "id: " + id + (m.group(1) == null ? "" : m.group(1))
                    + text.substring(m.end());
        }
        return text.replaceFirst("(?m)^---[ \\t]*$", "---\nid: " + id);
    }

    private Scenario validScenario(String id, String text) {
        PromptDrafts.ScenarioDraft draft = drafts.scenario(id, text);
        if (draft.scenario() == null) {
            List<PromptProblem> problems = YamlLines.exact(text, draft.problems());
            throw new StudioException(422, "invalid-prompt", "Fix the draft first: it has " + problems.size()
                    + " problem(s); the first is " + problems.getFirst(), problems);
        }
        return draft.scenario();
    }

    private void drive(Context ctx) {
        String id = Ids.check(ctx.pathParam("id"));
        Scenario scenario = validScenario(id, text(body(ctx)));
        TestDrive.Drive drive = TestDrive.drive(scenario, engines.findings());
        List<Map<String, Object>> reps = new ArrayList<>();
        for (TestDrive.Rep rep : drive.reps()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("rep", rep.rep());
            r.put("expected", rep.expected());
            r.put("ok", rep.ok());
            r.put("outcome", rep.outcome() == null ? "still talking" : rep.outcome().wire());
            r.put("mood", rep.mood());
            r.put("turns", rep.turns().stream().map(StudioRoutes::turn).toList());
            reps.add(r);
        }
        ctx.json(Map.of("ok", drive.ok(), "verdict", drive.verdict(), "reps", reps, "gaps", drive.gaps()));
    }

    private static Map<String, Object> turn(Turn t) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("speaker", t.byLearner() ? "learner" : "partner");
        out.put("text", t.text());
        if (t.mood() != null) {
            out.put("mood", t.mood());
        }
        if (t.grade() != null) {
            out.put("score", t.grade().score());
        }
        return out;
    }

    /**
     * The form view: {@code {text}} gives the header as JSON to fill the form; {@code {text, key, value}} also sets
     * one top-level block and answers the new text and its problems. Nothing is saved.
     */
    private void form(Context ctx) {
        PromptFiles.Kind kind = PromptFiles.Kind.of(ctx.pathParam("kind"));
        String id = Ids.check(ctx.pathParam("id"));
        JsonNode body = body(ctx);
        String text = text(body);
        String key = body.path("key").asText("");
        if (kind == PromptFiles.Kind.RUBRICS && key.startsWith("criteria/")) {
            text = HeaderBlocks.replaceItem(text, "criteria", key.substring("criteria/".length()), body.get("value"));
        } else if (kind == PromptFiles.Kind.SCENARIOS && !key.isEmpty()) {
            text = HeaderBlocks.replace(text, key, body.get("value"));
        } else if (!key.isEmpty()) {
            throw StudioException.bad("bad-message", "A rubric's form edits one criterion at a time: 'criteria/<id>'");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("text", text);
        out.put("problems", problems(kind, id, text));
        try {
            out.put("header", CardImport.YAML.readTree(PromptDrafts.split(text).header()));
        } catch (IOException | IllegalArgumentException e) {
            out.put("header", null);
        }
        ctx.json(out);
    }

    private void tryDraft(Context ctx) {
        String id = Ids.check(ctx.pathParam("id"));
        String draft = library.register(validScenario(id, text(body(ctx))));
        ctx.json(Map.of("draft", draft, "url", "/?try=" + draft));
    }

    private void measure(Context ctx) {
        String id = Ids.check(ctx.pathParam("id"));
        String text = text(body(ctx));
        PromptDrafts.RubricDraft draft = drafts.rubric(id, text);
        if (draft.rubric() == null) {
            List<PromptProblem> problems = YamlLines.exact(text, draft.problems());
            throw new StudioException(422, "invalid-prompt", "Fix the rubric first: the first problem is "
                    + problems.getFirst(), problems);
        }
        if (!(engines.findings() instanceof RubricEvaluator evaluator)) {
            throw new StudioException(503, "no-evaluator", "Measuring needs the offline evaluator, which this"
                    + " server does not run");
        }
        Rubric saved;
        try {
            saved = files.rubric(id);
        } catch (UnknownRubricException e) {
            saved = null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("labelled", figures.folder().toString());
        out.put("before", saved == null ? null : figures.savedFigures(evaluator, files, saved));
        out.put("after", figures.measure(evaluator, files, draft.rubric()));
        ctx.json(out);
    }

    private void importCard(Context ctx) {
        String modeText = ctx.queryParam("mode");
        Mode mode = null;
        if (modeText != null && !modeText.isBlank()) {
            try {
                mode = Mode.of(modeText);
            } catch (IllegalArgumentException e) {
                throw StudioException.bad("bad-message", "mode '" + Ids.quote(modeText)
                        + "' is not customer or interview");
            }
        }
        byte[] upload = cardBody(ctx);
        CardFile card = CardFile.read(upload);
        Map<Mode, String> templates = new EnumMap<>(Mode.class);
        templates.put(Mode.CUSTOMER, template(Mode.CUSTOMER));
        templates.put(Mode.INTERVIEW, template(Mode.INTERVIEW));
        Set<String> taken = new HashSet<>(prompts.ids(PromptFiles.Kind.SCENARIOS));
        CardImport.Draft draft = cardImport.draft(card, mode, templates, taken);
        Map<String, Object> out = draftAnswer(draft.id(), draft.text(), draft.notes());
        out.put("mode", draft.mode().wire());
        out.put("spec", card.spec());
        if (PngChunks.isPng(upload)) {
            out.put("portrait", portraits.hold(Portraits.picture(upload)));
        }
        ctx.json(out);
    }

    /** The upload, read up to {@link #MAX_CARD_BYTES}: the declared length is checked first, then what arrives. */
    private static byte[] cardBody(Context ctx) {
        return upload(ctx, "card", "Export it with a smaller picture, or upload its JSON instead.");
    }

    private static byte[] upload(Context ctx, String what, String advice) {
        long declared = ctx.contentLength();
        if (declared > MAX_CARD_BYTES) {
            throw tooLarge(what, declared, advice);
        }
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] bytes = in.readNBytes((int) MAX_CARD_BYTES + 1);
            if (bytes.length > MAX_CARD_BYTES) {
                throw tooLarge(what, -1, advice);
            }
            return bytes;
        } catch (IOException e) {
            throw StudioException.bad("bad-" + what, "the upload broke off before it was complete");
        }
    }

    private static StudioException tooLarge(String what, long bytes, String advice) {
        return new StudioException(413, what + "-too-large", "The " + what + " upload is "
                + (bytes < 0 ? "over 8 MiB" : String.format("%.1f MB", bytes / 1_000_000.0))
                + "; a " + what + " may be at most 8 MiB (8,388,608 bytes). " + advice);
    }

    private void portrait(Context ctx) {
        String id = Ids.check(ctx.pathParam("id"));
        byte[] png = portraits.of(id).orElseThrow(() -> new StudioException(404, "not-found",
                PromptFiles.portraitName(id) + " does not exist: the card export uses a plain picture"));
        ctx.contentType("image/png").result(png);
    }

    private void waitingPortrait(Context ctx) {
        ctx.contentType("image/png").result(portraits.held(ctx.pathParam("key")));
    }

    /** A coach's own picture for a saved scenario's card (the learner never sees it). */
    private void replacePortrait(Context ctx) {
        String id = Ids.check(ctx.pathParam("id"));
        head(PromptFiles.Kind.SCENARIOS, id);
        portraits.replace(id, upload(ctx, "portrait", "Use a smaller picture."));
        ctx.json(Map.of("id", id, "portrait", PromptFiles.portraitName(id)));
    }

    private void cardJson(Context ctx) {
        String id = Ids.check(ctx.pathParam("id"));
        boolean v2 = "v2".equalsIgnoreCase(ctx.queryParam("spec"));
        ObjectNode card = cardExport.card(exportable(id), !v2);
        ctx.header("Content-Disposition", "attachment; filename=\"" + id + (v2 ? ".v2" : ".v3") + ".json\"");
        ctx.json(card);
    }

    private void cardPng(Context ctx) {
        String id = Ids.check(ctx.pathParam("id"));
        byte[] png = cardExport.png(exportable(id), id, portraits.of(id).orElse(null));
        ctx.header("Content-Disposition", "attachment; filename=\"" + id + ".png\"");
        ctx.contentType("image/png").result(png);
    }

    private String exportable(String id) {
        String text = head(PromptFiles.Kind.SCENARIOS, id);
        List<PromptProblem> problems = problems(PromptFiles.Kind.SCENARIOS, id, text);
        if (!problems.isEmpty()) {
            throw new StudioException(422, "invalid-prompt", "Fix " + PromptFiles.name(PromptFiles.Kind.SCENARIOS, id)
                    + " before exporting it; the first problem is " + problems.getFirst(), problems);
        }
        return text;
    }

    private static ObjectNode body(Context ctx) {
        return CardJson.object(ctx.body(), "The body", "bad-json");
    }

    private static String text(JsonNode body) {
        JsonNode text = body.get("text");
        if (text == null || !text.isTextual()) {
            throw StudioException.bad("bad-message", "The body needs 'text': the whole file, header and body");
        }
        return text.asText();
    }
}
