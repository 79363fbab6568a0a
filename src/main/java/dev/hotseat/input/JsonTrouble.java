package dev.hotseat.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.regex.Pattern;

/**
 * What is wrong with a JSON text, in plain words with its position. The parser's own messages name its classes
 * and settings ("bound as `com.fasterxml...JsonNode`", "StreamReadConstraints.getMaxNestingDepth()"): a client
 * needs to know where its text went wrong, not which library read it.
 */
public final class JsonTrouble {
    /** Back-quoted names, "[Source: ...]" and anything in parentheses that names a class or a setting. */
    /** A fully qualified Java class name, e.g. com.fasterxml.jackson.core.JsonParseException. */
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:[a-z_][a-z0-9_]*\\.){2,}[A-Z][A-Za-z0-9_$]*\\b");
    private static final Pattern INTERNALS = Pattern.compile("`[^`]*`|\\[Source:[^\\]]*]|\\s*\\([^)]*[A-Z][a-z]+[A-Z][^)]*\\)");

    private JsonTrouble() {
    }

    public static String describe(JsonProcessingException e) {
        return what(e) + where(e.getLocation());
    }

    private static String what(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            return "it is nested too deeply or holds a value too long to read";
        }
        if (e instanceof JsonEOFException) {
            return "it ends too early: a string, object or array is not closed";
        }
        if (e instanceof MismatchedInputException && String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
            return "there is more text after the JSON value";
        }
        if (e instanceof MismatchedInputException) {
            return "it is empty";
        }
        String original = String.valueOf(e.getOriginalMessage());
        // The parser quotes the client's own character in its own notation; say what is wrong in ours.
        if (original.startsWith("Unexpected character")) {
            return "it has a character where none may stand";
        }
        if (original.startsWith("Unrecognized token")) {
            return "it has a word that is not JSON (only true, false and null are)";
        }
        String plain = INTERNALS.matcher(original).replaceAll("").replaceAll("\\s+", " ").strip();
        // Whatever is left must read as words, not as a class path; otherwise say only that it is not JSON.
        if (plain.isEmpty() || plain.length() > 200 || CLASS_NAME.matcher(plain).find()) {
            return "it is not valid JSON";
        }
        return plain.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + plain.substring(1);
    }

    private static String where(JsonLocation at) {
        if (at == null || at.getLineNr() < 1) {
            return "";
        }
        return ", at line " + at.getLineNr() + ", column " + at.getColumnNr();
    }
}
