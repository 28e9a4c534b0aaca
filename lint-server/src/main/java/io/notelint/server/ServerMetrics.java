package io.notelint.server;

import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.notelint.core.engine.LintResult;
import io.notelint.core.rule.Finding;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Duration;

/**
 * What {@code /metrics} shows, in Prometheus text: requests by route and status, notes linted, findings
 * by category, the request latency histogram, and requests turned away by reason. Labels are route
 * patterns, categories and fixed reasons, never anything from a request body.
 */
final class ServerMetrics {

    private final PrometheusMeterRegistry registry;
    private final Counter notes;

    ServerMetrics(Clock clock) {
        this.registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT, new PrometheusRegistry(), clock);
        this.notes = Counter.builder("notelint.notes").description("Notes linted or graded").register(registry);
    }

    Clock clock() {
        return registry.config().clock();
    }

    void request(String route, int status, long nanos) {
        Timer.builder("notelint.requests").description("Requests by route and status, with their latency")
                .tag("route", route).tag("status", Integer.toString(status))
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(60))
                .register(registry).record(Duration.ofNanos(nanos));
    }

    void result(LintResult result) {
        notes.increment();
        for (Finding f : result.findings()) {
            Counter.builder("notelint.findings").description("Findings by category").tag("category", f.category().id())
                    .register(registry).increment();
        }
    }

    void graded() {
        notes.increment();
    }

    /** A request turned away: queue-full, draining, too-large, unauthorized, malformed. */
    void rejected(String reason) {
        Counter.builder("notelint.rejected").description("Requests turned away, by reason").tag("reason", reason)
                .register(registry).increment();
    }

    String scrape() {
        return registry.scrape();
    }
}
