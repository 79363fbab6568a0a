package dev.hotseat.persona;

import java.util.List;

/**
 * A prompt file split into its YAML header (between two {@code ---} lines) and its Markdown body.
 *
 * @param header     the YAML text between the markers
 * @param lineOffset add this to a line number inside the header to get the line in the file
 * @param body       the Markdown after the closing marker, trimmed
 * @param bodyLine   the file line just after the closing marker
 */
record FrontMatter(String header, int lineOffset, String body, int bodyLine) {

    /** Splits a file's text; throws {@link PromptFileException} when the header markers are missing. */
    static FrontMatter split(String text) {
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
                return new FrontMatter(header, open + 1, body, i + 2);
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
