package dev.hotseat.partner;

import dev.hotseat.persona.Scenario;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The interviewer's words: the scenario's own lines, else the built-in ones of its style. */
record InterviewLines(Scenario s, LinePicker lines) {

    String line(String group) {
        return line(group, Map.of());
    }

    String line(String group, Map<String, String> said) {
        return lines.pick(group, s.lines().getOrDefault(group, DefaultLines.interview(group, s.style())), said);
    }

    /**
     * The acknowledgement follows the answer's quality: praise for two skills or a real example, a neutral "Okay." for
     * one, nothing for none (the follow-up is the probe).
     */
    String acknowledgement(Reply reply) {
        long skills = Reply.SKILLS.stream().filter(reply::shows).count();
        if (skills >= 2 || reply.shows("star")) {
            return lines.pick("ack", s.lines().getOrDefault("ack", DefaultLines.acknowledgements(s.style())), Map.of());
        }
        return skills == 1 ? line("ack-neutral") : "";
    }

    /** A follow-up question of this kind; built-in ones about a story may quote it ({@code {said}}). */
    String followUp(String kind, String story) {
        List<String> own = s.questions().followUps().getOrDefault(kind, List.of());
        List<String> builtIn = DefaultLines.interview("followUp:" + kind, s.style());
        return lines.pick("followUp:" + kind, own.isEmpty() ? builtIn : own,
                Map.of("said", story.isBlank() ? "that" : story));
    }

    String closing(String verdict) {
        return lines.pick("closing:" + verdict, s.questions().closing().getOrDefault(verdict, List.of()), Map.of());
    }

    /**
     * The question last asked, whole: the scenario's question the last line ends with ("They demand a refund you
     * aren't authorised to give. What exactly do you say?"), so a repeat keeps its set-up; else its last sentence.
     */
    String lastQuestion(String lastLine) {
        List<String> questions = new ArrayList<>(List.of(s.questions().main()));
        s.questions().followUps().values().forEach(questions::addAll);
        return questions.stream().map(q -> lines.fill(q, Map.of()).strip())
                .filter(q -> !q.isEmpty() && lastLine.endsWith(q))
                .max(Comparator.comparingInt(String::length))
                .orElse(lastSentence(lastLine));
    }

    private static String lastSentence(String text) {
        int cut = text.lastIndexOf(". ", text.length() - 2);
        return cut < 0 ? text : text.substring(cut + 2);
    }
}
