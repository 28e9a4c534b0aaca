package io.notelint.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.engine.Linter;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.util.LongAccumulator;
import org.junit.jupiter.api.Test;

/** One Linter per JVM and configuration, shared by task threads; another configuration gets its own. */
class ExecutorLintersTest {

    @Test
    void taskThreadsShareOneLinterPerConfiguration() throws Exception {
        // a config no other test uses, so this JVM has not built its Linter yet
        LintOptions options = new LintOptions("# ExecutorLintersTest " + System.nanoTime() + "\nrules: {}\n",
                "notelint.yaml", Map.of(), null, false);
        LongAccumulator built = new LongAccumulator();
        ExecutorService tasks = Executors.newFixedThreadPool(4);
        try {
            Callable<Linter> task = () -> ExecutorLinters.forOptions(options, built);
            Future<Linter> a = tasks.submit(task);
            Future<Linter> b = tasks.submit(task);
            Future<Linter> c = tasks.submit(task);
            assertThat(a.get()).isSameAs(b.get()).isSameAs(c.get());
        } finally {
            tasks.shutdown();
        }
        assertThat(built.value()).isEqualTo(1);
        assertThat(ExecutorLinters.forOptions(options.withHistoryAssembly(true).withColumn("text", "body"), built))
                .as("options that do not change the Linter share it").isSameAs(ExecutorLinters.forOptions(options, built));
        assertThat(built.value()).isEqualTo(1);
    }
}
