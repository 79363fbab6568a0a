package dev.hotseat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hotseat.support.BrowserTest;
import dev.hotseat.support.HotseatExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The page's evidence marks (web/highlight.js) land on the learner's own characters, in the real browser. */
@BrowserTest
class HighlightTest {
    @RegisterExtension
    static final HotseatExtension hotseat = HotseatExtension.offline().servingPage();

    /** Runs highlight() from the page's own module and returns the marked texts, in order. */
    @SuppressWarnings("unchecked")
    private static List<String> marked(String text, String... evidence) {
        hotseat.browser().get(hotseat.url() + "style.css");
        return (List<String>) hotseat.browser().executeAsyncScript("""
                const [text, evidence, done] = arguments;
                import('/highlight.js').then(({ highlight }) => {
                  const box = document.createElement('p');
                  box.append(highlight(text, evidence.map((e) => ({ evidence: e, kind: 'good', label: 'x' }))));
                  done([...box.querySelectorAll('mark')].map((m) => m.textContent));
                }).catch((e) => done(['failed: ' + e]));""", text, List.of(evidence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a dotted capital I before the words|İstanbul depot: I'm SORRY it is late|i'm sorry|I'm SORRY",
        "a sharp s (its capital is two letters) before the words|Straße closed, so I am sorry|I AM SORRY|I am sorry",
        "evidence quoted with other capitals|I understand how STRESSFUL this is|how stressful|how STRESSFUL"})
    void evidenceWithOtherCapitals_afterLettersThatChangeLengthWhenLowerCased_marksTheLearnersOwnWords(
            String why, String reply, String evidence, String expected) {
        // given a reply with a letter whose lower case is longer than itself, and evidence in other capitals
        // when the page highlights the evidence
        List<String> marks = marked(reply, evidence);

        // then exactly the learner's words are marked, in their own capitals
        assertEquals(List.of(expected), marks, why);
    }

    @Test
    void verbatimEvidence_isMarkedAsWritten_andOverlapsKeepTheEarlierLongerSpan() {
        // given a reply and two pieces of evidence, one inside the other
        // when the page highlights them
        List<String> marks = marked("I'm so sorry, I will call you today.", "I'm so sorry", "sorry", "call you today");

        // then the longer, earlier span wins and the separate one is marked too
        assertEquals(List.of("I'm so sorry", "call you today"), marks);
    }
}
