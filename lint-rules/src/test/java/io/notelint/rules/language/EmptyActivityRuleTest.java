package io.notelint.rules.language;

import io.notelint.testing.RuleTester;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmptyActivityRuleTest {

    private final EmptyActivityRule rule = new EmptyActivityRule();

    @Test
    void flagsVerbsWithEmptyObjectsInAnyInflection() {
        RuleTester.of(rule)
                .bad("[[Discussed issues]].")
                .bad("[[Discussed her issues]] with her mother.")
                .bad("[[Talked about various things]].")
                .bad("[[Talked about stuff]] going on at home.")
                .bad("Client [[processed feelings]] related to her divorce.")
                .bad("Client and writer [[explored feelings]].")
                .bad("[[Worked on things]].")
                .bad("[[Addressed concerns]].")
                .bad("[[Reviewed the week]].")
                .bad("Client [[vented about things]] at work.")
                .bad("Session [[focused on current stressors]].")
                .bad("Client [[talked through some issues]] with her boyfriend.")
                .bad("[[Went over things]] from last week.")
                .bad("Client [[discussed what's going on]] at home.")
                .bad("We are [[talking about her feelings]] more openly.")
                .bad("Client [[discusses issues]] at length.")
                .run();
    }

    @Test
    void flagsThePassiveOrderAndEmptySupport() {
        RuleTester.of(rule)
                .bad("Client's [[concerns were addressed]].")
                .bad("[[Feelings were processed]].")
                .bad("[[Issues were briefly discussed]].")
                .bad("[[Things were talked about]] for most of the hour.")
                .bad("Therapist [[provided support and validation]].")
                .bad("[[Offered supportive counseling]].")
                .bad("[[Stressors discussed]].")
                .bad("[[Concerns addressed]] in session.")
                .bad("[[Feelings processed]] and validated.")
                .run();
    }

    @Test
    void specificObjectsTechniquesAndEvidenceStaySilent() {
        RuleTester.of(rule)
                .good("Discussed her fear of flying and practiced imaginal exposure for 10 minutes.")
                .good("Processed the breakup; she named guilt and relief as the main emotions.")
                .good("Explored issues of trust with her partner, such as checking his phone.")
                .good("Identified feelings of shame and anger related to the assault.")
                .good("Reviewed things to bring to the court hearing: pay stubs, lease, and texts.")
                .good("Reviewed week 2 of the sleep diary.")
                .good("Discussed the week's events using the mood log.")
                .good("Client addressed the letter to her landlord in session.")
                .good("Therapist provided a handout on sleep hygiene.")
                .good("Provided psychoeducation on the cycle of avoidance and anxiety.")
                .good("Client worked on her resume and applied to two jobs.")
                .good("Discussed things she can do when cravings hit, such as calling her sponsor.")
                .good("Worked through the first three steps of the problem-solving worksheet.")
                .good("Issues were not discussed because the client arrived late.")
                .good("Reviewed her thought record from Tuesday.")
                .good("Stressors discussed last week were resolved, she says.")
                .good("Client said \"we never talk about feelings at home.\"")
                .run();
    }

    @Test
    void cleanNoteStaysSilent() {
        RuleTester.of(rule)
                .good("D: Client reports using a planner on 6 of 7 days and submitting all homework.\n"
                        + "A: Progress toward G1 (use a planner daily) strong.\n"
                        + "P: Add a weekly review on Sundays. Next session 12/04 at 15:00.")
                .good("Intervention: Behavioral activation scheduling; identified two low-effort social contacts.\n"
                        + "Evaluation: Client agreed to text one friend and to walk with a neighbour on Saturday.")
                .good("Client discussed the argument with her sister and identified two things she could say next time.")
                .good("Client talked about returning to school part time and listed three programs.")
                .run();
    }

    @Test
    void withoutPosTagsTheLexicalChecksStillApply() {
        RuleTester.of(rule).withOptions(Map.of("usePosTags", false))
                .bad("[[Discussed issues]] at school.")
                .good("Explored issues of trust with her partner.")
                .run();
    }
}
