package io.notelint.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.notelint.core.config.ConfigException;
import io.notelint.core.config.ConfigLoader;
import io.notelint.core.config.LintConfig;
import io.notelint.core.engine.Linter;
import io.notelint.core.engine.LinterTest;
import io.notelint.core.engine.PlainNlp;
import io.notelint.core.nlp.NlpBackends;

/**
 * Config files on arbitrary text: a config, or a {@link ConfigException} naming where; never any other
 * exception, from reading the file or from building a linter with it. A first byte '{' or '[' reads
 * the text as JSON, anything else as YAML.
 */
class ConfigFuzzTest {

    @FuzzTest
    void configFile(byte[] data) {
        String text = FuzzInput.text(data);
        boolean json = data.length > 0 && (data[0] == '{' || data[0] == '[');
        LintConfig config;
        try {
            config = ConfigLoader.parse(text, "fuzz." + (json ? "json" : "yaml"), json);
        } catch (ConfigException e) {
            return;
        }
        try {
            // lint-core's tests have no real backend: the default one is stood in for, any other name must fail
            Linter.builder().config(config).addRule(new LinterTest.WordRule())
                    .nlp(NlpBackends.DEFAULT.equalsIgnoreCase(config.nlp()) ? PlainNlp.BACKEND : null).build();
        } catch (ConfigException e) {
            // an unknown rule id, a bad option value, an unknown profile: reported with its key
        } catch (IllegalArgumentException e) {
            if (!e.getMessage().startsWith("NLP backend '")) {
                throw e;
            }
        }
    }
}
