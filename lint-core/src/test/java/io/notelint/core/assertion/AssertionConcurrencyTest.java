package io.notelint.core.assertion;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.analysis.TextToolkit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One classifier serves every thread: concurrent answers equal sequential ones. */
class AssertionConcurrencyTest {

    private static final String[][] CASES = {
            {"Client denies SI but reports thoughts of self-harm.", "self-harm"},
            {"Client denies SI but reports thoughts of self-harm.", "SI"},
            {"Will call 988 if SI returns.", "SI"},
            {"Hx of suicide attempt in 2018.", "suicide attempt"},
            {"Her brother has depression.", "depression"},
            {"SI, HI and AVH denied.", "HI"},
            {"No change in anxiety.", "anxiety"},
    };

    @Test
    void concurrentClassificationMatchesSequential() throws Exception {
        AssertionClassifier classifier = TextToolkit.standard().assertions();
        List<AssertionResult> expected = new ArrayList<>();
        for (String[] c : CASES) {
            expected.add(classifier.assess(c[0], c[1]));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                runs.add(pool.submit(() -> {
                    for (int round = 0; round < 300; round++) {
                        for (int i = 0; i < CASES.length; i++) {
                            if (!classifier.assess(CASES[i][0], CASES[i][1]).equals(expected.get(i))) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> run : runs) {
                assertThat(run.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
