package dev.hotseat.evaluation;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The trained reader (training/train.py): a fine-tuned MiniLM encoder run in-process by ONNX Runtime, and one
 * linear layer that scores every act for every clause from [the clause's mean token state ; the [CLS] state].
 * One pass over "[CLS] end of the line answered [SEP] reply [SEP]" reads every clause at once.
 *
 * <p>Loaded from {@code /dev/hotseat/evaluation/reader/} on the class path; every file is checked against the
 * SHA-256 in reader.json, and a missing or damaged file stops the start with its name ({@link ReaderMissingException}).
 * Thread-safe: ONNX Runtime sessions accept concurrent runs; each run uses one thread that does not spin.
 */
public final class ReaderModel {

    static final String FOLDER = "/dev/hotseat/evaluation/reader/";
    static final int WIDTH = 384;

    /** What the model says of one clause: a raw score per output, and its mean state (unit length). */
    record ClauseRead(Clause clause, float[] logits, float[] vector) {
    }

    private final OrtEnvironment env = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final WordPiece tokens;
    private final List<String> outputs;
    private final Map<String, Double> cutLogits;
    private final float[][] weights;
    private final float[] bias;
    private final int contextTokens;
    private final int replyTokens;
    private final String version;

    private ReaderModel(OrtSession session, WordPiece tokens, JsonNode manifest, float[][] weights, float[] bias) {
        this.session = session;
        this.tokens = tokens;
        this.weights = weights;
        this.bias = bias;
        this.outputs = new ArrayList<>();
        manifest.path("outputs").forEach(o -> outputs.add(o.asText()));
        this.cutLogits = new LinkedHashMap<>();
        manifest.path("cuts").fields().forEachRemaining(e -> cutLogits.put(e.getKey(), logit(e.getValue().asDouble())));
        this.contextTokens = manifest.path("contextTokens").asInt(32);
        this.replyTokens = manifest.path("replyTokens").asInt(160);
        this.version = "reader-" + manifest.path("sha256").path("encoder.onnx").asText("?").substring(0, 12);
        if (weights.length != outputs.size()) {
            throw new ReaderMissingException("head.bin", "has " + weights.length + " outputs, reader.json names "
                    + outputs.size());
        }
    }

    /** The reader shipped in the jar. */
    public static ReaderModel load() {
        return load(name -> ReaderModel.class.getResourceAsStream(FOLDER + name));
    }

    /** A reader from these files (by name: reader.json, encoder.onnx, head.bin, tokenizer.json; null when missing). */
    static ReaderModel load(java.util.function.Function<String, InputStream> files) {
        byte[] manifestBytes = resource(files, "reader.json");
        JsonNode manifest;
        try {
            manifest = new ObjectMapper().readTree(manifestBytes);
        } catch (IOException e) {
            throw new ReaderMissingException("reader.json", "is not valid JSON (" + e.getMessage() + ")");
        }
        byte[] encoder = checked(files, manifest, "encoder.onnx");
        byte[] head = checked(files, manifest, "head.bin");
        byte[] tokenizer = checked(files, manifest, "tokenizer.json");
        try {
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            OrtSession session = OrtEnvironment.getEnvironment().createSession(encoder, options);
            ByteBuffer buf = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
            int rows = buf.getInt();
            int cols = buf.getInt();
            if (cols != 2 * WIDTH || head.length != 8 + 4 * (rows * cols + rows)) {
                throw new ReaderMissingException("head.bin", "has the wrong shape (" + rows + " x " + cols + ")");
            }
            float[][] w = new float[rows][cols];
            for (float[] row : w) {
                buf.asFloatBuffer().get(row);
                buf.position(buf.position() + 4 * cols);
            }
            float[] b = new float[rows];
            buf.asFloatBuffer().get(b);
            return new ReaderModel(session, WordPiece.read(new ByteArrayInputStream(tokenizer)), manifest, w, b);
        } catch (OrtException | IOException e) {
            throw new ReaderMissingException("encoder.onnx", "cannot be loaded (" + e.getMessage() + ")");
        }
    }

    private static byte[] resource(java.util.function.Function<String, InputStream> files, String name) {
        try (InputStream in = files.apply(name)) {
            if (in == null) {
                throw new ReaderMissingException(name, "is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new ReaderMissingException(name, "cannot be read (" + e.getMessage() + ")");
        }
    }

    private static byte[] checked(java.util.function.Function<String, InputStream> files, JsonNode manifest, String name) {
        byte[] bytes = resource(files, name);
        String expected = manifest.path("sha256").path(name).asText("");
        String actual;
        try {
            actual = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        if (!actual.equals(expected)) {
            throw new ReaderMissingException(name, "is damaged: its SHA-256 is " + actual + ", reader.json expects "
                    + (expected.isEmpty() ? "nothing" : expected) + ". Retrain with training/train.py or restore it from git");
        }
        return bytes;
    }

    /** Which reader this is (the start of its encoder's hash), stored with every reading. */
    String version() {
        return version;
    }

    /** The act names this model scores in a mode ("customer" → empathy, apology, …), in output order. */
    List<String> acts(String mode) {
        String prefix = mode + ":";
        return outputs.stream().filter(o -> o.startsWith(prefix)).map(o -> o.substring(prefix.length())).toList();
    }

    /**
     * The calibrated confidence of one act for one clause: 0.5 at the act's cut, higher above it. Calibrating
     * around the cut lets every consumer use one threshold ({@link dev.hotseat.core.Reading#SHOWN}).
     */
    double confidence(String mode, String act, ClauseRead read) {
        int i = outputs.indexOf(mode + ":" + act);
        if (i < 0) {
            return 0;
        }
        return sigmoid(read.logits()[i] - cutLogits.getOrDefault(mode + ":" + act, 0.0));
    }

    /** Reads every clause of the reply in the light of the line it answers. */
    List<ClauseRead> read(String context, String reply, List<Clause> clauses) {
        List<WordPiece.Token> said = tokens.encode(context == null ? "" : context);
        List<WordPiece.Token> ctx = said.subList(Math.max(0, said.size() - contextTokens), said.size());
        List<WordPiece.Token> rep = tokens.encode(reply);
        List<ClauseRead> out = new ArrayList<>();
        // A long reply is read in windows of replyTokens; a clause belongs to the window its first token is in.
        int windows = Math.max(1, (rep.size() + replyTokens - 1) / replyTokens);
        int c = 0;
        for (int w = 0; w < windows && c < clauses.size(); w++) {
            List<WordPiece.Token> part = rep.subList(w * replyTokens, Math.min(rep.size(), (w + 1) * replyTokens));
            int firstChar = part.isEmpty() ? 0 : part.getFirst().start();
            int endChar = w + 1 == windows ? Integer.MAX_VALUE : rep.get((w + 1) * replyTokens).start();
            List<Clause> here = new ArrayList<>();
            while (c < clauses.size() && clauses.get(c).start() < endChar) {
                here.add(clauses.get(c++));
            }
            if (!here.isEmpty() || w == 0) {
                out.addAll(readWindow(ctx, part, here, firstChar));
            }
        }
        return out;
    }

    private List<ClauseRead> readWindow(List<WordPiece.Token> ctx, List<WordPiece.Token> rep, List<Clause> clauses,
                                        int firstChar) {
        int offset = ctx.size() + 2;
        int length = offset + rep.size() + 1;
        long[] ids = new long[length];
        long[] types = new long[length];
        long[] mask = new long[length];
        ids[0] = tokens.cls;
        for (int i = 0; i < ctx.size(); i++) {
            ids[1 + i] = ctx.get(i).id();
        }
        ids[offset - 1] = tokens.sep;
        for (int i = 0; i < rep.size(); i++) {
            ids[offset + i] = rep.get(i).id();
            types[offset + i] = 1;
        }
        ids[length - 1] = tokens.sep;
        types[length - 1] = 1;
        java.util.Arrays.fill(mask, 1L);
        float[][] states = run(ids, types, mask);
        List<ClauseRead> out = new ArrayList<>();
        for (Clause clause : clauses) {
            float[] mean = new float[WIDTH];
            int n = 0;
            for (int i = 0; i < rep.size(); i++) {
                WordPiece.Token t = rep.get(i);
                if (t.start() >= clause.start() && t.end() <= clause.end() && t.start() >= firstChar) {
                    add(mean, states[offset + i]);
                    n++;
                }
            }
            if (n == 0) { // a clause of nothing the tokeniser keeps (emoji only): read its separator
                add(mean, states[length - 1]);
                n = 1;
            }
            for (int k = 0; k < WIDTH; k++) {
                mean[k] /= n;
            }
            out.add(new ClauseRead(clause, head(mean, states[0]), unit(mean)));
        }
        return out;
    }

    /** The mean state of a text read on its own (no line answered): how example phrasings are compared. */
    float[] vectorOf(String text) {
        List<WordPiece.Token> rep = tokens.encode(text);
        rep = rep.subList(0, Math.min(rep.size(), replyTokens));
        Clause whole = new Clause(text, 0, text.length(), text);
        return readWindow(List.of(), rep, List.of(whole), 0).getFirst().vector();
    }

    private float[][] run(long[] ids, long[] types, long[] mask) {
        try (OnnxTensor i = OnnxTensor.createTensor(env, new long[][] {ids});
             OnnxTensor t = OnnxTensor.createTensor(env, new long[][] {types});
             OnnxTensor m = OnnxTensor.createTensor(env, new long[][] {mask});
             OrtSession.Result result = session.run(Map.of("input_ids", i, "token_type_ids", t, "attention_mask", m))) {
            return ((float[][][]) result.get(0).getValue())[0];
        } catch (OrtException e) {
            throw new IllegalStateException("The reader could not run: " + e.getMessage(), e);
        }
    }

    private float[] head(float[] mean, float[] cls) {
        float[] logits = new float[weights.length];
        for (int o = 0; o < weights.length; o++) {
            float[] w = weights[o];
            double s = bias[o];
            for (int k = 0; k < WIDTH; k++) {
                s += w[k] * mean[k] + w[WIDTH + k] * cls[k];
            }
            logits[o] = (float) s;
        }
        return logits;
    }

    private static void add(float[] into, float[] v) {
        for (int k = 0; k < WIDTH; k++) {
            into[k] += v[k];
        }
    }

    static float[] unit(float[] v) {
        double s = 0;
        for (float x : v) {
            s += x * x;
        }
        float n = (float) Math.sqrt(Math.max(s, 1e-12));
        float[] out = new float[v.length];
        for (int k = 0; k < v.length; k++) {
            out[k] = v[k] / n;
        }
        return out;
    }

    static double cosine(float[] a, float[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            s += a[k] * b[k];
        }
        return s;
    }

    private static double logit(double p) {
        double q = Math.min(1 - 1e-6, Math.max(1e-6, p));
        return Math.log(q / (1 - q));
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
