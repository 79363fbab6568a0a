package dev.hotseat.persona;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotseat.support.Waiting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class HotReloadTest {

    @TempDir
    Path dir;

    private final AtomicLong clock = new AtomicLong();

    private FilePromptLibrary library(Path prompts) {
        return new FilePromptLibrary(prompts, Duration.ofMillis(250), clock::get);
    }

    private void later() {
        clock.addAndGet(Duration.ofMillis(300).toNanos());
    }

    @Test
    void editedScenario_takesEffect_inTheNextLookup() throws IOException {
        // given a loaded scenario
        Path prompts = TestPrompts.withRubricsOnly(dir);
        Path file = TestPrompts.write(prompts, "scenarios/shoes.md", ScenarioTexts.customer("shoes"));
        FilePromptLibrary library = library(prompts);
        assertEquals("Wrong size shoes", library.scenario("shoes").title());

        // when a coach edits its title
        Files.writeString(file, TestPrompts.read(file).replace("Wrong size shoes", "Shoes, wrong size again"));
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
        later();

        // then the next lookup sees the edit, without a restart
        assertEquals("Shoes, wrong size again", library.scenario("shoes").title());
    }

    @Test
    void checksForChanges_atMostEveryQuarterSecond() throws IOException {
        Path prompts = TestPrompts.withRubricsOnly(dir);
        FilePromptLibrary library = library(prompts);
        assertEquals(0, library.scenarios().size());

        TestPrompts.write(prompts, "scenarios/shoes.md", ScenarioTexts.customer("shoes"));

        assertEquals(0, library.scenarios().size(), "looked again before 250 ms had passed");
        later();
        assertEquals(1, library.scenarios().size());
    }

    @Test
    void removedScenario_disappears_andABrokenEdit_isListedWhileOthersStay() throws IOException {
        Path prompts = TestPrompts.withRubricsOnly(dir);
        Path shoes = TestPrompts.write(prompts, "scenarios/shoes.md", ScenarioTexts.customer("shoes"));
        Path boots = TestPrompts.write(prompts, "scenarios/boots.md", ScenarioTexts.customer("boots"));
        FilePromptLibrary library = library(prompts);

        Files.delete(shoes);
        Files.writeString(boots, TestPrompts.read(boots).replace("mode: customer", "mode: shopper"));
        later();

        assertThrows(UnknownScenarioException.class, () -> library.scenario("shoes"));
        assertThrows(UnknownScenarioException.class, () -> library.scenario("boots"));
        assertEquals(1, library.problems().size(), library.problems().toString());
        assertTrue(library.problems().getFirst().toString().startsWith("scenarios/boots.md:3:"),
                library.problems().toString());
    }

    @Test
    void realClock_picksUpANewFile_afterAQuarterSecond() throws Exception {
        Path prompts = TestPrompts.withRubricsOnly(dir);
        FilePromptLibrary library = new FilePromptLibrary(prompts);

        TestPrompts.write(prompts, "scenarios/shoes.md", ScenarioTexts.customer("shoes"));

        Waiting.until(Duration.ofSeconds(5), "the library to see scenarios/shoes.md",
                () -> library.scenarios().size() == 1);
        assertEquals("shoes", library.scenario("shoes").id());
    }

    @Test
    @Timeout(20)
    void readersOnManyThreads_alwaysSeeAWholeSnapshot_whileFilesChange() throws Exception {
        Path prompts = TestPrompts.withRubricsOnly(dir);
        Path file = TestPrompts.write(prompts, "scenarios/shoes.md", ScenarioTexts.customer("shoes"));
        FilePromptLibrary library = new FilePromptLibrary(prompts, Duration.ZERO, System::nanoTime);
        java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
        List<Thread> readers = new java.util.ArrayList<>();
        for (int t = 0; t < 4; t++) {
            readers.add(Thread.ofVirtual().start(() -> {
                for (int i = 0; i < 300; i++) {
                    try {
                        String title = library.scenario("shoes").title();
                        assertTrue(title.startsWith("Wrong size shoes"), title);
                    } catch (Throwable e) {
                        failure.compareAndSet(null, e);
                    }
                }
            }));
        }
        for (int i = 0; i < 30; i++) {
            // written aside and moved in whole, as editors save, so no reader meets a half-written file
            Path next = Files.writeString(dir.resolve("next.md"),
                    ScenarioTexts.customer("shoes").replace("Wrong size shoes", "Wrong size shoes " + i));
            Files.move(next, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        for (Thread reader : readers) {
            reader.join();
        }

        assertEquals(null, failure.get());
    }
}
