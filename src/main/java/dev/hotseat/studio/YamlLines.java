package dev.hotseat.studio;

import dev.hotseat.persona.FrontMatter;
import dev.hotseat.persona.PromptProblem;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Where a YAML header really goes wrong. A YAML error names where the parser noticed, which is often not where the
 * coach slipped: a key indented one space too far is noticed on the next key, and a quote left open runs on, line
 * after line, to the next quote far below. In the studio, where a coach fixes the line they are shown, the header
 * is read again and the line to fix is named.
 */
final class YamlLines {
    /** A value that opens a double quote: after "key:" or "- ", spaces, then '"'. */
    private static final Pattern QUOTED = Pattern.compile("^\\s*(?:-\\s+|[^\\s#\"'][^:#]*:\\s+)\"(.*)$");

    private YamlLines() {
    }

    /** The loader's YAML problems, each moved to the line to fix; every other problem as it was. */
    static List<PromptProblem> exact(String text, List<PromptProblem> problems) {
        return problems.stream().map(p -> p.message().startsWith("the YAML is not valid") ? locate(p, text) : p).toList();
    }

    private static PromptProblem locate(PromptProblem found, String text) {
        FrontMatter front;
        try {
            front = FrontMatter.split(text);
        } catch (RuntimeException noHeader) {
            return found;
        }
        return firstError(front.header()).map(e -> at(found, front, e)).orElse(found);
    }

    private static Optional<MarkedYAMLException> firstError(String header) {
        try {
            for (Object ignored : new Yaml(new LoaderOptions()).loadAll(header)) {
                // reading every document is the check
            }
            return Optional.empty();
        } catch (MarkedYAMLException e) {
            return Optional.of(e);
        }
    }

    private static PromptProblem at(PromptProblem found, FrontMatter front, MarkedYAMLException e) {
        int noticed = line(e.getProblemMark());
        String[] lines = front.header().split("\n", -1);
        for (int i = 0; i < Math.min(noticed, lines.length); i++) {
            if (opensQuote(lines[i])) {
                return new PromptProblem(found.file(), i + 1 + front.lineOffset(), "this line opens a double quote"
                        + " and never closes it: end the text with \" (the YAML reader ran on to line "
                        + (noticed + 1 + front.lineOffset()) + " looking for it)");
            }
        }
        // "while scanning a simple key … could not find expected ':'": the key without its colon is where it began.
        boolean missingColon = String.valueOf(e.getProblem()).contains("could not find expected ':'");
        int line = missingColon && e.getContextMark() != null ? line(e.getContextMark()) : noticed;
        return new PromptProblem(found.file(), line + 1 + front.lineOffset(), found.message());
    }

    /** Whether a line opens a double-quoted value and leaves it open (an escaped \" does not close it). */
    static boolean opensQuote(String line) {
        Matcher m = QUOTED.matcher(line);
        if (!m.matches()) {
            return false;
        }
        String rest = m.group(1);
        for (int i = 0; i < rest.length(); i++) {
            if (rest.charAt(i) == '\\') {
                i++;
            } else if (rest.charAt(i) == '"') {
                return false;
            }
        }
        return true;
    }

    private static int line(Mark mark) {
        return mark == null ? 0 : mark.getLine();
    }
}
