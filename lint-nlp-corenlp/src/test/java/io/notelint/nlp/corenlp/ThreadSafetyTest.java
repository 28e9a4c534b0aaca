package io.notelint.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.nlp.DependencyParses;
import io.notelint.core.nlp.NlpSession;
import io.notelint.core.text.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * One backend shared by several threads gives each the same answers as one thread alone: the annotators
 * (tokenizer, tagger, lemmatiser, SUTime, parser) are shared and must keep no per-document state.
 */
class ThreadSafetyTest {

    private static final String[] TEXTS = {
        "Client denies SI but reports thoughts of self-harm and will return next Tuesday.",
        "She had a panic attack on Tuesday; we practised paced breathing for 10 minutes.",
        "Ömer’s mood improved (PHQ-9 12 → 8) 😀 since starting sertraline in two weeks’ time.",
        "If urges return, she will call 988 or go to the nearest emergency room.",
        "Follow up every other week; next session 12/4/2026 at 3pm with Dr. Lee.",
        "He was not sleeping well, did not eat, and felt hopeless before the session.",
    };
    private static final LocalDate SESSION = LocalDate.of(2026, 11, 20);
    private static final int THREADS = 4;
    private static final int ROUNDS = 2;

    private final CoreNlpBackend backend = new CoreNlpBackend();

    /** Everything the backend says about one text, as a comparable string. */
    private String analyse(String text) {
        Span all = new Span(0, text.length());
        NlpSession session = backend.openSession();
        StringBuilder out = new StringBuilder();
        for (Span s : session.sentences(text, all)) {
            out.append(s).append(session.tag(text, s)).append('\n');
            out.append(session.capability(DependencyParses.class).orElseThrow().parse(text, s).arcs()).append('\n');
        }
        out.append(SuTimeFinder.INSTANCE.find(text, all, SESSION));
        return out.toString();
    }

    @Test
    void concurrentAnalysesMatchSequentialOnes() throws Exception {
        List<String> expected = new ArrayList<>();
        for (String t : TEXTS) {
            expected.add(analyse(t));
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int thread = 0; thread < THREADS; thread++) {
                int offset = thread;
                Callable<List<String>> job = () -> {
                    start.await();
                    List<String> got = new ArrayList<>();
                    for (int round = 0; round < ROUNDS; round++) {
                        for (int i = 0; i < TEXTS.length; i++) {
                            // each thread walks the texts from a different place, so different texts overlap
                            int k = (i + offset) % TEXTS.length;
                            got.add(k + ":" + analyse(TEXTS[k]));
                        }
                    }
                    return got;
                };
                futures.add(pool.submit(job));
            }
            start.countDown();
            for (Future<List<String>> f : futures) {
                for (String result : f.get()) {
                    int k = Integer.parseInt(result.substring(0, result.indexOf(':')));
                    assertThat(result.substring(result.indexOf(':') + 1)).isEqualTo(expected.get(k));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
