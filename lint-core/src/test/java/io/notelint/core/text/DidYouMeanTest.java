package io.notelint.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {

    private static final List<String> RULES = List.of("vague-language/vague-status", "vague-language/empty-activity",
            "missing-plan/no-plan");

    @Test
    void aRuleIdWithoutItsCategoryOrWithATypoFindsTheRule() {
        assertThat(DidYouMean.nearest("vague-status", RULES)).contains("vague-language/vague-status");
        assertThat(DidYouMean.nearest("vague-staus", RULES)).contains("vague-language/vague-status");
        assertThat(DidYouMean.nearest("missing-plan/no-plam", RULES)).contains("missing-plan/no-plan");
        assertThat(DidYouMean.nearest("extend", List.of("extends", "rules", "nlp"))).contains("extends");
        assertThat(DidYouMean.nearest("completely-different-words", RULES)).isEmpty();
    }
}
