package dev.hotseat.partner;

import java.util.List;
import java.util.Map;

/** Fallback lines for the optional line groups a scenario leaves out (see prompts/README.md). */
final class DefaultLines {
    private static final Map<String, List<String>> CUSTOMER = Map.ofEntries(
            Map.entry("heard", List.of("Fine. You've heard me. Now do something.",
                    "Words are cheap. I'm still waiting for an actual answer.", "Hm. Okay.")),
            Map.entry("still-on", List.of("Hello? The {promised}. That is still happening, yes?",
                    "So the {promised} is definitely sorted? I don't want to find out tomorrow it isn't.")),
            Map.entry("minimal", List.of("\"{said}\"? That's all I get?", "\"{said}\"? Is that it?",
                    "Is that supposed to be an answer?")),
            Map.entry("unknown", List.of("I haven't got that in front of me. It's {ref}. Can't you look it up?",
                    "No idea, I'd have to dig it out. You've got {ref}, that should be enough.")),
            Map.entry("personal", List.of("It's all on {ref}. Can we get to the part where you fix this?",
                    "You'll have that on {ref}. Fine, whatever you need.")),
            Map.entry("checked", List.of("Of course I have. I'm not calling for fun.",
                    "Yes, obviously. That's why I'm ringing you.")),
            Map.entry("hold", List.of("Fine. But don't leave me there long.", "Quickly, then. I've waited long enough.",
                    "Go on, then. Quickly.")),
            Map.entry("hold-again", List.of("You've already had me on hold once. No more waiting.",
                    "Again? I've been holding all week.")),
            Map.entry("vague", List.of("Meaning what, exactly? What actually happens?",
                    "Sort it how? Be specific.", "That's not an answer. What are you actually going to do?")),
            Map.entry("repeat-offer", List.of("You've already offered me that, and I've already said no.",
                    "Saying it again doesn't change my answer. That doesn't help me.",
                    "We've been over that. I need something else.")),
            Map.entry("promise", List.of("Right. {promised}. I'm holding you to that. Put it in writing.",
                    "{promised}? You're sure? Because I'll want that confirmed in an email today.")),
            Map.entry("retract", List.of("Hang on. A minute ago you said {promised}. Now you can't?",
                    "So {promised} was never on the table? Why say it, then?")),
            Map.entry("reveal", List.of("Well, since you ask.", "If you must know.", "Okay, here's the thing.")),
            Map.entry("already-told", List.of("I already told you: {told}", "I've said this once: {told}",
                    "Were you not listening? {told}")),
            Map.entry("nothing-more", List.of("I've told you everything I know. I just want this sorted.",
                    "There's nothing more to it than what I've said.")),
            Map.entry("sorry", List.of("Sorry doesn't fix anything. What are you going to do?",
                    "I've heard sorry. I want to know what happens now.")),
            Map.entry("sorry-fatigue", List.of("Stop apologising and tell me what you're actually going to do!",
                    "Sorry isn't a plan. What are you doing about it?",
                    "You keep saying that. It's starting to sound like a script.")),
            // Threats live only here, so a threat said is always a threat kept (the next non-answer ends the call).
            Map.entry("warn:leave", List.of("I'm giving you one more chance. Give me a real answer or I'm hanging up.",
                    "Last try. If the next thing you say isn't an actual plan, I'm going elsewhere.")),
            Map.entry("warn:manager", List.of("One more answer like that and I want your manager.",
                    "Honestly, if you can't deal with this, put me through to someone who can. Last chance.")),
            Map.entry("manager", List.of("That's it. Put me through to your manager, please. Now.",
                    "I'm done going round in circles. I want to speak to a manager.",
                    "Get me your supervisor. I'm not explaining this again.")),
            Map.entry("deflect", List.of("Don't fob me off. You're the one I'm talking to.",
                    "That's a brush-off, not an answer. Deal with it yourself.")),
            Map.entry("deflect:policy", List.of("I don't care what the policy says. I care about what you're going to do.",
                    "Policy. Right. That's not an answer, that's a wall.")),
            Map.entry("deflect:website", List.of("I've already looked online. That's why I'm talking to a person.",
                    "Don't send me to the website. I'm on the phone to you.")),
            Map.entry("deflect:department", List.of("Don't pass me on. You picked up, you deal with it.",
                    "I'm not ringing anyone else. Sort it from your end.")),
            Map.entry("blame", List.of("Don't you dare make this my fault.", "Don't talk to me like that.",
                    "I'm not going to be spoken to like that.")),
            Map.entry("blame:calm", List.of("Don't tell me to calm down. I'm entitled to be upset about this.",
                    "Telling me to calm down is not going to calm me down.")),
            Map.entry("press", List.of("So what happens now?", "What are you going to do about it?",
                    "I need an actual answer.")),
            Map.entry("stock", List.of("That sounds like it's off a card.", "You're reading me a script.",
                    "Those are just words.")),
            Map.entry("unheard", List.of("And nobody's going to say sorry? Not even once?",
                    "Fine, but you haven't said a word about what this has put me through.")),
            Map.entry("unheard-again", List.of("You're still not hearing me. I didn't ask for that again.",
                    "Saying it twice isn't the same as listening.")),
            Map.entry("grudging", List.of("Fine. I'll take it. A sorry wouldn't have killed you, mind.",
                    "Okay. That'll do, I suppose. Would've been nice to hear a sorry.")),
            Map.entry("unresolved", List.of("But you haven't said a word about what I just told you.",
                    "And what about the rest of what I said? That still matters.")),
            Map.entry("repeat", List.of("You've said that already. Try it another way:",
                    "That's the same answer as before. Let me put it differently.")),
            Map.entry("english-again", List.of("I'm afraid the role needs answers in English.",
                    "I do need you to answer in English, I'm sorry.")),
            Map.entry("agreed-already", List.of("Yes, you said. Is it actually happening?",
                    "I heard you the first time. Is there anything else, or are we done?",
                    "You've told me that. I just want to know it's really going through.")),
            Map.entry("english", List.of("Sorry, what? I didn't understand that. Can you say it in English?",
                    "I don't speak that. In English, please.")),
            Map.entry("offtask", List.of("What has that got to do with my problem?", "Can we stick to why I'm calling?")),
            Map.entry("ignored", List.of("You haven't answered me.", "Did you hear what I asked you?")));

