package dev.hotseat.partner;

import dev.hotseat.persona.Mood;
import dev.hotseat.persona.Scenario;
import java.util.stream.Collectors;

/** The plain-words instruction a language-model partner gets for each move (the scripted partner ignores it). */
final class Intents {
    static final String OFF_TASK = "They said something unrelated to your problem. Say so, and steer back to"
            + " what you want done.";
    static final String BLAME = "They blamed you, argued or talked down to you. Push back hard on that;"
            + " you are angrier now.";
    static final String DEFLECT = "They hid behind policy or sent you elsewhere. Tell them you want them,"
            + " personally, to deal with it.";
    static final String SORRY = "They only apologised again. Say an apology alone changes nothing, and ask"
            + " what they will actually do.";
    static final String SORRY_FATIGUE = "This is yet another bare apology. Be irritated: demand they stop"
            + " saying sorry and tell you what happens next. Do not calm down.";
    static final String IGNORED = "They did not answer what you said. Point that out and repeat your demand.";

    static final String REPEATED_OFFER = "They made the same offer you already turned down. Say so, irritated:"
            + " you said no to that once. Ask for something that actually helps.";
    static final String HOLD = "They asked to put you on hold. Agree, reluctantly, and tell them not to be long.";
    static final String CHECKED = "They asked whether you had tried something yourself. Say yes, of course you"
            + " did, a little annoyed at being asked.";

    static final String STILL_ON = "You agreed to their offer, and now they said nothing useful. Check the offer"
            + " they made is still happening, naming it.";

    static final String ENGLISH = "They answered in a language you do not speak. Say you didn't understand and ask"
            + " them, once, to say it in English.";
    static final String UNRESOLVED = "You accept the fix, but they have said nothing about what you told them that"
            + " upset you most. Say so: that still needs an answer.";
    static final String MANAGER = "You have given up on this person: nothing they say moves things on. Demand to"
            + " speak to a manager. This ends the call.";
    static final String UNHEARD = "They offered the right fix but showed no sign they heard how this affected you."
            + " Do not accept yet: ask whether anyone is going to acknowledge what you have been through.";
    static final String GRUDGING = "They offered what you need but without a word of acknowledgement. Take it,"
            + " grudgingly, and let them hear that a sorry would not have hurt.";
    static final String STOCK = "They answered with stock phrases that say nothing about your case. Say it sounds"
            + " like a script, and repeat what you need.";

    private Intents() {
    }

    static String warn(String threat) {
        return threat.equals("manager")
                ? "Warn them plainly: one more non-answer and you want their manager."
                : "Warn them plainly: one more non-answer and you are hanging up and going elsewhere.";
    }

    static String opening(Scenario s, Mood mood) {
        return "Open the conversation as " + s.persona().name() + ". Complain about what happened (" + s.situation()
                + ") using your own details: " + facts(s) + ". Do not mention anything you keep back. Ask what"
                + " they are going to do. You are " + mood.label() + ".";
    }

    static String calmer(Scenario s) {
        return "They acknowledged how you feel or took it on. Soften a little, but still ask what they will do"
                + " about " + s.wants().text() + ".";
    }

    static String reveal(Scenario s, Scenario.HiddenFact fact) {
        return "They asked the right question. Now tell them this, in your own words: " + fact.text()
                + " Then ask what they will do about it.";
    }

    static String alreadyTold(String what) {
        return "They asked for something you already told them. Say so, a little irritated, and repeat it: "
                + what;
    }

    static String evade(Scenario s) {
        return "Their question was too vague to make you open up. Brush it off and repeat that you want "
                + s.wants().text() + ".";
    }

    static String nothingMore(Scenario s) {
        return "You have told them everything. Say so, and recap your problem briefly: " + facts(s) + ".";
    }

    static String summary(Scenario s, boolean right) {
        return right ? "Confirm their summary is right, then ask what they will do about " + s.wants().text() + "."
                : "Their summary is wrong. Correct it with your real details (" + facts(s) + "), then press on.";
    }

    /** Said before the main intent when the reply also restated their problem. */
    static String summaryFirst(boolean right) {
        return right ? "First confirm their summary is right. " : "First correct their summary briefly. ";
    }

    static String suggest(Scenario s) {
        return "They asked what you would consider fair. Tell them plainly: " + s.wants().text() + ".";
    }

    static String reject(Scenario s) {
        return "They offered something that does not give you what you need (" + s.wants().text()
                + "). Turn it down and say why.";
    }

    static String pushback(Scenario s) {
        return "They held a limit politely. Push back once: ask if that is really the best they can do.";
    }

    static String press(Scenario s) {
        return "Ask again what they can actually do for you about " + s.wants().text() + ".";
    }

    static String accept(Scenario s) {
        return "Accept their offer, a little grudgingly, and say you expect it to happen as promised.";
    }

    static String resolved(Scenario s) {
        return "Your problem is solved and you feel heard. Thank them briefly and end the conversation.";
    }

    static String walkOut(Scenario s) {
        return "You have had enough. Say you are taking your business elsewhere and end the conversation.";
    }

    static String unknownDetail(String reference) {
        return "They asked for a detail you don't have to hand. Say so and give them what you do have: "
                + reference + ". Then press on.";
    }

    static String personalDetail(String reference) {
        return "They asked for a personal detail (postcode, email…). Give it if you like, but say it is all on "
                + reference + " and you want to get to the fix.";
    }

    static String vague(Scenario s) {
        return "They said they would sort it but named nothing concrete. Ask what exactly they will do about "
                + s.wants().text() + ".";
    }

    static String promise(String what) {
        return "They just promised you " + what + ". Pin them down: repeat it back and say you will hold them to"
                + " it. Do not thank them yet.";
    }

    static String retract(String what) {
        return "A moment ago they promised " + what + " and now they are taking it back. Call that out,"
                + " annoyed that you were told one thing and then another.";
    }

    static String withMood(String intent, Mood mood) {
        return intent + " Your mood now: " + mood.label() + " (" + mood.level() + "/100).";
    }

    private static String facts(Scenario s) {
        return s.facts().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
