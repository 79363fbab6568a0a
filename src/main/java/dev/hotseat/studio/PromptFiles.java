package dev.hotseat.studio;

import dev.hotseat.persona.PromptDrafts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The scenario and rubric files under prompts/, by kind and id. An id is checked against the loader's own rule
 * before it comes anywhere near a path, and a save is a temporary file renamed over the old one, so the loader
 * (and a reader mid-scan) sees either the old file or the new one, never half of one.
 */
final class PromptFiles {
    /** The two kinds of file the studio edits, by their folder. */
    enum Kind {
        SCENARIOS("scenarios"), RUBRICS("rubrics");

        final String folder;

        Kind(String folder) {
            this.folder = folder;
        }

        static Kind of(String folder) {
            for (Kind k : values()) {
                if (k.folder.equals(folder)) {
                    return k;
                }
            }
            throw new StudioException(404, "not-found", "'" + Ids.quote(folder)
                    + "' is not something the studio edits: use scenarios or rubrics");
        }
    }

    private final Path root;

    PromptFiles(Path root) {
        this.root = root;
    }

    /** "scenarios/late-parcel.md": the name the loader and the version history use. */
    static String name(Kind kind, String id) {
        return kind.folder + "/" + Ids.check(id) + ".md";
    }

    Optional<String> read(Kind kind, String id) {
        Path file = root.resolve(name(kind, id));
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8))
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name(kind, id), e);
        }
    }

    /** The ids of the .md files of a kind whose names follow the id rule, sorted. */
    List<String> ids(Kind kind) {
        Path folder = root.resolve(kind.folder);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md"))
                    .map(n -> n.substring(0, n.length() - 3)).filter(PromptDrafts::validId).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + kind.folder, e);
        }
    }

    /** Writes the whole file or nothing: a temporary file beside it (not .md, so never loaded), then a rename. */
    void write(Kind kind, String id, String text) {
        write(name(kind, id), id, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A scenario's portrait, {@code scenarios/<id>.png}, when it has one. */
    Optional<byte[]> portrait(String id) {
        Path file = root.resolve(portraitName(id));
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + portraitName(id), e);
        }
    }

    /** Writes a scenario's portrait, whole or not at all, as {@link #write} does. */
    void writePortrait(String id, byte[] png) {
        write(portraitName(id), id, png);
    }

    /** "scenarios/late-parcel.png": a scenario's portrait beside its file. */
    static String portraitName(String id) {
        return Kind.SCENARIOS.folder + "/" + Ids.check(id) + ".png";
    }

    private void write(String name, String id, byte[] bytes) {
        Path target = root.resolve(name);
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = Files.createTempFile(target.getParent(), "." + id + ".", ".saving");
            Files.write(temp, bytes);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save " + name, e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the rename already moved it, or the disk is gone; nothing more to do here
                }
            }
        }
    }

    /** The SHA-256 of a file's text: what an editor sends back as the version it started from. */
    static String hash(String text) {
        if (text == null) {
            return "none";
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
