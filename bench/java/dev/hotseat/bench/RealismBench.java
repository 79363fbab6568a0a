package dev.hotseat.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotseat.core.Grade;
import dev.hotseat.core.Outcome;
import dev.hotseat.core.Turn;
import dev.hotseat.evaluation.Evaluator;
import dev.hotseat.evaluation.Exchange;
import dev.hotseat.evaluation.RubricEvaluator;
import dev.hotseat.partner.HiddenContent;
import dev.hotseat.partner.PartnerEngine;
import dev.hotseat.partner.PartnerLine;
import dev.hotseat.partner.PartnerRequest;
import dev.hotseat.partner.ScenarioDirector;
import dev.hotseat.partner.ScriptedPartner;
import dev.hotseat.persona.FilePromptLibrary;
import dev.hotseat.persona.Mode;
import dev.hotseat.persona.PromptLibrary;
import dev.hotseat.persona.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Does the offline partner behave like a person? Plays the learner scripts in {@code bench/realism/<style>.jsonl}
 * (written by someone other than the grading corpus's writers: one JSON object a line, {@code {style, mode, scenario,
 * variant, replies, close, expect}}) against the shipped scenarios with the real reader, evaluator and scripted
 * partner, as a chat would minus the socket, up to 16 replies each. The learner says {@code replies} in order,
 * repeats the last when they run out, and says {@code close} once, as soon as the customer has accepted a fix.
 * Prints the style × outcome table and issue 19's rates.
 *
 * <pre>
 * RealismBench                                   the table and the rates
 * RealismBench show STYLE SCENARIO [VARIANT]     one transcript
 * RealismBench misses [STYLE]                   the transcript of every chat that went otherwise than expected
 * </pre>
 */
public final class RealismBench {
    static final int MAX_REPLIES = 16;
    private static final long SEED_A = 7L;
    private static final long SEED_B = 1_234_567L;
    private static final List<String> COMPETENT = List.of("plain", "curt", "textspeak", "detective",
            "over-apologiser", "rambler");
    private static final List<String> NEVER_RESOLVE = List.of("wrong-fix", "over-promise", "hollow", "parrot",
            "buzzwords", "fix-then-insult");

    /** One learner script: the writer's lines for one scenario, and the outcome a real person would give. */
    record Script(String style, Mode mode, String scenario, int variant, List<String> replies, String close,
                  String expect) {
        String name() {
            return style + "/" + scenario + "/" + variant;
        }
    }

    /** How one scripted chat went. */
    record Run(Script script, Outcome outcome, String lastMove, int replies, List<String> partnerLines,
               List<String> transcript, boolean closeSaid, boolean resolvedAfterClose, int leaks, int unaskedReveals) {
        /** The cell word: resolved, left, manager, strong/mixed/weak, early, OPEN. */
        String result() {
            if (outcome == null) {
                return "OPEN";
            }
            return switch (outcome) {
                case RESOLVED -> "resolved";
                case WALKED_OUT -> script.mode() == Mode.INTERVIEW ? "early" : "left";
                case MANAGER -> lastMove.startsWith("complaint") ? "complaint" : "manager";
                case ENDED -> "ended";
                case COMPLETED -> lastMove.startsWith("close:") ? lastMove.substring("close:".length()) : "completed";
            };
        }

        boolean meetsExpectation() {
            return switch (script.expect()) {
                case "resolved" -> outcome == Outcome.RESOLVED;
                case "not-resolved" -> outcome != Outcome.RESOLVED && outcome != null;
                default -> outcome == Outcome.COMPLETED && result().equals(script.expect());
            };
        }
    }

