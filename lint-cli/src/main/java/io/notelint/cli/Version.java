package io.notelint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The version and home page, written into {@code notelint.properties} by the build. */
final class Version implements CommandLine.IVersionProvider {

    private static final Properties PROPS = load();

    static String version() {
        return PROPS.getProperty("version", "unknown");
    }

    static String informationUri() {
        return PROPS.getProperty("informationUri");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"notelint " + version()};
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("notelint.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // the version is informative only
        }
        return p;
    }
}
