package io.notelint.rules.structure;

import io.notelint.core.rule.ExampleNote;
import io.notelint.testing.RuleTester;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NoGoalLinkRuleTest {

    private final RuleTester tester = RuleTester.of(new NoGoalLinkRule());

    private static ExampleNote note(String text, String... goals) {
        List<Object> g = new ArrayList<>();
        for (int i = 0; i < goals.length; i += 2) {
            g.add(Map.of("id", goals[i], "text", goals[i + 1]));
        }
        return ExampleNote.note(text).field("goals", g);
    }

    @Test
    void notesTiedToAGoalStaySilent() {
        tester
                .good(note("A: Progress toward G1 continues.", "G1", "Reduce PHQ-9 below 10"))
                .good(note("Worked on goal 2 today.", "2", "Attend school 5 days a week"))
                .good(note("Addressed Goal #3: two phone calls made.", "3", "Make phone calls without avoidance"))
                .good(note("Objective 1a: initiated two conversations.", "1", "Improve social functioning"))
                .good(note("Treatment plan reviewed and updated with the client.", "G1", "Reduce nightmares"))
                .good(note("Per the tx plan, continued exposure.", "G1", "Reduce nightmares"))
                .good(note("PHQ-9 today 12, down from 16.", "G1", "Reduce PHQ-9 below 10"))
                .good(note("Client used her planner on 6 of 7 days.", "G1", "Use a planner daily"))
                .good(note("Two binges this week, down from five.", "G1", "Reduce binge eating episodes to 1 per week"))
                .good(note("Client reports 3 drinks on Friday.", "1", "No more than 2 drinks per week"))
                .good(note("Depression lifting; she cooked twice.", "G1", "Reduce depressive symptoms"))
                .good(note("Goal: Reduce avoidance.\nIntervention: Exposure.\nResponse: SUDS 30.", "G2", "Ride the bus"))
                .good(note("Social rhythm metric completed on 6 days.", "G1", "Keep a regular social rhythm"))
                .good("Client reports an argument with her landlord.")
                .good(ExampleNote.note("Client reports an argument with her landlord.").field("goals", List.of()))
                .run();
    }

    @Test
    void notesTiedToNoGoalAreFlagged() {
        tester
                .bad(note("S: Conflict with his boss.\nO: Irritable.\nA: Anger at criticism.\nP: Role-play; next session "
                        + "12/2.", "G1", "Improve sleep to 7 hours nightly", "G2", "Abstain from cannabis"))
                .bad(note("Client described conflict with her boyfriend about chores. Practiced I-statements.", "1",
                        "Increase medication adherence to 100%"))
                .bad(note("Reduce stress. Next session weekly. Client reports symptoms at school.", "A",
                        "Reduce nightmares to fewer than 2 per week"))
                .run();
    }

    @Test
    void aSharedLightVerbOrIdiomIsNoLink() {
        // one generic word shared with a goal tied these notes to it (noted on real wording; our own words)
        tester
                .bad(note("She keeps busy with her garden and slept 7 hours.", "G1", "Keeps a daily mood chart"))
                .bad(note("Worked on breathing skills for panic in the car.", "G1", "Return to work 3 days a week"))
                .bad(note("Things at home are calmer; she went to the movies.", "G1", "Fewer things kept in the hallway"))
                .bad(note("Client is working through grief about her father.", "G2", "Work 20 hours a week"))
                .run();
        tester
                // the same words in their substantive sense still tie the note
                .good(note("She worked 3 shifts this week.", "G1", "Return to work 3 days a week"))
                .good(note("Mood chart kept on 6 of 7 days.", "G1", "Keeps a daily mood chart"))
                .good(note("Back at work on Monday and Tuesday.", "G1", "Return to work 3 days a week"))
                .run();
    }

    @Test
    void headerLabelsAreNotTheNotesWords() {
        // "Objective" is the SOAP section name, "Treatment Plan" a heading: neither ties the note to a goal
        tester
                .bad(note("## Objective\nCalm.\n## Assessment\nStable week at work.\n## Plan\nWeekly.", "G1",
                        "Abstain from alcohol for 90 days"))
                .bad(note("Treatment Plan: Continue weekly sessions. Stressful week at work.", "G1",
                        "Abstain from alcohol for 90 days"))
                .run();
    }

    @Test
    void theNumberOfSharedWordsIsAnOption() {
        ExampleNote one = note("Two panic attacks this week.", "G1", "Reduce panic attacks at work");
        ExampleNote two = note("Two panic attacks at work this week.", "G1", "Reduce panic attacks at work");
        RuleTester.of(new NoGoalLinkRule()).withOptions(java.util.Map.of("minSharedWords", 3))
                .bad(one)
                .good(note("Panic attacks at work: two.", "G1", "Reduce panic attacks at work"))
                .run();
        RuleTester.of(new NoGoalLinkRule()).good(one).good(two).run();
    }

    @Test
    void genericGoalWordsDoNotMakeALink() {
        tester.bad(note("Client reports increased symptoms this week and less time with friends; will reduce "
                + "screen time daily.", "G1", "Reduce panic attacks to one per week")).run();
    }
}