    public static void main(String[] args) throws IOException {
        String[] a = String.join(" ", args).replace("--", "").trim().split("\\s+");
        Path root = Path.of(System.getProperty("hotseat.root", "."));
        PromptLibrary library = new FilePromptLibrary(root.resolve("prompts"));
        Evaluator evaluator = RubricEvaluator.create(library);
        PartnerEngine partner = new ScriptedPartner(new ScenarioDirector());
        List<Script> scripts = scripts(root.resolve("bench/realism"));
        if (a.length >= 3 && a[0].equals("show")) {
            int variant = a.length > 3 ? Integer.parseInt(a[3]) : 1;
            Script script = scripts.stream().filter(s -> s.style().equals(a[1]) && s.scenario().equals(a[2])
                    && s.variant() == variant).findFirst().orElseThrow(() -> new IllegalArgumentException(
                    "No script " + a[1] + "/" + a[2] + "/" + variant + " in bench/realism"));
            play(evaluator, partner, library.scenario(script.scenario()), script, SEED_A).transcript()
                    .forEach(System.out::println);
            return;
        }
        if (a[0].equals("misses")) {
            scripts.stream().filter(s -> a.length < 2 || s.style().equals(a[1]))
                    .map(s -> play(evaluator, partner, library.scenario(s.scenario()), s, SEED_A))
                    .filter(r -> !r.meetsExpectation())
                    .forEach(r -> r.transcript().forEach(System.out::println));
            return;
        }
        System.out.println("reader: " + readerInfo(root));
        new RealismBench().report(library, evaluator, partner, scripts);
    }

    private void report(PromptLibrary library, Evaluator evaluator, PartnerEngine partner, List<Script> scripts) {
        List<Run> runs = new ArrayList<>();
        int pairs = 0;
        int differing = 0;
        for (Script script : scripts) {
            Scenario s = library.scenario(script.scenario());
            Run run = play(evaluator, partner, s, script, SEED_A);
            Run other = play(evaluator, partner, s, script, SEED_B);
            runs.add(run);
            pairs++;
            differing += run.partnerLines().equals(other.partnerLines()) ? 0 : 1;
        }
        table(runs, Mode.CUSTOMER);
        table(runs, Mode.INTERVIEW);
        System.out.println();
        rate("competent styles (" + String.join(", ", COMPETENT) + ") resolve", runs,
                r -> COMPETENT.contains(r.script().style()), r -> r.outcome() == Outcome.RESOLVED, ">= 90 %");
        rate("never-resolve styles (" + String.join(", ", NEVER_RESOLVE) + ") resolved", runs,
                r -> NEVER_RESOLVE.contains(r.script().style()), r -> r.outcome() == Outcome.RESOLVED, "0");
        rate("accepted fix, then the close line: ends resolved (competent styles)", runs,
                r -> COMPETENT.contains(r.script().style()) && r.closeSaid(), Run::resolvedAfterClose, ">= 95 %");
        System.out.printf("hidden facts said unasked: %d lines giving one away outside its reveal, %d reveals to a"
                        + " reply with no question mark (goal 0)%n", runs.stream().mapToInt(Run::leaks).sum(),
                runs.stream().mapToInt(Run::unaskedReveals).sum());
        rate("strong concrete candidates (strong-star) close strong", runs,
                r -> r.script().expect().equals("strong"), r -> r.result().equals("strong"), ">= 90 %");
        rate("weak candidates close strong", runs, r -> r.script().mode() == Mode.INTERVIEW
                && r.script().expect().equals("weak"), r -> r.result().equals("strong"), "0");
        rate("interviews that close normally end completed with a verdict", runs,
                r -> r.script().mode() == Mode.INTERVIEW && r.lastMove().startsWith("close:"),
                r -> r.outcome() == Outcome.COMPLETED, "100 %");
        rate("chats still open after " + MAX_REPLIES + " replies", runs, r -> true, r -> r.outcome() == null, "0 %");
        int lines = runs.stream().mapToInt(r -> r.partnerLines().size()).sum();
        int repeated = runs.stream().mapToInt(r -> repeatsIn(r.partnerLines())).sum();
        System.out.printf("partner lines repeating an earlier line of the same chat: %d/%d (%.1f %%, goal <= 5 %%)%n",
                repeated, lines, pct(repeated, lines));
        System.out.printf("session pairs (two seeds, same learner lines) that differ: %d/%d (%.0f %%, goal >= 90 %%)%n",
                differing, pairs, pct(differing, pairs));
        rate("outcome as the script's writer expected", runs, r -> true, Run::meetsExpectation, "");
        runs.stream().filter(r -> !r.meetsExpectation())
                .forEach(r -> System.out.println("  not as expected: " + r.script().name() + " → " + r.result()
                        + (r.closeSaid() ? " (after the close line)" : "")));
        runs.stream().filter(r -> r.leaks() > 0 || r.unaskedReveals() > 0)
                .forEach(r -> System.out.println("  hidden fact said unasked: " + r.script().name()));
        long[] micros = PARTNER_MICROS.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("scripted partner per line (no evaluator): p50 %.2f ms, p99 %.2f ms over %d lines%n",
                micros[micros.length / 2] / 1000.0, micros[(int) Math.ceil(0.99 * micros.length) - 1] / 1000.0,
                micros.length);
    }

