package io.notelint.rules.language;

import io.notelint.core.lexicon.PhraseLexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One entry of a stigmatizing-language lexicon: the preferred wording to suggest, the gate that decides
 * whether a use describes the client, and context conditions (see {@link LexiconCondition}). Loaded from
 * TSV lines {@code phrase<TAB>gate<TAB>suggestion[<TAB>conditions]}.
 */
record StigmaEntry(Gate gate, String suggestion, List<LexiconCondition> conditions) {

    /** How a use is tied to the client before it is reported. */
    enum Gate {
        /** The wording is the problem whoever it describes ("committed suicide"). */
        ALWAYS,
        /** Describes the client or nobody named; not negated, not about someone else. */
        CLIENT,
        /** As CLIENT, but the clause must name the client ("Client is difficult", not "it is difficult"). */
        CLIENT_EXPLICIT,
        /** A noun label: as CLIENT, and not a modifier of a following noun ("alcoholic beverages"). */
        LABEL,
        /** A verb of the client's: as CLIENT, and not a passive with the client as its subject ("was refused"). */
        VERB,
        /** A test-result word: not about someone else, and not a verb with an object ("clean the screen"). */
        TEST;

        static Gate parse(String s) {
            return valueOf(s.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    static StigmaEntry fromColumns(String[] cols) {
        if (cols.length < 2) {
            throw new IllegalArgumentException("a stigmatizing-language entry needs a gate and a suggestion");
        }
        List<LexiconCondition> conditions = new ArrayList<>();
        if (cols.length > 2) {
            for (String spec : cols[2].trim().split("\\s+")) {
                if (!spec.isEmpty()) {
                    conditions.add(LexiconCondition.parse(spec));
                }
            }
        }
        return new StigmaEntry(Gate.parse(cols[0]), cols[1], List.copyOf(conditions));
    }

    static PhraseLexicon<StigmaEntry> load(String resource) {
        return Lexicons.phrases(resource, StigmaEntry::fromColumns);
    }
}
