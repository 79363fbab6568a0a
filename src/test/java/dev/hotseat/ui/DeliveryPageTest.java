package dev.hotseat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotseat.support.BrowserTest;
import dev.hotseat.support.HotseatExtension;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotseat.support.ChatClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The page's side of the delivery promises: replies carry ids, unacknowledged ones are resent, a takeover is said. */
@BrowserTest
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class DeliveryPageTest implements PageQueries {
    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static final HotseatExtension hotseat = HotseatExtension.fixtureLibrary().servingPage();
    private static ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openFreshPage() {
        browser = hotseat.openFreshPage();
        wait = Waits.upTo(browser, 20);
    }

    @Test
    void replyNeverAcknowledged_isResentAfterAReload_andStoredOnce() throws Exception {
        String session = startAndReply("I'm so sorry about this, let me check.");
        // Given a reply the page sent but whose acknowledgement never came (the server died, say), and one that
        // was stored though the page missed its acknowledgement
        String storedId = storedTurns(session).get(1).path("id").asText();
        assertTrue(storedId.startsWith("c-"), "the page sent an id: " + storedId);
        js("sessionStorage.setItem('hotseat.pending', JSON.stringify(["
                + "{session: arguments[0], id: arguments[1], text: 'I am sorry about this, let me check.'},"
                + "{session: arguments[0], id: 'c-lost-1', text: 'What date do you need it by?'}]))", session, storedId);

        // When the page reloads and resumes
        browser.navigate().refresh();

        // Then the lost reply goes out again and is answered; the stored one is not sent twice
        wait.until(d -> storedTurns(session).size() >= 5);
        wait.until(d -> all("[data-testid=grade-card]").size() == 2 && !find("[data-testid=typing]").isDisplayed());
        List<JsonNode> turns = storedTurns(session);
        assertEquals(5, turns.size(), turns.toString());
        assertEquals("c-lost-1", turns.get(3).path("id").asText());
        assertEquals(2, all("[data-testid=learner-message]").size());
        assertEquals("[]", js("return sessionStorage.getItem('hotseat.pending')"), "everything acknowledged");
    }

    @Test
    void anotherWindowResumingTheChat_isAnnouncedOnThePage_andItStopsTakingReplies() throws Exception {
        String session = startAndReply("I'm so sorry about this, let me check.");

        // the same learner in another window: same browser, same cookie
        String cookie = "hotseat=" + browser.manage().getCookieNamed("hotseat").getValue();
        try (ChatClient other = ChatClient.connect(port(), cookie)) {
            other.send("type", "resume", "session", session);
            other.next("resumed");

            wait.until(d -> all("[data-testid=notice]").stream().anyMatch(n -> n.getText().contains("another tab")));
            assertEquals("Open in another tab", find("[data-testid=send-button]").getText());
            assertTrue(!find("[data-testid=send-button]").isEnabled());
        }
    }

    private String startAndReply(String text) throws Exception {
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[data-testid=scenario-group-customer] [data-testid=scenario]"))).click();
        wait.until(d -> find("[data-testid=send-button]").getText().equals("Send") || !all("[data-testid=partner-message]").isEmpty());
        wait.until(d -> js("return sessionStorage.getItem('hotseat.session')") != null);
        String session = JSON.readTree(String.valueOf(js("return sessionStorage.getItem('hotseat.session')"))).path("session").asText();
        wait.until(d -> find("[data-testid=send-button]").getText().equals("Send") || find("[data-testid=reply-input]").isEnabled());
        WebElement input = find("[data-testid=reply-input]");
        input.sendKeys(text);
        wait.until(d -> find("[data-testid=send-button]").isEnabled());
        input.sendKeys(Keys.ENTER);
        wait.until(d -> storedTurns(session).size() >= 3);
        wait.until(d -> all("[data-testid=grade-card]").size() == 1 && !find("[data-testid=typing]").isDisplayed());
        return session;
    }

    private int port() {
        return URI.create(hotseat.url()).getPort();
    }

    private List<JsonNode> storedTurns(String session) {
        try {
            String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(hotseat.url() + "api/sessions/" + session))
                    // read as a coach: sessions are private to their owner and to coaches
                    .header("Authorization", "Bearer " + CoachPages.TOKEN).build(), HttpResponse.BodyHandlers.ofString()).body();
            List<JsonNode> turns = new java.util.ArrayList<>();
            JSON.readTree(body).path("turns").forEach(turns::add);
            return turns;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public ChromeDriver browser() {
        return browser;
    }
}
