package dev.hotseat.studio;

import dev.hotseat.store.Database;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * A scenario's portrait, {@code prompts/scenarios/<id>.png}: the picture of an imported card PNG (its card chunks
 * taken out, every other byte as it came), or one a coach uploads. Between an import and the save that makes the
 * scenario, the picture waits in the database under a key of its own, so any server of a deployment can save it; a
 * key nobody saved is forgotten after a day.
 */
final class Portraits {
    private static final Pattern KEY = Pattern.compile("portrait-[0-9a-f]{24}");
    private static final Duration KEPT = Duration.ofDays(1);
    private static final Set<String> CARD_CHUNKS = Set.of("chara", "ccv3");
    private final Database db;
    private final PromptFiles files;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Portraits(Database db, PromptFiles files, Clock clock) {
        this.db = db;
        this.files = files;
        this.clock = clock;
    }

    /** The picture of an upload, without any card in it; 400 {@code bad-portrait} when it is not a whole PNG. */
    static byte[] picture(byte[] upload) {
        if (!PngChunks.isPng(upload)) {
            throw StudioException.bad("bad-portrait", "The portrait must be a PNG image, and this file is not one"
                    + (upload.length == 0 ? " (it is empty)" : "") + ": save the picture as .png and upload it again");
        }
        try {
            return PngChunks.without(upload, CARD_CHUNKS);
        } catch (CardException broken) {
            throw StudioException.bad("bad-portrait", "The portrait cannot be used: " + broken.getMessage());
        }
    }

    /** Holds a picture until a save keeps it; answers its key. */
    String hold(byte[] picture) {
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        String key = "portrait-" + HexFormat.of().formatHex(bytes);
        sql(() -> db.write(c -> {
            try (PreparedStatement old = c.prepareStatement("DELETE FROM studio_portraits WHERE at < ?")) {
                old.setString(1, clock.instant().minus(KEPT).toString());
                old.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO studio_portraits (key, png, at) VALUES (?, ?, ?)")) {
                s.setString(1, key);
                s.setString(2, Base64.getEncoder().encodeToString(picture));
                s.setString(3, clock.instant().toString());
                s.executeUpdate();
            }
            return null;
        }));
        return key;
    }

    /** The held picture of {@code key}; 400 when the key is malformed, 404 when nothing is held under it. */
    byte[] held(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw StudioException.bad("bad-message", "'" + Ids.quote(key) + "' is not a portrait key (portrait-…)");
        }
        return sql(() -> db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT png FROM studio_portraits WHERE key = ?")) {
                s.setString(1, key);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(Base64.getDecoder().decode(rs.getString(1))) : Optional.<byte[]>empty();
                }
            }
        })).orElseThrow(() -> new StudioException(404, "not-found", "No portrait is waiting under " + key
                + ": it was saved already or is over a day old; upload the picture again"));
    }

    /** Writes the held picture beside scenario {@code id} and lets the key go. */
    void keep(String key, String id) {
        files.writePortrait(id, held(key));
        sql(() -> db.write(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM studio_portraits WHERE key = ?")) {
                s.setString(1, key);
                s.executeUpdate();
            }
            return null;
        }));
    }

    /** The scenario's portrait, when it has one. */
    Optional<byte[]> of(String id) {
        return files.portrait(id);
    }

    /** Replaces the scenario's portrait with a coach's upload. */
    void replace(String id, byte[] upload) {
        files.writePortrait(id, picture(upload));
    }

    /** A plain picture for a scenario with no portrait: a gradient in a colour of its own. */
    static byte[] gradient(String id) {
        BufferedImage image = new BufferedImage(256, 384, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        float hue = (id.hashCode() & 0xffff) / 65535f;
        g.setPaint(new GradientPaint(0, 0, Color.getHSBColor(hue, 0.35f, 0.95f), 0, 384,
                Color.getHSBColor(hue, 0.6f, 0.45f)));
        g.fillRect(0, 0, 256, 384);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot draw the card picture", e);
        }
        return out.toByteArray();
    }

    private static <T> T sql(StudioSql.Call<T> call) {
        return StudioSql.run("read or write a waiting portrait", call);
    }
}
