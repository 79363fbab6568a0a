package dev.hotseat.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * BERT's uncased WordPiece tokeniser, as the reader's tokenizer.json describes it: clean the text, split on
 * whitespace and punctuation, lower-case and strip accents, then greedy longest-match pieces. Mirrors
 * training/reader/tokenizer.py step for step (ReaderParityTest checks both agree), so the reader is served the
 * very tokens it was trained on.
 */
final class WordPiece {

    /** A token and the characters of the text it came from ({@code end} exclusive, UTF-16 offsets). */
    record Token(int id, int start, int end) {
    }

    private static final int MAX_WORD = 100;
    private final Map<String, Integer> vocab;
    final int cls;
    final int sep;
    private final int unk;

    private WordPiece(Map<String, Integer> vocab) {
        this.vocab = vocab;
        this.cls = vocab.get("[CLS]");
        this.sep = vocab.get("[SEP]");
        this.unk = vocab.get("[UNK]");
    }

    static WordPiece read(InputStream tokenizerJson) throws IOException {
        JsonNode spec = new ObjectMapper().readTree(tokenizerJson);
        Map<String, Integer> vocab = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = spec.path("model").path("vocab").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            vocab.put(e.getKey(), e.getValue().asInt());
        }
        if (!vocab.containsKey("[CLS]") || !vocab.containsKey("[SEP]") || !vocab.containsKey("[UNK]")) {
            throw new IOException("tokenizer.json has no WordPiece vocabulary with [CLS], [SEP] and [UNK]");
        }
        return new WordPiece(vocab);
    }

    List<Token> encode(String text) {
        List<Token> out = new ArrayList<>();
        for (Word word : words(text)) {
            for (int id : pieces(word.text())) {
                out.add(new Token(id, word.start(), word.end()));
            }
        }
        return out;
    }

    /** A word after BERT's basic tokenisation: its cleaned text and where it stands in the original. */
    private record Word(String text, int start, int end) {
    }

    private static List<Word> words(String text) {
        List<Word> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            int type = Character.getType(cp);
            if (cp == 0 || cp == 0xFFFD || (type == Character.CONTROL || type == Character.FORMAT)
                    && cp != '\t' && cp != '\n' && cp != '\r') {
                i = next; // removed, as BERT's cleaning does: what stood either side joins up
                continue;
            }
            if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || type == Character.SPACE_SEPARATOR) {
                start = flush(out, current, start, i);
            } else if (punctuation(cp, type) || cjk(cp)) {
                start = flush(out, current, start, i);
                out.add(new Word(text.substring(i, next), i, next));
            } else {
                if (start < 0) {
                    start = i;
                }
                current.appendCodePoint(cp);
            }
            i = next;
        }
        flush(out, current, start, text.length());
        return out;
    }

    private static int flush(List<Word> out, StringBuilder current, int start, int end) {
        if (start >= 0) {
            out.add(new Word(current.toString(), start, end));
            current.setLength(0);
        }
        return -1;
    }

    private static boolean punctuation(int cp, int type) {
        if (cp >= 33 && cp <= 47 || cp >= 58 && cp <= 64 || cp >= 91 && cp <= 96 || cp >= 123 && cp <= 126) {
            return true;
        }
        return type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION;
    }

    private static boolean cjk(int cp) {
        return cp >= 0x4E00 && cp <= 0x9FFF || cp >= 0x3400 && cp <= 0x4DBF || cp >= 0x20000 && cp <= 0x2A6DF
                || cp >= 0x2A700 && cp <= 0x2B73F || cp >= 0x2B740 && cp <= 0x2B81F || cp >= 0x2B820 && cp <= 0x2CEAF
                || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0x2F800 && cp <= 0x2FA1F;
    }

    private List<Integer> pieces(String word) {
        String decomposed = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder kept = new StringBuilder();
        decomposed.codePoints().filter(cp -> Character.getType(cp) != Character.NON_SPACING_MARK)
                .forEach(kept::appendCodePoint);
        int[] cps = kept.codePoints().toArray();
        if (cps.length == 0) {
            return List.of();
        }
        if (cps.length > MAX_WORD) {
            return List.of(unk);
        }
        List<Integer> ids = new ArrayList<>();
        int start = 0;
        while (start < cps.length) {
            Integer found = null;
            int end = cps.length;
            while (start < end) {
                String sub = new String(cps, start, end - start);
                found = vocab.get(start == 0 ? sub : "##" + sub);
                if (found != null) {
                    break;
                }
                end--;
            }
            if (found == null) {
                return List.of(unk);
            }
            ids.add(found);
            start = end;
        }
        return ids;
    }
}