    /** Microseconds each scripted partner line took (the director's share of a turn, without the evaluator). */
    private static final List<Long> PARTNER_MICROS = new java.util.concurrent.CopyOnWriteArrayList<>();

    static Run play(Evaluator evaluator, PartnerEngine partner, Scenario s, Script script, long seed) {
        List<Turn> history = new ArrayList<>();
        List<String> transcript = new ArrayList<>();
        transcript.add("# " + script.name() + " (" + s.difficulty().wire() + ", expect " + script.expect() + ")");
        PartnerLine line = partner.reply(new PartnerRequest(s, history, null, null, seed), d -> { });
        history.add(Turn.partner(0, line.text(), line.mood(), line.move()));
        transcript.add(persona(s, line));
        List<String> said = new ArrayList<>(List.of(line.text()));
        List<String> earlier = new ArrayList<>();
        List<Grade> grades = new ArrayList<>();
        Set<String> revealed = new HashSet<>();
        int next = 0;
        boolean closeSaid = false;
        boolean accepted = false;
        int leaks = 0;
        int unasked = 0;
        while (!line.ends() && earlier.size() < MAX_REPLIES) {
            String reply;
            if (accepted && !closeSaid && !script.close().isBlank()) {
                reply = script.close();
                closeSaid = true;
            } else {
                reply = script.replies().get(Math.min(next++, script.replies().size() - 1));
            }
            Grade grade = evaluator.grade(new Exchange(s.mode(), line.text(), reply, s, earlier, grades, line.move()));
            earlier.add(reply);
            grades.add(grade);
            history.add(Turn.learner(history.size(), reply).withGrade(grade));
            transcript.add("REP> " + reply);
            transcript.add("     (read: " + heard(grade) + ")");
            long t0 = System.nanoTime();
            line = partner.reply(new PartnerRequest(s, history, grade, line.mood(), seed), d -> { });
            PARTNER_MICROS.add((System.nanoTime() - t0) / 1_000);
            history.add(Turn.partner(history.size(), line.text(), line.mood(), line.move()));
            transcript.add(persona(s, line));
            said.add(line.text());
            accepted |= Stream.of(line.move().split("\\+")).anyMatch(p -> p.equals("accept"));
            String reveal = line.move().startsWith("reveal:") ? line.move().substring("reveal:".length()) : "";
            if (!reveal.isEmpty() && !reply.contains("?")) {
                unasked++;
            }
            // the rep's own words quoted back ("\"first thing tomorrow\"? You're sure?") are theirs, not a leak
            String own = line.text().replaceAll("\"[^\"]*\"", " ");
            if (HiddenContent.leakedBy(s, reveal.isEmpty() ? own : "", revealed).isPresent()
                    && !line.move().startsWith("already-told")) {
                leaks++;
            }
            if (!reveal.isEmpty()) {
                revealed.add(reveal);
            }
        }
        transcript.add("  → " + (line.outcome() == null ? "still open" : line.outcome().wire()) + " after "
                + earlier.size() + " replies");
        return new Run(script, line.outcome(), line.move(), earlier.size(), said, transcript, closeSaid,
                closeSaid && line.outcome() == Outcome.RESOLVED, leaks, unasked);
    }