    private static final Map<String, List<String>> ACK = Map.of(
            "warm", List.of("Thank you, that's helpful.", "I appreciate that.", "Thanks, that's a good start."),
            "strict", List.of("Noted.", "Understood.", "Right."),
            "rapid-fire", List.of("Okay.", "Got it.", "Next."));

    private static final Map<String, List<String>> INTERVIEW = Map.ofEntries(
            Map.entry("offtask", List.of("Let's stay with the question, please.", "Let's stay with the question I asked.")),
            Map.entry("repeat", List.of("You've said that already. Try it another way:",
                    "That's the same answer as before. Let me put it differently.")),
            Map.entry("english-again", List.of("I'm afraid the role needs answers in English.",
                    "I do need you to answer in English, I'm sorry.")),
            Map.entry("english", List.of("Could you answer in English, please? This role is in English.",
                    "Sorry, I'll need that in English. Let's try again.")),
            Map.entry("ack-neutral:warm", List.of("Okay.", "Right, thank you.", "Mm-hm.")),
            Map.entry("ack-neutral:strict", List.of("Okay.", "Hm.", "Go on.")),
            Map.entry("ack-neutral:rapid-fire", List.of("Okay.", "Sure.", "Hm.")),
            Map.entry("probe:warm", List.of("You said \"{said}\". How, exactly?",
                    "When you say \"{said}\", what would you actually do?",
                    "\"{said}\", okay. What would that look like in practice?")),
            Map.entry("probe:strict", List.of("You said \"{said}\". How, exactly?",
                    "\"{said}\". That tells me nothing. What would you do?",
                    "Define \"{said}\". Concretely.")),
            Map.entry("probe:rapid-fire", List.of("\"{said}\"? How?", "\"{said}\". Meaning what?",
                    "You said \"{said}\". Concretely?")),
            Map.entry("nudge:warm", List.of("Take your time, there's no wrong answer. Even a rough idea helps.",
                    "Let's try that one again, no rush.", "No rush. Have another go.")),
            Map.entry("nudge:strict", List.of("I need more than that.", "That doesn't tell me anything. Again.",
                    "Be specific.")),
            Map.entry("nudge:rapid-fire", List.of("Give me something concrete.", "More than that. Quick.", "Specifics?")),
            Map.entry("aside:warm", List.of("Good question, and we'll come to that at the end. First, though:")),
            Map.entry("aside:strict", List.of("I'll be asking the questions for now.")),
            Map.entry("aside:rapid-fire", List.of("Later. First:")),
            Map.entry("rant-again:warm", List.of("That's the second time you've spoken about customers that way, and"
                    + " I'll be honest, it worries me a little.")),
            Map.entry("rant-again:strict", List.of("That's twice now you've run callers down. Noted.")),
            Map.entry("rant-again:rapid-fire", List.of("Twice now. Noted.")));

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

    /** A built-in interviewer line for a style, e.g. "nudge" for a strict interviewer. */
    static List<String> interview(String key, String style) {
        return INTERVIEW.getOrDefault(key + ":" + (style == null ? "warm" : style), INTERVIEW.get(key + ":warm"));
    }
}
