package dev.hotseat.partner;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How an interview went, judged from the reading of every answer rather than a mean of scores (a good answer to a
 * narrow follow-up shows one skill and would drag a mean down): strong takes a concrete example, the breadth of
 * skills a good rep shows, and none of the habits an interviewer fears; weak is little shown, or mostly answers
 * that were no answer, or running customers down twice. An interviewer hears an answer in context: the answer to "walk
 * me through a time" that shows what the candidate did is the example asked for, and a habit challenged and answered
 * with what the challenge asks for (no habit in it) is taken back, as a challenge is there to give that chance.
 *
 * @param skills   distinct skills shown across the answers
 * @param stories  answers with a real example (STAR)
 * @param thin     answers that showed no skill
 * @param habits   answers that ran customers down, passed the problem off, or promised what isn't theirs to give
 * @param rants    answers that ran customers down
 * @param answered answers in English that spoke to the interviewer
 */
record InterviewVerdict(int skills, int stories, int thin, int habits, int rants, int answered) {
    /** Distinct skills for a strong close, with an example and no habit. */
    static final int STRONG_SKILLS = 5;
    /** At or below this many distinct skills the close is weak. */
    static final int WEAK_SKILLS = 2;
    /** What each challenge asks for: the customer is still there (do it yourself), or the policy says no (hold it). */
    static final Map<String, List<String>> CHALLENGE_ANSWERS = Map.of(
            "challenge:passoff", List.of("ownership", "solution", "followup"),
            "challenge:overpromise", List.of("firm"));

    /**
     * The verdict on these answers, each heard with the interviewer's line it replied to.
     *
     * @param answers the answers in order
     * @param askedBy the move of the interviewer's line each answer replied to, in the same order (may be shorter)
     */
    static InterviewVerdict of(List<Reply> answers, List<String> askedBy) {
        Set<String> shown = new LinkedHashSet<>();
        int stories = 0;
        int thin = 0;
        int habits = 0;
        int takenBack = 0;
        int rants = 0;
        int answered = 0;
        for (int i = 0; i < answers.size(); i++) {
            Reply r = answers.get(i);
            if (!r.english() || r.offTask()) {
                continue;
            }
            String prompt = i < askedBy.size() ? askedBy.get(i) : "";
            boolean skilled = Reply.SKILLS.stream().anyMatch(r::shows);
            boolean habit = r.shows("rant") || r.shows("passoff") || r.shows("overpromise");
            answered++;
            Reply.SKILLS.stream().filter(r::shows).forEach(shown::add);
            stories += r.shows("star") || (prompt.equals("question:example") && skilled && !habit) ? 1 : 0;
            thin += skilled ? 0 : 1;
            rants += r.shows("rant") ? 1 : 0;
            habits += habit ? 1 : 0;
            takenBack += !habit && CHALLENGE_ANSWERS.getOrDefault(prompt, List.of()).stream().anyMatch(r::shows) ? 1 : 0;
        }
        return new InterviewVerdict(shown.size(), stories, thin, Math.max(0, habits - takenBack), rants, answered);
    }

    /** "strong", "mixed" or "weak". */
    String verdict() {
        if (answered == 0 || skills <= WEAK_SKILLS || rants >= 2 || thin * 2 > answered) {
            return "weak";
        }
        return stories >= 1 && skills >= STRONG_SKILLS && habits == 0 && thin <= 1 ? "strong" : "mixed";
    }
}
