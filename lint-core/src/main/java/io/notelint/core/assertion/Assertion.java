package io.notelint.core.assertion;

import java.util.Locale;

/**
 * What a sentence says about a mention, in the spirit of NegEx and ConText: is it asserted as a
 * current fact about the client, or negated, hypothetical, only historical, or about someone else?
 */
public enum Assertion {
    AFFIRMED, NEGATED, HYPOTHETICAL, HISTORICAL, OTHER_PERSON;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The status with this id ("other-person" -> OTHER_PERSON); IllegalArgumentException if none. */
    public static Assertion ofId(String id) {
        for (Assertion a : values()) {
            if (a.id().equals(id)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown assertion id '" + id + "'");
    }

    /** True only for a current, affirmed mention about the client. */
    public boolean affirmed() {
        return this == AFFIRMED;
    }
}
