package io.notelint.nlp.opennlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.nlp.NlpSession;
import io.notelint.core.text.Span;
import io.notelint.core.text.TaggedToken;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Taggers are lent to one session at a time and come back when it closes; the pool stays bounded. */
class TaggerPoolTest {

    private static final String TEXT = "Client practiced breathing daily and reported calmer mornings.";
    private static final Span ALL = new Span(0, TEXT.length());

    @Test
    void aClosedSessionGivesItsTaggerBackAndTheNextSessionReusesIt() {
        OpenNlpBackend.TaggerPool pool = new OpenNlpBackend.TaggerPool(4);
        OpenNlpBackend.Tagger first = pool.borrow();
        pool.giveBack(first);
        assertThat(pool.idle()).isEqualTo(1);
        assertThat(pool.borrow()).isSameAs(first);
        assertThat(pool.idle()).isZero();
    }

    @Test
    void thePoolKeepsNoMoreThanItsBound() {
        OpenNlpBackend.TaggerPool pool = new OpenNlpBackend.TaggerPool(2);
        List<OpenNlpBackend.Tagger> lent = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            lent.add(pool.borrow());
        }
        lent.forEach(pool::giveBack);
        assertThat(pool.idle()).isEqualTo(2);
    }

    @Test
    void sessionsThatOnlyDetectSentencesBorrowNothing() {
        OpenNlpBackend backend = new OpenNlpBackend();
        try (NlpSession s = backend.openSession()) {
            assertThat(s.sentences(TEXT, ALL)).hasSize(1);
        }
        assertThat(backend.taggers().idle()).isZero();
        try (NlpSession s = backend.openSession()) {
            assertThat(s.tag(TEXT, ALL)).isNotEmpty();
        }
        assertThat(backend.taggers().idle()).isEqualTo(1);
    }

    @Test
    void taggersPassedBetweenThreadsTagExactlyAsFreshOnesDo() throws Exception {
        List<TaggedToken> expected;
        try (NlpSession s = new OpenNlpBackend().openSession()) {
            expected = s.tag(TEXT, ALL);
        }
        OpenNlpBackend shared = new OpenNlpBackend();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<TaggedToken>>> results = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                results.add(pool.submit(() -> {
                    try (NlpSession s = shared.openSession()) {
                        return s.tag(TEXT, ALL);
                    }
                }));
            }
            for (Future<List<TaggedToken>> f : results) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(expected).extracting(TaggedToken::pos).contains("VERB", "NOUN");
    }
}