    static List<Script> scripts(Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Script> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode o = json.readTree(line);
                    List<String> replies = new ArrayList<>();
                    o.path("replies").forEach(r -> replies.add(r.asText()));
                    out.add(new Script(o.path("style").asText(), Mode.of(o.path("mode").asText()),
                            o.path("scenario").asText(), o.path("variant").asInt(1), replies,
                            o.path("close").asText(""), o.path("expect").asText()));
                }
            }
        }
        return out;
    }

    private static String readerInfo(Path root) {
        try {
            JsonNode r = new ObjectMapper().readTree(root.resolve(
                    "src/main/resources/dev/hotseat/evaluation/reader/reader.json").toFile());
            return "trainedOn " + r.path("trainedOn").asText("?") + ", corpus " + r.path("corpus").asText("?");
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    /** What the reader made of a reply: the acts shown and the scenario matches at their cut. */
    private static String heard(Grade grade) {
        if (grade.reading() == null) {
            return "no reading";
        }
        Set<String> acts = new java.util.TreeSet<>();
        grade.reading().parts().forEach(p -> p.acts().forEach((act, c) -> {
            if (c >= dev.hotseat.core.Reading.SHOWN) {
                acts.add(act);
            }
        }));
        Set<String> matches = new java.util.TreeSet<>();
        grade.reading().matches().stream().filter(m -> m.score() >= dev.hotseat.core.Reading.SHOWN)
                .forEach(m -> matches.add(m.kind() + "/" + m.id() + String.format(Locale.ROOT, " %.2f", m.score())));
        String read = String.join(", ", acts) + (matches.isEmpty() ? "" : "; " + String.join(", ", matches));
        return grade.reading().english() ? (read.isEmpty() ? "nothing" : read) : "not English";
    }

    private static String persona(Scenario s, PartnerLine line) {
        return "  " + (s.persona() == null ? "PARTNER" : s.persona().name().toUpperCase(Locale.ROOT)) + " ["
                + line.mood().label() + " " + line.mood().level() + ", " + line.move() + "]: " + line.text();
    }

    private static int repeatsIn(List<String> lines) {
        Set<String> seen = new HashSet<>();
        int n = 0;
        for (String l : lines) {
            n += seen.add(l.strip().toLowerCase(Locale.ROOT)) ? 0 : 1;
        }
        return n;
    }

    /** The style × outcome table for one mode: how many chats of each style ended each way. */
    private static void table(List<Run> runs, Mode mode) {
        List<Run> these = runs.stream().filter(r -> r.script().mode() == mode).toList();
        if (these.isEmpty()) {
            return;
        }
        List<String> outcomes = mode == Mode.CUSTOMER
                ? List.of("resolved", "left", "manager", "complaint", "OPEN")
                : List.of("strong", "mixed", "weak", "early", "OPEN");
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        Map<String, String> expected = new LinkedHashMap<>();
        for (Run r : these) {
            counts.computeIfAbsent(r.script().style(), k -> new TreeMap<>()).merge(r.result(), 1, Integer::sum);
            expected.put(r.script().style(), r.script().expect());
        }
        System.out.println();
        System.out.println("| " + mode.wire() + " style | expected | " + String.join(" | ", outcomes) + " | as expected |");
        System.out.println("|---|---|" + "---|".repeat(outcomes.size() + 1));
        counts.forEach((style, row) -> {
            long ok = these.stream().filter(r -> r.script().style().equals(style)).filter(Run::meetsExpectation).count();
            long all = these.stream().filter(r -> r.script().style().equals(style)).count();
            System.out.println("| " + style + " | " + expected.get(style) + " | " + String.join(" | ",
                    outcomes.stream().map(o -> String.valueOf(row.getOrDefault(o, 0))).toList()) + " | " + ok + "/"
                    + all + " |");
        });
    }

    private static void rate(String what, List<Run> runs, java.util.function.Predicate<Run> among,
                             java.util.function.Predicate<Run> counted, String goal) {
        List<Run> these = runs.stream().filter(among).toList();
        long n = these.stream().filter(counted).count();
        System.out.printf("%s: %d/%d (%.0f %%%s)%n", what, n, these.size(), pct((int) n, these.size()),
                goal.isEmpty() ? "" : ", goal " + goal);
    }

    private static double pct(int n, int of) {
        return of == 0 ? 0 : 100.0 * n / of;
    }
}
