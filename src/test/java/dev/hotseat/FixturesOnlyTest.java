package dev.hotseat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Tests own their fixtures (issue 21, item 6): the shipped {@code prompts/} belongs to the coaches, so a coach's edit
 * there may fail one test only, {@code lint/LintCommandTest}, which checks the shipped library plays as intended.
 * Every other test reads frozen copies under {@code src/test/resources} ({@code fixture-prompts/},
 * {@code fixture-library/}). This scans the test sources, comments left out, for a place that names the shipped
 * folder: a {@code "prompts"} or {@code "prompts/..."} path beside the checkout's root ({@code hotseat.root},
 * {@code projectRoot()}, {@code root()}, or a variable set from them), or a bare relative {@code Path.of("prompts")}
 * (tests run in the checkout) other than in a comparison with a setting's default. The benches may read it.
 */
class FixturesOnlyTest {
    /** The one test that reads the shipped library, and this scanner. */
    private static final Set<String> ALLOWED = Set.of("dev/hotseat/lint/LintCommandTest.java",
            "dev/hotseat/FixturesOnlyTest.java");
    private static final Pattern PROMPTS = Pattern.compile("\"prompts(/[^\"]*)?\"");
    private static final Pattern ROOT = Pattern.compile("hotseat\\.root|projectRoot\\(\\)|\\broot\\(\\)|user\\.dir"
            + "|Path\\.of\\(\"\\.?\"\\)|Paths\\.get\\(\"\\.?\"\\)");
    private static final Pattern ROOT_VARIABLE = Pattern.compile("\\b([A-Za-z_$][\\w$]*)\\s*=\\s*[^=]");
    private static final Pattern RELATIVE = Pattern.compile("(Path\\.of|Paths\\.get|new File)\\(\\s*\"prompts(/[^\"]*)?\"");
    private static final Pattern DEFAULT_COMPARED = Pattern.compile(
            "^assert\\w*\\(\\s*(Path\\.of|Paths\\.get)\\(\"prompts\"\\)\\s*,[^\"]*$");

    @Test
    void noTestButTheShippedLibrarysLintTest_namesTheShippedPromptsFolder() throws IOException {
        Path sources = Path.of(System.getProperty("hotseat.root", ".")).resolve("src/test/java");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String name = sources.relativize(file).toString().replace('\\', '/');
                if (!ALLOWED.contains(name)) {
                    shippedPromptsIn(Files.readString(file)).forEach(place -> found.add(name + ": " + place));
                }
            }
        }

        assertEquals(List.of(), found, "read the frozen copies (SharedEvaluator.library(), FixturePrompts,"
                + " TestPrompts.copyOfLibrary) instead; only LintCommandTest reads the shipped prompts/");
    }

    @Test
    void theScan_findsTheShippedFolder_inTheShapesTestsHaveUsed_andNotInOtherPrompts() {
        for (String reads : List.of(
                "static final PromptLibrary LIBRARY = new FilePromptLibrary(projectRoot().resolve(\"prompts\"));",
                "return Path.of(System.getProperty(\"hotseat.root\", \".\")).resolve(\"prompts\");",
                "Path root = Path.of(System.getProperty(\"hotseat.root\", \".\")).toAbsolutePath();\n"
                        + "String x = \"y\";\nlaunch(\"--prompts\", root.resolve(\"prompts\").toString());",
                "Path home = SharedEvaluator.projectRoot();\nPath p = Path.of(home.toString(), \"prompts\");",
                "return Files.readString(root().resolve(\"prompts/templates/\" + name + \".md\"));",
                "FilePromptLibrary library = new FilePromptLibrary(Path.of(\"prompts\"));",
                "copy(Path.of(\".\").resolve(\"prompts\"), dir);")) {
            assertTrue(!shippedPromptsIn(reads).isEmpty(), reads);
        }
        for (String other : List.of(
                "Path prompts = dir.resolve(\"prompts\");",
                "assertEquals(2, body.path(\"prompts\").path(\"scenarios\").asInt());",
                "assertEquals(Path.of(\"prompts\"), settings.prompts());",
                "// the old way: projectRoot().resolve(\"prompts\")\nint x = 1;",
                "/* Path.of(System.getProperty(\"hotseat.root\")).resolve(\"prompts\") */ int y = 2;",
                "Path root = Path.of(System.getProperty(\"hotseat.root\", \".\"));\n"
                        + "launch(\"--prompts\", root.resolve(\"src/test/resources/fixture-prompts\").toString());",
                "assertTrue(e.getMessage().contains(\"prompts/templates/evaluator.md\"), e.getMessage());",
                "String url = \"http://localhost/api/prompts/problems\";")) {
            assertEquals(List.of(), shippedPromptsIn(other), other);
        }
    }

    /** The statements in {@code source} that name the shipped prompts folder. */
    static List<String> shippedPromptsIn(String source) {
        String code = withoutComments(source);
        List<String> statements = List.of(code.split("[;{}]"));
        Set<String> roots = new LinkedHashSet<>();
        for (String statement : statements) {
            Matcher assigned = ROOT_VARIABLE.matcher(statement);
            if (assigned.find() && ROOT.matcher(statement.substring(assigned.end() - 1)).find()) {
                roots.add(assigned.group(1));
            }
        }
        Pattern rootVariable = roots.isEmpty() ? null
                : Pattern.compile("\\b(" + String.join("|", roots.stream().map(Pattern::quote).toList()) + ")\\b");
        List<String> found = new ArrayList<>();
        for (String statement : statements) {
            String s = statement.strip().replaceAll("\\s+", " ");
            boolean besideRoot = PROMPTS.matcher(s).find() && (ROOT.matcher(s).find()
                    || rootVariable != null && rootVariable.matcher(s.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\""))
                            .find());
            boolean relative = RELATIVE.matcher(s).find() && !DEFAULT_COMPARED.matcher(s).find();
            if (besideRoot || relative) {
                found.add(s);
            }
        }
        return found;
    }

    /** The source with its comments blanked out; string literals, text blocks included, are kept. */
    static String withoutComments(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end + 3;
                out.append(source, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && source.charAt(j) != c && source.charAt(j) != '\n') {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                j = Math.min(j + 1, n);
                out.append(source, i, j);
                i = j;
            } else if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? n : end;
                out.append(' ');
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                out.append(' ');
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
