package io.notelint.rules.language;

import io.notelint.core.analysis.Token;
import io.notelint.core.lexicon.ResourceLines;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides whom a word describes: the client, someone (or something) else, or nobody named. Reads the
 * clause leftwards from the word and takes the first person reference it meets, so "her employer
 * refused leave" is about the employer, "staff described him as drug-seeking" about him, and the
 * telegraphic "Refused UDS." about nobody named, which in a progress note means the client.
 * Coreference is out of reach without a parser: a "he" that means the client's father counts as the
 * client. Immutable and shared.
 */
final class ClientReference {

    /** Who a reference points at. */
    enum Who { CLIENT, OTHER, UNNAMED }

    private static final class Holder {
        static final ClientReference STANDARD = new ClientReference();
    }

    private final Map<String, Who> words;

    private ClientReference() {
        Map<String, Who> map = new HashMap<>();
        for (String[] row : ResourceLines.tsv(ClientReference.class, "person-references.tsv", 2)) {
            map.put(Lexicons.normalizer().normalize(row[0]), row[1].equals("client") ? Who.CLIENT : Who.OTHER);
        }
        this.words = Map.copyOf(map);
    }

    static ClientReference standard() {
        return Holder.STANDARD;
    }

    /** Whom the words starting at token {@code at} describe, read from the tokens before it. */
    Who before(List<Token> tokens, int at) {
        for (int i = at - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            if (t.text().equals(";")) {
                break;
            }
            Who who = words.get(t.norm());
            if (who != null) {
                return who;
            }
        }
        return Who.UNNAMED;
    }

    /** The reference a single token makes, or UNNAMED. */
    Who of(Token t) {
        return words.getOrDefault(t.norm(), Who.UNNAMED);
    }
}
