package dev.hotseat.persona;

import java.util.List;
import java.util.Optional;

/**
 * The one header parser for prompt files: a file split into its YAML header (between two {@code ---} lines)
 * and its Markdown body.
 *
 * @param header     the YAML text between the markers
 * @param lineOffset add this to a line number inside the header to get the line in the file
 * @param body       the Markdown after the closing marker, trimmed
 * @param bodyLine   the file line where the body's text starts (blank lines after the marker skipped)
 */
public record FrontMatter(String header, int lineOffset, String body, int bodyLine) {

    /** The header and body when the text opens with a {@code ---} line; empty when it has no header at all. */
    public static Optional<FrontMatter> find(String text) {
        boolean opens = text.replace("\uFEFF", "").stripLeading().startsWith("---");
        return opens ? Optional.of(split(text)) : Optional.empty();
    }

    /** The file line of a place in {@link #body()}, given as an offset into it. */
    public int lineOf(int offsetInBody) {
        return bodyLine + (int) body.substring(0, offsetInBody).chars().filter(c -> c == '\n').count();
    }

    /** Splits a file's text; throws {@link PromptFileException} when the header markers are missing. */
    public static FrontMatter split(String text) {
        List<String> lines = text.replace("\uFEFF", "").lines().toList();
        int open = firstNonBlank(lines);
        if (open < 0 || !isMarker(lines.get(open))) {
            throw new PromptFileException(Math.max(open, 0) + 1,
                    "the file must start with a line '---', then the YAML header, then another '---'");
        }
        for (int i = open + 1; i < lines.size(); i++) {
            if (isMarker(lines.get(i))) {
                String header = String.join("\n", lines.subList(open + 1, i));
                String body = String.join("\n", lines.subList(i + 1, lines.size())).strip();
                int first = i + 1;
                while (first < lines.size() && lines.get(first).isBlank()) {
                    first++;
                }
                return new FrontMatter(header, open + 1, body, first + 1);
            }
        }
        throw new PromptFileException(open + 1,
                "the YAML header opened here is never closed: add a line '---' after the header");
    }

    private static int firstNonBlank(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isMarker(String line) {
        return line.strip().equals("---");
    }
}
