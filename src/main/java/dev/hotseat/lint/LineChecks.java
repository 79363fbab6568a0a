package dev.hotseat.lint;

import dev.hotseat.partner.Angers;
import dev.hotseat.partner.HiddenContent;
import dev.hotseat.persona.Mode;
import dev.hotseat.persona.Placeholders;
import dev.hotseat.persona.PromptProblem;
import dev.hotseat.persona.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a scenario's lines say once they are said: every line template is rendered with the scenario's facts and
 * real values for the partner's own placeholders; a line must not give away a hidden fact before it is asked
 * for, must quote the rep's words in quotation marks rather than drop them into a sentence, and must leave no gap;
 * every listed anger must have a reaction; an offer or question the reader matches by meaning must be written as
 * a rep would say it, not as a bare keyword. Each problem names file and line.
 */
final class LineChecks {
    /** Groups whose lines exist to tell a hidden fact, or to say again what was told. */
    private static final Set<String> TELLING = Set.of("reveal", "already-told", "unresolved");
    /** Placeholders that quote the rep's own words: they only read right inside quotation marks. */
    private static final List<String> QUOTING = List.of("{promised}", "{said}");
    private static final int PHRASING_WORDS = 3;

    private final Path promptsDir;

    LineChecks(Path promptsDir) {
        this.promptsDir = promptsDir;
    }

    List<PromptProblem> check(Scenario s) {
        List<String> file = lines(s);
        List<PromptProblem> out = new ArrayList<>();
        s.lines().forEach((group, texts) -> texts.forEach(text -> line(s, file, group, text, out)));
        if (s.mode() == Mode.CUSTOMER) {
            s.lines().keySet().stream().filter(k -> k.startsWith("anger:")).forEach(k -> {
                int n = Integer.parseInt(k.substring("anger:".length()));
                if (n > s.angers().size()) {
                    out.add(problem(s, file, k, "lines." + k + " reacts to anger " + n + ", but 'angers' lists "
                            + s.angers().size() + ": number the angers from 1, in the order they are listed"));
                }
            });
            for (int n = 1; n <= s.angers().size(); n++) {
                if (Angers.own(s, n).isEmpty()) {
                    out.add(problem(s, file, s.angers().get(n - 1), "anger " + n + " ('" + s.angers().get(n - 1)
                            + "') has no reaction: add lines under 'anger:" + n + "', or a keyed group such as"
                            + " 'deflect:<word>' whose word the anger names"));
                }
            }
            phrasings(s, file, "wants.acceptedIf", s.wants() == null ? List.of() : s.wants().acceptedIf(), out);
            phrasings(s, file, "beyondPolicy", s.beyondPolicy(), out);
            s.hiddenFacts().forEach(f -> phrasings(s, file, "hiddenFacts." + f.id() + ".askedBy", f.askedBy(), out));
        }
        return out;
    }

    private void line(Scenario s, List<String> file, String group, String text, List<PromptProblem> out) {
        String rendered = Placeholders.fill(text, values(s));
        if (rendered.contains("{") || rendered.contains("}")) {
            out.add(problem(s, file, text, "lines." + group + " renders with a gap: \"" + rendered + "\""));
        }
        for (String quoting : QUOTING) {
            int at = text.indexOf(quoting);
            if (at >= 0 && !quoted(text, at, quoting.length())) {
                out.add(problem(s, file, text, "lines." + group + " drops the rep's own words into a sentence (\""
                        + rendered + "\"): put " + quoting + " in quotation marks, e.g. \\\"" + quoting + "\\\""));
            }
        }
        if (!TELLING.contains(group)) {
            Optional<Scenario.HiddenFact> leak = HiddenContent.leakedBy(s, rendered, Set.of());
            leak.ifPresent(f -> out.add(problem(s, file, text, "lines." + group + " gives away hidden fact '" + f.id()
                    + "' before anyone asks (\"" + rendered + "\"): reword it, or keep it in the fact's text")));
        }
    }

    private void phrasings(Scenario s, List<String> file, String key, List<String> phrasings,
                           List<PromptProblem> out) {
        for (String p : phrasings == null ? List.<String>of() : phrasings) {
            if (p != null && p.strip().split("\\s+").length < PHRASING_WORDS) {
                out.add(problem(s, file, p, key + " '" + p + "' is a bare keyword: offers and questions are matched"
                        + " by meaning, so write it as a rep would say it (\"I'll courier a new one tonight.\")"));
            }
        }
    }

    /** Real values for every placeholder a line may use: the facts, the persona's name, the partner's own. */
    private static Map<String, String> values(Scenario s) {
        Map<String, String> v = new LinkedHashMap<>(s.facts());
        v.put("name", s.persona() == null ? "" : s.persona().name());
        String offer = s.wants() == null || s.wants().acceptedIf().isEmpty() ? "I'll sort it today"
                : s.wants().acceptedIf().getFirst();
        v.put("promised", s.beyondPolicy().isEmpty() ? offer : s.beyondPolicy().getFirst());
        v.put("said", "ok");
        v.put("told", s.hiddenFacts().isEmpty() ? "I told you." : s.hiddenFacts().getFirst().text());
        v.put("ref", s.facts().values().stream().findFirst().orElse("my reference"));
        return v;
    }

    private static boolean quoted(String text, int at, int length) {
        boolean before = at > 0 && "\"“'‘".indexOf(text.charAt(at - 1)) >= 0;
        int end = at + length;
        boolean after = end < text.length() && "\"”'’".indexOf(text.charAt(end)) >= 0;
        return before && after;
    }

    private PromptProblem problem(Scenario s, List<String> file, String text, String message) {
        return new PromptProblem(s.file(), lineOf(file, text), message);
    }

    /** The file line that holds the text as written (quotes escaped as YAML writes them), else 0. */
    private static int lineOf(List<String> file, String text) {
        List<String> forms = List.of(text, text.replace("\"", "\\\""), text.length() > 24 ? text.substring(0, 24) : text);
        for (String form : forms) {
            for (int i = 0; i < file.size(); i++) {
                if (file.get(i).contains(form)) {
                    return i + 1;
                }
            }
        }
        return 0;
    }

    private List<String> lines(Scenario s) {
        try {
            return s.file() == null ? List.of() : Files.readAllLines(promptsDir.resolve(s.file()));
        } catch (IOException e) {
            return List.of(); // the file went away between loading and linting: the problem still prints, lineless
        }
    }
}
