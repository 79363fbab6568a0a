package dev.hotseat.operations;

import dev.hotseat.conversation.TurnMeter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * What an operator graphs, in Prometheus's text format through Micrometer: turns and their latency as a
 * histogram, chats in progress, errors sent to clients by code, and language-model failures. One per server.
 */
public final class Metrics implements TurnMeter, AutoCloseable {
    /** Prometheus's text exposition format. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private final Timer turns;
    private final Timer evaluator;

    public Metrics() {
        // Buckets around the goal (p99 under 100 ms) and the language-model range (seconds).
        turns = Timer.builder("hotseat.turn")
                .description("A learner's reply stored, graded and answered")
                .serviceLevelObjectives(ms(10), ms(25), ms(50), ms(100), ms(250), ms(500), ms(1000), ms(2500),
                        ms(5000), ms(10_000), ms(30_000))
                .register(registry);
        evaluator = Timer.builder("hotseat.evaluator").description("The offline evaluator's findings on one reply")
                .register(registry);
        // The JVM's own figures: heap and off-heap, collections, threads, CPU, classes, uptime.
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    private static Duration ms(long millis) {
        return Duration.ofMillis(millis);
    }

    @Override
    public void turn(long nanos) {
        turns.record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void evaluated(long nanos) {
        evaluator.record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void modelFailed(String engine) {
        Counter.builder("hotseat.model.failures").description("Language-model calls that failed; the offline engine answered")
                .tag("engine", engine).register(registry).increment();
    }

    /** An {@code error} message (socket) or error answer (HTTP) went out with this code. */
    public void error(String code) {
        Counter.builder("hotseat.errors").description("Errors sent to clients, by code")
                .tag("code", code).register(registry).increment();
    }

    /** A number read when scraped. */
    public void gauge(String name, String description, Supplier<Number> value) {
        Gauge.builder(name, value).description(description).register(registry);
    }

    /** Numbers read when scraped, by name (a pool's connections, say). */
    public void gauges(java.util.Map<String, Supplier<Number>> figures) {
        figures.forEach((name, value) -> gauge(name, name.replace('.', ' '), value));
    }

    @Override
    public void close() {
        gc.close();
    }

    /** Everything, in Prometheus's text exposition format. */
    public String scrape() {
        return registry.scrape();
    }
}
