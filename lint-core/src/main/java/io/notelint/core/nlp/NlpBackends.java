package io.notelint.core.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** Finds NLP backends on the class path by name. */
public final class NlpBackends {

    public static final String DEFAULT = "opennlp";

    private NlpBackends() {
    }

    /** The named backend; a clear error naming the module to add when it is absent. */
    public static NlpBackend load(String name) {
        List<String> known = new ArrayList<>();
        for (NlpBackendProvider p : ServiceLoader.load(NlpBackendProvider.class, NlpBackends.class.getClassLoader())) {
            if (p.name().equalsIgnoreCase(name)) {
                return p.create();
            }
            known.add(p.name());
        }
        String module = switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "corenlp" -> " Add the lint-nlp-corenlp module (and the CoreNLP models jar) to the class path.";
            case DEFAULT -> " Add the lint-nlp-opennlp module (the default backend) to the class path.";
            default -> "";
        };
        String found = known.isEmpty() ? "no NLP backend is on the class path" : "found " + known;
        throw new IllegalArgumentException("NLP backend '" + name + "' is not available; " + found + "." + module);
    }

    public static NlpBackend defaultBackend() {
        return load(DEFAULT);
    }
}
