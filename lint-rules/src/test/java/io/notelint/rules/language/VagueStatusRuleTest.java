package io.notelint.rules.language;

import io.notelint.testing.RuleTester;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VagueStatusRuleTest {

    private final VagueStatusRule rule = new VagueStatusRule();

    @Test
    void flagsGlobalStatusInItsInflections() {
        RuleTester.of(rule)
                .bad("Client is [[doing ok]].")
                .bad("Pt seems to be [[doing better]].")
                .bad("Client [[appeared fine]] during session.")
                .bad("Client [[looked good]] today.")
                .bad("Client reports [[things are going well]].")
                .bad("She [[feels better]] since last week.")
                .bad("Client was [[feeling good]] today.")
                .bad("Client did say she [[was fine]].")
                .bad("Client [[seems better]].")
                .bad("Client is [[doing much better]].")
                .bad("Client reports [[feeling a lot better]].")
                .bad("Client seems to [[be fine]].")
                .bad("Client is [[coping well]] with the transition.")
                .bad("[[Progress noted]].")
                .run();
    }

    @Test
    void flagsSessionProgressAndResponseJudgements() {
        RuleTester.of(rule)
                .bad("[[Good session]] overall.")
                .bad("[[Session was productive]].")
                .bad("[[Session went well]].")
                .bad("Client has [[made progress]] toward goals.")
                .bad("Client is [[making good progress]].")
                .bad("Client [[continues to make progress]] in therapy.")
                .bad("Client's [[mood has improved]].")
                .bad("Client [[is improving]].")
                .bad("Client [[shows improvement]].")
                .bad("Client [[responded positively]] to CBT.")
                .bad("Client [[was receptive]] to interventions.")
                .bad("Client [[did well]] in session.")
                .bad("[[Made some progress]] toward G1.")
                .run();
    }

    @Test
    void negatedStatusIsStillVague() {
        RuleTester.of(rule)
                .bad("Client is not [[doing well]].")
                .bad("Client has not [[made progress]] this month.")
                .run();
    }

    @Test
    void evidenceInTheSameSentenceKeepsItSilent() {
        RuleTester.of(rule)
                .good("Client is doing well, sleeping 7 hours nightly.")
                .good("Mood improved: PHQ-9 12, down from 18.")
                .good("Client made progress, completing 3 of 5 exposure steps.")
                .good("Client reports doing better as evidenced by returning to work.")
                .good("Client feels better, e.g. she went for a walk with her sister.")
                .good("Client reports she is fine, saying \"I slept through the night.\"")
                .good("Client is doing well with the planner, which she uses daily.")
                .good("Session was productive: we completed the exposure hierarchy and she rated it 6/10.")
                .good("Good session; SUDS fell from 70 to 30 during the exposure.")
                // a number in an earlier clause is not evidence for the judgement after it
                .bad("Checked in by phone for 20 minutes; she [[seemed okay]].")
                .good("Client responded well, rating belief in the thought at 40% (was 85%).")
                .run();
    }

    @Test
    void staysSilentOnOtherPeopleHopesAndSpecificFeelings() {
        RuleTester.of(rule)
                .good("Client's husband is doing well after his surgery.")
                .good("Her daughter is doing fine in her new school.")
                .good("Client hopes the interview will go well on Monday.")
                .good("Client wants to feel better before her wedding.")
                .good("Client would like to do well at her new job.")
                .good("Client feels good about the plan to move closer to her sister.")
                .good("Client is fine with video sessions going forward.")
                .good("Client is okay to drive home after the session.")
                .good("It is ok to call the crisis line at any time.")
                .good("Client appeared well rested and on time.")
                .good("Client appears well nourished.")
                .good("Client reports her mood is \"fine\" and rates it 3/10.")
                .good("Client said \"honestly I'm doing great.\"")
                .run();
    }

    @Test
    void cleanNoteStaysSilent() {
        RuleTester.of(rule)
                .good("S: Client reports 2 panic-free days this week and used diaphragmatic breathing on the bus.\n"
                        + "O: On time, well groomed, speech normal, affect anxious but reactive.\n"
                        + "A: GAD symptoms decreasing; GAD-7 of 11 today, down from 14.\n"
                        + "P: Rehearse interview answers. Next session 12/03 at 16:00.")
                .good("Behavior: Client reports checking the stove 15 times before leaving home.\n"
                        + "Intervention: Exposure and response prevention for 10 minutes.\n"
                        + "Response: Client tolerated the exposure and rated willingness 8/10.")
                .good("O: Attentive, engaged, pleasant and cooperative.")
                .good("A: Progress toward G1 (use a planner daily) strong.")
                .good("Client continues to attend weekly AA meetings.")
                .good("Client continues to use the planner daily.")
                .good("Client is doing her exposure homework.")
                .run();
    }

    @Test
    void ignoreOptionAllowsChosenPhrases() {
        RuleTester.of(rule).withOptions(Map.of("ignore", List.of("good session")))
                .good("Good session.")
                .bad("Client is [[doing well]].")
                .run();
    }
}
