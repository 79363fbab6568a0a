package dev.hotseat.studio;

import java.util.ArrayList;
import java.util.List;

/**
 * What a save changed, line by line: "- old" and "+ new" lines with "@@ line n" headers and one line of
 * context, from a longest-common-subsequence table. Prompt files are a few hundred lines at most (the loader
 * refuses more than 256 KB), so the quadratic table is small; past {@link #MAX_CELLS} it says so instead.
 */
final class LineDiff {
    static final long MAX_CELLS = 4_000_000;

    private LineDiff() {
    }

    static String between(String before, String after) {
        List<String> a = before == null ? List.of() : before.lines().toList();
        List<String> b = after.lines().toList();
        if ((long) a.size() * b.size() > MAX_CELLS) {
            return "@@ the file changed (" + a.size() + " lines before, " + b.size() + " after; too long to compare line by line)";
        }
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        String lastSame = null;
        boolean inHunk = false;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                if (inHunk) {
                    out.add("  " + a.get(i));
                }
                inHunk = false;
                lastSame = a.get(i);
                i++;
                j++;
                continue;
            }
            if (!inHunk) {
                out.add("@@ line " + (j + 1));
                if (lastSame != null) {
                    out.add("  " + lastSame);
                }
                inHunk = true;
            }
            if (j < b.size() && (i == a.size() || common[i][j + 1] >= common[i + 1][j])) {
                out.add("+ " + b.get(j++));
            } else {
                out.add("- " + a.get(i++));
            }
        }
        return String.join("\n", out);
    }
}
