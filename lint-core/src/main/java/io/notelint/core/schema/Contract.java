package io.notelint.core.schema;

/** The documents NoteLint reads or writes, each with its schema file in {@code docs/schema/}. */
public enum Contract {
    NOTE("note"),
    RESULT("result"),
    CONFIG("config"),
    RULE_FILE("rule-file"),
    RUBRIC("rubric"),
    ASSIGNMENT("assignment");

    /** Where the schemas are published; each file's {@code $id} is this plus its file name. */
    public static final String BASE = "https://github.com/notelint/notelint/raw/main/docs/schema/";

    private final String name;

    Contract(String name) {
        this.name = name;
    }

    /** The schema's file name, e.g. {@code rule-file.schema.json}. */
    public String fileName() {
        return name + ".schema.json";
    }

    /** The schema's {@code $id}, by which the schemas refer to one another. */
    public String id() {
        return BASE + fileName();
    }
}
