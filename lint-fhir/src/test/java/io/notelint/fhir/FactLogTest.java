package io.notelint.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The on-disk index gives what the maps it replaced gave: the last value put, every value added in order. */
class FactLogTest {

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> strings(List<byte[]> values) {
        List<String> out = new ArrayList<>();
        values.forEach(v -> out.add(new String(v, StandardCharsets.UTF_8)));
        return out;
    }

    @Test
    void keysSharingBucketsKeepTheirOwnValuesInOrder() throws Exception {
        try (FactLog log = new FactLog(FactLog.MIN_BUCKET_BITS)) {
            // 20,000 keys in 1,024 buckets: every chain is shared by many keys and kinds
            for (int i = 0; i < 20_000; i++) {
                log.append((byte) 1, "Encounter/e-" + i, b("first " + i));
                log.append((byte) 2, "Encounter/e-" + i, b("other kind " + i));
            }
            for (int i = 0; i < 20_000; i += 2) {
                log.append((byte) 1, "Encounter/e-" + i, b("second " + i));
            }
            long item = log.append((byte) 0, null, b("a record without a key"));
            log.seal();
            assertThat(Files.exists(log.path())).as("unlinked once sealed").isFalse();
            for (int i = 0; i < 20_000; i += 997) {
                String key = "Encounter/e-" + i;
                List<String> expected = i % 2 == 0 ? List.of("first " + i, "second " + i) : List.of("first " + i);
                assertThat(strings(log.all((byte) 1, key))).isEqualTo(expected);
                assertThat(new String(log.last((byte) 1, key), StandardCharsets.UTF_8)).isEqualTo(expected.get(expected.size() - 1));
                assertThat(strings(log.all((byte) 2, key))).containsExactly("other kind " + i);
            }
            assertThat(log.last((byte) 1, "Encounter/missing")).isNull();
            assertThat(log.all((byte) 3, "Encounter/e-1")).isEmpty();
            assertThat(new String(log.value(item), StandardCharsets.UTF_8)).isEqualTo("a record without a key");
        }
    }

    @Test
    void aLogClosedBeforeItIsSealedLeavesNoFile() throws Exception {
        FactLog log = new FactLog(FactLog.MIN_BUCKET_BITS);
        log.append((byte) 1, "Patient/p", b("x"));
        assertThat(Files.exists(log.path())).isTrue();
        log.close();
        assertThat(Files.exists(log.path())).isFalse();
    }
}
