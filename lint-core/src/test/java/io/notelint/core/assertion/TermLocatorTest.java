package io.notelint.core.assertion;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.text.Span;
import org.junit.jupiter.api.Test;

class TermLocatorTest {

    @Test
    void matchesCaseInsensitivelyWithoutShiftingOffsets() {
        // "İ".toLowerCase() is two chars: a lower-cased copy of the text would put the match 3 chars late
        String text = "\u0130\u0130\u0130 denies SI";
        Span at = TermLocator.find(text, "si").orElseThrow();
        assertThat(at.in(text)).isEqualTo("SI");
    }

    @Test
    void matchesATermContainingDottedCapitalI() {
        String text = "Reports ANX\u0130ETY today";
        assertThat(TermLocator.find(text, "anx\u0130ety")).get().extracting(s -> s.in(text)).isEqualTo("ANX\u0130ETY");
    }

    @Test
    void anyRunOfWhiteSpaceMatchesAnother() {
        String text = "There is MILD LOWER   QUADRANT\tTENDERNESS.";
        Span at = TermLocator.find(text, "mild lower quadrant tenderness").orElseThrow();
        assertThat(at.in(text)).isEqualTo("MILD LOWER   QUADRANT\tTENDERNESS");
    }

    @Test
    void prefersTheUpperCaseOccurrenceThenExactCaseThenTheFirst() {
        String kit = "BK Virus Plasma: PCR for BK VIRUS is negative";
        assertThat(TermLocator.find(kit, "BK virus").orElseThrow().start()).isEqualTo(kit.indexOf("BK VIRUS"));
        String exact = "Anxiety and anxiety";
        assertThat(TermLocator.find(exact, "anxiety").orElseThrow().start()).isEqualTo(12);
        assertThat(TermLocator.find("anxiety, Anxiety", "ANXiety").orElseThrow().start()).isZero();
    }

    @Test
    void prefersWholeWordsAndWholeTokens() {
        String text = "Since then SI. He had PE's in the past and a PE now.";
        assertThat(TermLocator.find(text, "si").orElseThrow().start()).isEqualTo(text.indexOf("SI."));
        assertThat(TermLocator.find(text, "PE").orElseThrow().start()).isEqualTo(text.indexOf("PE now"));
    }

    @Test
    void fallsBackToTheLongestHeadOrTailOfACutTerm() {
        String text = "Neck: Supple.";
        assertThat(TermLocator.find(text, "Neck: Supple. No lymphadenopathy")).isEmpty();
        assertThat(TermLocator.findOrPart(text, "Neck: Supple. No lymphadenopathy")).get()
                .extracting(s -> s.in(text)).isEqualTo("Neck: Supple.");
        String tail = "No adenopathy present.";
        assertThat(TermLocator.findOrPart(tail, "neck is supple. No adenopathy present")).get()
                .extracting(s -> s.in(tail)).isEqualTo("No adenopathy present");
        assertThat(TermLocator.findOrPart(tail, "psychosis")).isEmpty();
    }
}
