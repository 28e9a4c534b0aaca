package io.notelint.core.assertion;

import static io.notelint.core.assertion.Assertion.AFFIRMED;
import static io.notelint.core.assertion.Assertion.HISTORICAL;
import static io.notelint.core.assertion.Assertion.HYPOTHETICAL;
import static io.notelint.core.assertion.Assertion.NEGATED;
import static io.notelint.core.assertion.Assertion.OTHER_PERSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.notelint.core.analysis.TextToolkit;
import io.notelint.core.text.Span;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Behaviour of the assertion classifier on the hard cases of negation and context, one group per kind. */
class AssertionClassifierTest {

    static final AssertionClassifier CLASSIFIER = TextToolkit.standard().assertions();

    static Arguments c(String sentence, String term, Assertion expected) {
        return Arguments.of(sentence, term, expected);
    }

    private static void check(String sentence, String term, Assertion expected) {
        AssertionResult r = CLASSIFIER.assess(sentence, term);
        assertThat(r.status()).as("%s  [%s]  cues %s", sentence, term, r.cues()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{2}: [{1}] in \"{0}\"")
    @MethodSource
    void affirmed(String sentence, String term, Assertion expected) {
        check(sentence, term, expected);
    }

    static Stream<Arguments> affirmed() {
        return Stream.of(
                c("Client reports low mood and poor sleep.", "low mood", AFFIRMED),
                c("Endorses passive SI.", "passive SI", AFFIRMED),
                c("Client appeared tearful.", "tearful", AFFIRMED),
                c("She was noted to be tearful.", "tearful", AFFIRMED), // "noted" normalises like "not"
                c("Memory declining.", "Memory", AFFIRMED), // "declining" is not "declined"
                c("The client notes increased irritability.", "irritability", AFFIRMED),
                c("Anxiety not resolved.", "Anxiety", AFFIRMED));
    }

    @ParameterizedTest(name = "{2}: [{1}] in \"{0}\"")
    @MethodSource
    void negated(String sentence, String term, Assertion expected) {
        check(sentence, term, expected);
    }

    static Stream<Arguments> negated() {
        return Stream.of(
                c("Client denies SI.", "SI", NEGATED),
                c("Denied suicidal ideation.", "suicidal ideation", NEGATED),
                c("Denies SI/HI.", "HI", NEGATED),
                c("No evidence of psychosis.", "psychosis", NEGATED),
                c("Negative for mania.", "mania", NEGATED),
                c("Client presents without agitation.", "agitation", NEGATED),
                c("Client is not suicidal.", "suicidal", NEGATED),
                c("Client doesn't endorse hopelessness.", "hopelessness", NEGATED),
                c("Client has never attempted suicide.", "attempted suicide", NEGATED),
                c("Client is free of panic attacks this week.", "panic attacks", NEGATED),
                c("Absence of SI noted.", "SI", NEGATED),
                c("Client is unlikely to harm self.", "harm self", NEGATED),
                c("Denies SI, HI, AVH, paranoia, mania, or substance use.", "substance use", NEGATED),
                c("No SI since last session.", "SI", NEGATED));
    }

    @ParameterizedTest(name = "{2}: [{1}] in \"{0}\"")
    @MethodSource
    void postTriggers(String sentence, String term, Assertion expected) {
        check(sentence, term, expected);
    }

    static Stream<Arguments> postTriggers() {
        return Stream.of(
                c("SI: denied.", "SI", NEGATED),
                c("SI/HI: none.", "HI", NEGATED),
                c("SI - no", "SI", NEGATED),
                c("SI, HI and AVH denied.", "SI", NEGATED),
                c("Suicidal ideation was denied by the client.", "Suicidal ideation", NEGATED),
                c("Mania was ruled out.", "Mania", NEGATED),
                c("Bipolar disorder ruled out.", "Bipolar disorder", NEGATED),
                c("Psychosis unlikely.", "Psychosis", NEGATED),
                c("Urine drug screen was negative.", "Urine drug screen", NEGATED),
                c("Hallucinations not reported.", "Hallucinations", NEGATED),
                c("SI: none reported.", "SI", NEGATED),
                c("Suicidal ideation: Client denies.", "Suicidal ideation", NEGATED),
                c("SI: denies current.", "SI", NEGATED),
                c("Assessed for SI, which she denied.", "SI", NEGATED),
                c("Client has thoughts which she described as intrusive.", "thoughts", AFFIRMED),
                // a post-trigger reaches back only to its own clause or field
                c("Reports low mood, SI denied.", "low mood", AFFIRMED),
                c("Mood: anxious, SI: denied.", "anxious", AFFIRMED),
                c("Mood: anxious. SI: denied.", "anxious", AFFIRMED),
                c("Client reports depression, denied SI.", "depression", AFFIRMED),
                // "SI: no plan" says nothing about the ideation itself
                c("SI: no plan or intent.", "SI", AFFIRMED));
    }

    @ParameterizedTest(name = "{2}: [{1}] in \"{0}\"")
    @MethodSource
    void pseudoNegations(String sentence, String term, Assertion expected) {
        check(sentence, term, expected);
    }

    static Stream<Arguments> pseudoNegations() {
        return Stream.of(
                c("Not only anxious but also depressed.", "anxious", AFFIRMED),
                c("No change in anxiety.", "anxiety", AFFIRMED),
                c("No increase in SI.", "SI", AFFIRMED),
                c("No significant improvement in depressive symptoms.", "depressive symptoms", AFFIRMED),
                c("Not necessarily depressed.", "depressed", AFFIRMED),
                c("Not certain if she has SI.", "SI", AFFIRMED),
                c("Gram negative bacteria.", "bacteria", AFFIRMED),
                c("Bipolar disorder not ruled out.", "Bipolar disorder", AFFIRMED),
                c("Psychosis cannot be excluded.", "Psychosis", AFFIRMED),
                c("Does not deny SI.", "SI", AFFIRMED),
                c("Tolerated exposure without difficulty.", "exposure", AFFIRMED),
                // a pseudo-trigger also ends an earlier negation's scope
                c("No fever, no change in appetite.", "appetite", AFFIRMED));
    }

    @ParameterizedTest(name = "{2}: [{1}] in \"{0}\"")
    @MethodSource
    void terminators(String sentence, String term, Assertion expected) {
        check(sentence, term, expected);
    }

    static Stream<Arguments> terminators() {
        return Stream.of(
                c("Client denies SI but reports thoughts of self-harm.", "self-harm", AFFIRMED),
                c("Client denies SI and reports thoughts of self-harm.", "self-harm", AFFIRMED),
                c("Denies SI, endorses passive death wish.", "passive death wish", AFFIRMED),
                c("Denies SI; reports hopelessness.", "hopelessness", AFFIRMED),
                c("Denies SI. Reports hopelessness.", "hopelessness", AFFIRMED),
                c("No SI, however anxious about work.", "anxious", AFFIRMED),
                c("No symptoms other than mild anxiety.", "mild anxiety", AFFIRMED),
                c("Denies SI although hopeless at times.", "hopeless", AFFIRMED),
                c("No SI aside from fleeting thoughts of death.", "fleeting thoughts of death", AFFIRMED),
                c("Client denies SI and HI, and is future oriented.", "future oriented", AFFIRMED),
                c("Client has no friends and feels lonely.", "lonely", AFFIRMED),
                c("Client denies current SI, but endorses passive SI.", "passive SI", AFFIRMED),
                c("No treatment for depression to date.", "depression", AFFIRMED),
                // the comma alone does not end a scope: lists stay negated
                c("Denies SI, HI, or AVH.", "AVH", NEGATED));
    }

    @ParameterizedTest(name = "{2}: [{1}] in \"{0}\"")
    @MethodSource
    void hypothetical(String sentence, String term, Assertion expected) {
        check(sentence, term, expected);
    }

    static Stream<Arguments> hypothetical() {
        return Stream.of(
                c("Client will call 988 if SI returns.", "SI", HYPOTHETICAL),
                c("Should she have thoughts of suicide, she will call.", "thoughts of suicide", HYPOTHETICAL),
                c("In case of panic, use paced breathing.", "panic", HYPOTHETICAL),
                c("Would call crisis line if suicidal.", "suicidal", HYPOTHETICAL),
                c("Plan to call if urges return.", "urges", HYPOTHETICAL),
                c("Return precautions reviewed for worsening depression.", "worsening depression", HYPOTHETICAL),
                c("Rule out bipolar disorder.", "bipolar disorder", HYPOTHETICAL),
                c("Screened for SI.", "SI", HYPOTHETICAL),
                c("Will call if SI not resolved.", "SI", HYPOTHETICAL),
                c("Feels as if she is a burden.", "burden", AFFIRMED),
                // an indication gives way to its result
                c("Screened for SI: negative.", "SI", NEGATED),
                c("Client was asked about SI and denied.", "SI", NEGATED));
    }

    @ParameterizedTest(name = "{2}: [{1}] in \"{0}\"")
    @MethodSource
    void historical(String sentence, String term, Assertion expected) {
        check(sentence, term, expected);
    }

    static Stream<Arguments> historical() {
        return Stream.of(
                c("History of SI.", "SI", HISTORICAL),
                c("Hx of suicide attempt in 2018.", "suicide attempt", HISTORICAL),
                c("She attempted suicide in 2018.", "attempted suicide", HISTORICAL),
                c("Previously reported panic attacks.", "panic attacks", HISTORICAL),
                c("Past suicide attempts x2.", "suicide attempts", HISTORICAL),
                c("She self-harmed years ago.", "self-harmed", HISTORICAL),
                c("She self-harmed 3 years ago.", "self-harmed", HISTORICAL),
                c("As a teenager she cut herself.", "cut herself", HISTORICAL),
                c("Panic attacks last year.", "Panic attacks", HISTORICAL),
                c("Alcohol use disorder, in sustained remission.", "Alcohol use disorder", HISTORICAL),
                // recent or ongoing time is current
                c("She has had panic attacks since last week.", "panic attacks", AFFIRMED),
                c("Reports SI since 2019.", "SI", AFFIRMED),
                c("Over the past week she reports low mood.", "low mood", AFFIRMED),
                c("In the past 2 weeks, poor sleep.", "poor sleep", AFFIRMED),
                c("History of depression, currently reports anxiety.", "anxiety", AFFIRMED),
                c("History of present illness: worsening anxiety.", "worsening anxiety", AFFIRMED),
                c("Presents with a two-day history of panic attacks.", "panic attacks", AFFIRMED),
                c("Clinical history: headaches.", "headaches", AFFIRMED),
                c("Psychiatric history: depression, one hospitalization.", "depression", HISTORICAL));
    }

    @ParameterizedTest(name = "{2}: [{1}] in \"{0}\"")
    @MethodSource
    void otherPerson(String sentence, String term, Assertion expected) {
        check(sentence, term, expected);
    }

    static Stream<Arguments> otherPerson() {
        return Stream.of(
                c("Her brother has depression.", "depression", OTHER_PERSON),
                c("Mother has bipolar disorder.", "bipolar disorder", OTHER_PERSON),
                c("Family history of suicide.", "suicide", OTHER_PERSON),
                c("Her friend died by suicide.", "suicide", OTHER_PERSON),
                c("Partner's drinking is a stressor.", "drinking", OTHER_PERSON),
                c("Depression in her mother.", "Depression", OTHER_PERSON),
                c("Client's brother attempted suicide last year.", "attempted suicide", OTHER_PERSON),
                // a relative as the object of a preposition, or as the informant, is not the experiencer
                c("Argued with her mother about her depression.", "depression", AFFIRMED),
                c("Client and her mother discussed SI.", "SI", AFFIRMED),
                c("Mother reports client has been isolating.", "isolating", AFFIRMED),
                c("Client lives with mother and reports low mood.", "low mood", AFFIRMED));
    }

    @ParameterizedTest(name = "{2}: [{1}] in \"{0}\"")
    @MethodSource
    void multipleAndOverlappingTriggers(String sentence, String term, Assertion expected) {
        check(sentence, term, expected);
    }

    static Stream<Arguments> multipleAndOverlappingTriggers() {
        return Stream.of(
                // negation outranks time and person: nothing is asserted
                c("No family history of suicide.", "suicide", NEGATED),
                c("Denies history of SI.", "SI", NEGATED),
                c("No history of suicide attempts.", "suicide attempts", NEGATED),
                // the longest trigger wins where two overlap
                c("Without any evidence of mania.", "mania", NEGATED),
                c("Bipolar disorder has not been ruled out.", "Bipolar disorder", AFFIRMED),
                c("In the past week no panic attacks.", "panic attacks", NEGATED),
                // the nearest trigger of a category decides, and a condition outranks a negation inside it
                c("If she does not sleep, anxiety worsens.", "sleep", HYPOTHETICAL),
                // words inside the mention never trigger
                c("Chest X-ray: No acute disease.", "No acute disease", AFFIRMED),
                c("Client states she does not want to be alive.", "does not want to be alive", AFFIRMED));
    }

    @ParameterizedTest(name = "{2}: [{1}] in \"{0}\"")
    @MethodSource
    void quotesCaseAndUnicode(String sentence, String term, Assertion expected) {
        check(sentence, term, expected);
    }

    static Stream<Arguments> quotesCaseAndUnicode() {
        return Stream.of(
                c("Client said \"I'm not suicidal.\"", "suicidal", NEGATED),
                c("Client stated, \"I want to kill myself,\" but denies plan.", "kill myself", AFFIRMED),
                c("Client stated, \"I want to kill myself,\" but denies plan.", "plan", NEGATED),
                c("Client said \u201cI don\u2019t feel safe.\u201d", "feel safe", NEGATED),
                c("DENIES SI.", "si", NEGATED),
                c("dEnIeS sI.", "SI", NEGATED),
                c("No SI.", "si", NEGATED),
                c("\u0130\u0130\u0130 \u0130stanbul trip: denies SI.", "SI", NEGATED),
                c("Denies S\u0130 and reports \u0130\u0130 ANX\u0130ETY.", "ANX\u0130ETY", AFFIRMED),
                c("Niega ideaci\u00f3n; no SI.", "SI", NEGATED),
                c("Client denies SI \uD83D\uDE42 and reports good mood.", "good mood", AFFIRMED));
    }

    @Nested
    class Spans {

        @Test
        void classifiesASpanInsideALargerText() {
            String text = "\u0130\u0130 Plan: continue CBT.\nClient denies SI. Reports anxiety.";
            int sentenceStart = text.indexOf("Client");
            Span sentence = new Span(sentenceStart, text.indexOf("SI.") + 3);
            Span si = new Span(text.indexOf("SI."), text.indexOf("SI.") + 2);
            AssertionResult r = CLASSIFIER.assess(text, sentence, si);
            assertThat(r.status()).isEqualTo(NEGATED);
            assertThat(r.trigger()).get().extracting(cue -> cue.span().in(text)).isEqualTo("denies");
            assertThat(CLASSIFIER.classify(text, sentence, si)).isEqualTo(NEGATED);
        }

        @Test
        void aSentenceSpanDoesNotLeakIntoTheNextSentence() {
            String text = "No SI. Anxiety is high.";
            Span anxiety = new Span(7, 14);
            assertThat(CLASSIFIER.classify(text, new Span(7, text.length()), anxiety)).isEqualTo(AFFIRMED);
            // even when the caller passes the whole text, the full stop ends the scope
            assertThat(CLASSIFIER.classify(text, new Span(0, text.length()), anxiety)).isEqualTo(AFFIRMED);
        }

        @Test
        void aTermOutsideTheSentenceSpanIsStillClassified() {
            String text = "Denies SI";
            assertThat(CLASSIFIER.classify(text, new Span(0, 6), new Span(7, 9))).isEqualTo(NEGATED);
        }

        @Test
        void termNotFoundIsAnErrorWithoutTheText() {
            assertThatThrownBy(() -> CLASSIFIER.classify("Client denies SI.", "psychosis"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageNotContaining("Client");
        }
    }
}
