package io.notelint.rules.language;

import io.notelint.testing.RuleTester;
import org.junit.jupiter.api.Test;

class HedgedAssessmentRuleTest {

    private final HedgedAssessmentRule rule = new HedgedAssessmentRule();

    @Test
    void flagsQualifiersOnAssessments() {
        RuleTester.of(rule)
                .bad("Client is [[somewhat better]].")
                .bad("Client feels [[kind of down]].")
                .bad("Client is [[a bit more anxious]] this week.")
                .bad("Client seems [[sort of off]].")
                .bad("Mood [[fairly stable]].")
                .bad("Client is [[relatively calm]].")
                .bad("She was [[kinda irritable]] with staff.")
                .bad("Client appeared [[a little tearful]] when discussing her father.")
                .bad("Affect [[somewhat brighter]] than last week.")
                .bad("Client is [[somewhat hopeful]].")
                .bad("Mood [[slightly better]].")
                .bad("Client is [[slightly more anxious]].")
                .bad("Sleep [[marginally improved]].")
                .run();
    }

    @Test
    void gradesNounsAndEvidenceStaySilent() {
        RuleTester.of(rule)
                .good("Speech slightly pressured, mildly tangential.")
                .good("Affect moderately constricted.")
                .good("Client is a kind of person who plans ahead, she says.")
                .good("Client is somewhat of a night owl, going to bed around 2 am.")
                .good("What sort of job she wants is still unclear.")
                .good("She slept a little on the bus.")
                .good("She waited for a little while before calling.")
                .good("Client chose a relatively new job close to home.")
                .good("Client prefers walking rather than driving.")
                .good("Client reports feeling a little more confident after the exposure, rating anxiety 4/10.")
                .good("Client is somewhat more social: she texted two friends and went to one dinner.")
                .good("Client described feeling \"kind of numb\" since the funeral.")
                .good("Client's mother seemed somewhat anxious in the waiting room.")
                .good("O: Well groomed, good eye contact, affect anxious, thought process linear.")
                .run();
    }
}
