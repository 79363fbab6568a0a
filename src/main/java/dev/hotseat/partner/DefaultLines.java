package dev.hotseat.partner;

import java.util.List;
import java.util.Map;

/** Fallback lines for the optional line groups a scenario leaves out (see prompts/README.md). */
final class DefaultLines {
    private static final Map<String, List<String>> CUSTOMER = Map.of(
            "reveal", List.of("Well, since you ask.", "If you must know.", "Okay, here's the thing."),
            "already-told", List.of("I already told you: {told}", "I've said this once: {told}",
                    "Were you not listening? {told}"),
            "nothing-more", List.of("I've told you everything I know. I just want this sorted.",
                    "There's nothing more to it than what I've said."),
            "sorry", List.of("Sorry doesn't fix anything. What are you going to do?", "I've heard sorry. I want to know what happens now."),
            "sorry-fatigue", List.of("Stop apologising and tell me what you're actually going to do!",
                    "That's the third sorry. Sorry isn't a plan. What are you doing about it?"),
            "deflect", List.of("Don't point me somewhere else. You're the one I'm talking to.",
                    "I'm not interested in policy. I want this fixed."),
            "blame", List.of("Don't you dare make this my fault.", "Don't talk to me like that."),
            "offtask", List.of("What has that got to do with my problem?", "Can we stick to why I'm calling?"),
            "ignored", List.of("You haven't answered me.", "Did you hear what I asked you?"));

    private static final Map<String, List<String>> ACK = Map.of(
            "warm", List.of("Thank you, that's helpful.", "I appreciate that.", "Thanks, that's a good start."),
            "strict", List.of("Noted.", "Understood.", "Right."),
            "rapid-fire", List.of("Okay.", "Got it.", "Next."));

    private static final Map<String, List<String>> INTERVIEW = Map.of(
            "offtask", List.of("Let's keep to the question, please.", "I'd like to stay on the question I asked."));

    private DefaultLines() {
    }

    static List<String> customer(String key) {
        return CUSTOMER.getOrDefault(key, List.of());
    }

    static List<String> acknowledgements(String style) {
        return ACK.getOrDefault(style == null ? "warm" : style, ACK.get("warm"));
    }

    static List<String> interview(String key) {
        return INTERVIEW.getOrDefault(key, List.of());
    }
}
