package dev.hotseat.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotseat.core.CriterionResult;
import dev.hotseat.core.Grade;
import dev.hotseat.core.Mood;
import dev.hotseat.core.Polarity;
import java.util.List;
import org.junit.jupiter.api.Test;

class WireFormatTest {
    private final ObjectMapper json = WireJson.mapper();

    @Test
    void gradeMessage_hasTheProtocolsFields_typeFirst() throws Exception {
        Grade grade = new Grade(70, List.of(CriterionResult.of("empathy", Polarity.POSITIVE, true, 0.8, "I hear you", "Keep it")
                        .named("Empathy")),
                "Warm", false, "", "offline");

        String text = json.writeValueAsString(ServerMessage.GradeMessage.of(3, grade));

        assertEquals("{\"type\":\"grade\",\"turn\":3,\"score\":70,\"criteria\":[{\"id\":\"empathy\",\"polarity\":\"positive\","
                + "\"detected\":true,\"confidence\":0.8,\"evidence\":\"I hear you\",\"tip\":\"Keep it\",\"unsure\":false,"
                + "\"note\":\"\",\"name\":\"Empathy\",\"shownEarlier\":false}],\"summary\":\"Warm\",\"offTask\":false,\"rewrite\":\"\",\"source\":\"offline\"}", text);
    }

    @Test
    void partnerMessages_carryTurnTextAndMood() throws Exception {
        assertEquals("{\"type\":\"partner.delta\",\"turn\":2,\"text\":\"Fine\"}",
                json.writeValueAsString(new ServerMessage.PartnerDelta(2, "Fine")));
        assertEquals("{\"type\":\"partner\",\"turn\":2,\"text\":\"Fine.\",\"mood\":{\"level\":30,\"label\":\"wary\"}}",
                json.writeValueAsString(new ServerMessage.Partner(2, "Fine.", new Mood(30, "wary"))));
    }
}
