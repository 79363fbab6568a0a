package dev.hotseat.persona;

import java.io.IOException;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * The prompts folder on disk. Re-reads everything when a file was added, removed or changed, so coaches' edits
 * reach the next session without a restart. The server's library looks for changes on a background thread
 * every tenth of a second, so a turn only ever reads the current snapshot (one volatile read) and never waits
 * for the disk or for a reload. The test constructor looks on access instead, at most every
 * {@code checkEvery} of its own clock, so tests decide when time passes.
 */
public final class FilePromptLibrary implements PromptLibrary {
    private static final List<String> FOLDERS = List.of("rubrics", "scenarios", "templates");
    private final Path root;
    private final PromptLoader loader;
    private final long checkEveryNanos;
    private final LongSupplier clock;
    private final boolean checkOnAccess;
    private volatile PromptSnapshot snapshot;
    private volatile String fingerprint;
    private volatile long checkedAt;

    public FilePromptLibrary(Path promptsDir) {
        this(promptsDir, Duration.ofMillis(100), System::nanoTime, false);
        watch(new WeakReference<>(this), checkEveryNanos);
    }

    /** For tests: how often to look for changes (on access), and the clock to measure it with (nanoseconds). */
    FilePromptLibrary(Path promptsDir, Duration checkEvery, LongSupplier nanoClock) {
        this(promptsDir, checkEvery, nanoClock, true);
    }

    private FilePromptLibrary(Path promptsDir, Duration checkEvery, LongSupplier nanoClock, boolean checkOnAccess) {
        this.checkOnAccess = checkOnAccess;
        this.root = promptsDir.toAbsolutePath().normalize();
        this.loader = new PromptLoader(root);
        this.checkEveryNanos = checkEvery.toNanos();
        this.clock = nanoClock;
        this.fingerprint = fingerprint();
        this.snapshot = loader.load();
        this.checkedAt = clock.getAsLong();
    }

    @Override
    public List<Scenario> scenarios() {
        return current().scenarios().values().stream()
                .sorted(Comparator.comparing(Scenario::mode).thenComparing(Scenario::id)).toList();
    }

    @Override
    public Scenario scenario(String id) {
        PromptSnapshot now = current();
        Scenario scenario = id == null ? null : now.scenarios().get(id);
        if (scenario == null) {
            throw new UnknownScenarioException(String.valueOf(id), now.scenarios().keySet().stream().sorted().toList());
        }
        return scenario;
    }

    @Override
    public Rubric rubric(String id) {
        PromptSnapshot now = current();
        Rubric rubric = id == null ? null : now.rubrics().get(id);
        if (rubric == null) {
            throw new UnknownRubricException(String.valueOf(id), now.rubrics().keySet().stream().sorted().toList());
        }
        return rubric;
    }

    @Override
    public Rubric rubric(Mode mode) {
        PromptSnapshot now = current();
        Rubric named = now.rubrics().get(mode.wire());
        if (named != null && named.mode() == mode) {
            return named;
        }
        return now.rubrics().values().stream().filter(r -> r.mode() == mode)
                .min(Comparator.comparing(Rubric::id))
                .orElseThrow(() -> new UnknownRubricException(mode.wire(),
                        now.rubrics().keySet().stream().sorted().toList()));
    }

    @Override
    public String template(String name) {
        PromptSnapshot now = current();
        String text = name == null ? null : now.templates().get(name);
        if (text == null) {
            throw new UnknownTemplateException(String.valueOf(name), now.templates().keySet().stream().sorted().toList());
        }
        return text;
    }

    @Override
    public List<PromptProblem> problems() {
        return current().problems();
    }

    /** The folder this library reads. */
    public Path root() {
        return root;
    }

    /** What is loaded now (for drafts checked against the live rubrics). */
    PromptSnapshot now() {
        return current();
    }

    private PromptSnapshot current() {
        if (checkOnAccess) {
            long now = clock.getAsLong();
            if (now - checkedAt >= checkEveryNanos) {
                refresh(now);
            }
        }
        return snapshot;
    }

    /**
     * Looks for changes every {@code everyNanos} on a virtual thread of its own. It holds the library weakly and
     * stops once nothing else does, so a library needs no closing.
     */
    private static void watch(WeakReference<FilePromptLibrary> library, long everyNanos) {
        Thread.ofVirtual().name("prompt-library-watch").start(() -> {
            while (true) {
                try {
                    Thread.sleep(Duration.ofNanos(everyNanos));
                } catch (InterruptedException e) {
                    return;
                }
                if (!checkOnce(library)) {
                    return;
                }
            }
        });
    }

    /** False once the library is gone. A method of its own, so the sleeping loop holds no strong reference. */
    private static boolean checkOnce(WeakReference<FilePromptLibrary> library) {
        FilePromptLibrary watched = library.get();
        if (watched == null) {
            return false;
        }
        try {
            watched.refresh(watched.clock.getAsLong());
        } catch (RuntimeException e) {
            // The loader reports broken files as problems; anything else is tried again next time.
        }
        return true;
    }

    private synchronized void refresh(long now) {
        if (now - checkedAt < checkEveryNanos) {
            return; // another thread refreshed while this one waited
        }
        String latest = fingerprint();
        if (!Objects.equals(latest, fingerprint)) {
            snapshot = loader.load();
            fingerprint = latest;
        }
        checkedAt = now;
    }

    /** Names, sizes and modification times of every prompt file: cheap to compute, changes with any edit. */
    private String fingerprint() {
        List<String> parts = new ArrayList<>();
        for (String folder : FOLDERS) {
            try {
                for (Path p : PromptLoader.markdownFiles(root.resolve(folder))) {
                    parts.add(folder + "/" + p.getFileName() + ":" + Files.size(p) + ":"
                            + Files.getLastModifiedTime(p).toInstant());
                }
            } catch (IOException e) {
                // An unreadable folder counts as a change, so the loader runs and reports it.
                parts.add(folder + ":unreadable:" + e.getMessage());
            }
        }
        return String.join("|", parts);
    }
}
