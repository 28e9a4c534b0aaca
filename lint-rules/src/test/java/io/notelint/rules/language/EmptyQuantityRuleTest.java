package io.notelint.rules.language;

import io.notelint.testing.RuleTester;
import org.junit.jupiter.api.Test;

class EmptyQuantityRuleTest {

    private final EmptyQuantityRule rule = new EmptyQuantityRule();

    @Test
    void flagsEmptyAmountsAndListEndings() {
        RuleTester.of(rule)
                .bad("Client reports [[lots of stress]].")
                .bad("Client has [[a lot of anxiety]] about work.")
                .bad("Client deals with [[many issues]].")
                .bad("Client has [[several concerns]] about her job.")
                .bad("Client reports [[a bunch of problems]] with her roommate.")
                .bad("Client enjoys reading, music, [[etc.]]")
                .bad("Client talked about school and friends [[and stuff]].")
                .bad("Stressors are work, money [[and so on]].")
                .bad("She is under [[so much pressure]] lately.")
                .bad("Missed sessions for [[various reasons]].")
                .bad("Client has [[a lot going on]] at home.")
                .run();
    }

    @Test
    void namedItemsCountsAndNarrowUsesStaySilent() {
        RuleTester.of(rule)
                .good("Client reported various side effects: nausea, headache, and insomnia.")
                .good("Client described several panic attacks this week, each lasting about 10 minutes.")
                .good("Client listed many reasons for living, such as her kids and her garden.")
                .good("Client named some things she can do instead: walk, journal, call her sister.")
                .good("Client has many strengths, including humor and persistence.")
                .good("Client has several friends she can call.")
                .good("Client has a lot of difficulty sleeping since the move, waking 3-4 times nightly.")
                .good("Client denies any problems with appetite.")
                .good("Client has some anxiety before exams.")
                .good("Client likes art and things she can make with her hands.")
                .run();
    }
}
