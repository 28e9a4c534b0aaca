package io.notelint.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Clock;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The latency histogram reads the injected clock: a request "takes" exactly what the clock says. */
class MetricsTest {

    /** Each reading of the monotonic time is 7 ms after the last: a request reads it twice, start and end. */
    static final class SteppingClock implements Clock {
        private final AtomicLong nanos = new AtomicLong();

        @Override
        public long wallTime() {
            return 1_000_000L;
        }

        @Override
        public long monotonicTime() {
            return nanos.addAndGet(7_000_000L);
        }
    }

    @Test
    void latencyIsMeasuredWithTheInjectedClock() {
        NoteServer server = NoteServer.builder().settings(ServerSettings.defaults().withWorkers(1)).clock(new SteppingClock())
                .build().start();
        try {
            Http http = new Http(server.address());
            assertThat(http.post("/v1/lint", "application/json", ServerApiTest.NOTE).statusCode()).isEqualTo(200);
            assertThat(http.post("/v1/lint", "text/plain", "x").statusCode()).isEqualTo(415);
            String metrics = http.get("/metrics").body();
            assertThat(metrics).contains("notelint_requests_seconds_count{route=\"/v1/lint\",status=\"200\"} 1")
                    .contains("notelint_requests_seconds_sum{route=\"/v1/lint\",status=\"200\"} 0.007")
                    .contains("notelint_requests_seconds_count{route=\"/v1/lint\",status=\"415\"} 1")
                    .contains("notelint_notes_total 1.0");
        } finally {
            server.close();
        }
    }
}
