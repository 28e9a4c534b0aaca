package io.notelint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.notelint.core.config.ConfigException;
import io.notelint.core.config.ConfigLoader;
import io.notelint.core.engine.Linter;
import io.notelint.core.json.NoteJson;
import io.notelint.core.model.NoteFormatException;
import io.notelint.core.rule.Category;
import io.notelint.core.rule.Severity;
import io.notelint.declarative.RuleFiles;
import io.notelint.grading.Assignment;
import io.notelint.grading.GradingFileException;
import io.notelint.grading.Rubric;
import io.notelint.io.CsvMappingLoader;
import io.notelint.output.ResultJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The published contract (docs/schema/) against the repository: every example file validates against its
 * schema, so do the results the linter writes, and where a reader refuses a document the schema refuses
 * it too. A key added to a strict reader (a rubric's new option, a rule type's new key) fails here until
 * the schema says so.
 */
class ContractSchemaTest {

    private static final Path ROOT = root();
    private static final ContractSchemas SCHEMAS = ContractSchemas.load(ROOT.resolve("docs/schema"));

    @TempDir
    Path dir;

    // ---- the schemas themselves ----------------------------------------------------------------------

    @Test
    void everySchemaIsAValidDraft202012Schema() {
        assertThat(SCHEMAS.trees().keySet()).containsExactlyInAnyOrder("note.schema.json", "result.schema.json",
                "config.schema.json", "rule-file.schema.json", "rubric.schema.json", "assignment.schema.json");
        for (String name : SCHEMAS.trees().keySet()) {
            assertThat(SCHEMAS.tree(name).path("$schema").asString()).as(name)
                    .isEqualTo("https://json-schema.org/draft/2020-12/schema");
            assertThat(SCHEMAS.validateAgainstMetaSchema(name)).as(name).isEmpty();
        }
    }

    /** Other languages code against these files: every property says in words what it is. */
    @Test
    void everyPropertyIsDescribed() {
        List<String> undescribed = new ArrayList<>();
        SCHEMAS.trees().forEach((name, tree) -> collectUndescribed(name, tree, "", undescribed));
        assertThat(undescribed).isEmpty();
    }

    @Test
    void theCategoryAndSeverityEnumsCoverTheEngines() {
        JsonNode defs = SCHEMAS.tree("result.schema.json").get("$defs");
        Set<String> categories = strings(defs.get("category").get("enum"));
        for (Category c : Category.values()) {
            assertThat(categories).as("result.schema.json lists category %s", c.id()).contains(c.id());
        }
        assertThat(strings(defs.get("severity").get("enum")))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(Severity.values()).map(Severity::id).toList());
    }

    // ---- every example file ----------------------------------------------------------------------------

    @Test
    void everyExampleNoteIsAValidNote() throws IOException {
        List<Path> files = new ArrayList<>();
        files.addAll(filesIn(ROOT.resolve("examples/notes"), ".json", ".jsonl"));
        files.addAll(filesIn(ROOT.resolve("examples/grading/notes"), ".json", ".jsonl"));
        files.addAll(filesIn(ROOT.resolve("examples/grading/term/notes"), ".jsonl"));
        assertThat(files).hasSizeGreaterThanOrEqualTo(20);
        int notes = 0;
        for (Path f : files) {
            for (JsonNode note : notesOf(f)) {
                assertValid("note", note, ROOT.relativize(f) + " " + note.path("id").asString());
                notes++;
            }
        }
        assertThat(notes).isGreaterThan(files.size());
    }

    @Test
    void everyCorpusNoteIsAValidNote() throws IOException {
        List<Path> files = new ArrayList<>(filesIn(ROOT.resolve("corpus"), ".jsonl"));
        assertThat(files).isNotEmpty();
        // the labelled notes the rule tests read, in the corpus's shape
        files.add(ROOT.resolve("lint-rules/src/test/resources/io/notelint/rules/structure/structure-notes.jsonl"));
        for (JsonNode note : corpusNotes(files)) {
            assertValid("note", note, "corpus note " + note.path("id").asString());
        }
    }

    @Test
    void everyConfigAndProfileIsAValidConfig() throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(ROOT.resolve("examples/rule-packs/notelint.yaml"));
        files.addAll(filesIn(ROOT.resolve("lint-rules/src/main/resources/notelint/profiles"), ".yaml"));
        files.addAll(filesIn(ROOT.resolve("lint-cli/src/test/resources/notelint/profiles"), ".yaml"));
        assertThat(files).hasSizeGreaterThanOrEqualTo(4);
        for (Path f : files) {
            assertValid("config", ContractSchemas.read(f), ROOT.relativize(f).toString());
        }
    }

    @Test
    void everyRuleFileAndPackIsAValidRuleFile() throws IOException {
        List<Path> files = new ArrayList<>();
        files.addAll(filesIn(ROOT.resolve("examples/rule-packs/clinic-rules"), ".yaml", ".yml", ".json"));
        files.addAll(filesIn(ROOT.resolve("lint-rules/src/main/resources/notelint/packs"), ".yaml"));
        files.addAll(filesIn(ROOT.resolve("lint-testing/src/test/resources/io/notelint/testing/new-user"),
                ".yaml", ".json"));
        assertThat(files).hasSizeGreaterThanOrEqualTo(8);
        Set<String> types = new HashSet<>();
        for (Path f : files) {
            JsonNode tree = ContractSchemas.read(f);
            assertValid("rule-file", tree, ROOT.relativize(f).toString());
            (tree.has("rules") ? tree.get("rules").values() : List.of(tree)).forEach(r -> types.add(r.get("type").asString()));
        }
        assertThat(types).as("the examples show every rule type")
                .containsExactlyInAnyOrder("existence", "substitution", "occurrence", "requirement", "sections", "field");
    }

    @Test
    void everyRubricAndAssignmentIsValid() {
        assertValid("rubric", ContractSchemas.read(ROOT.resolve("examples/grading/rubric.yaml")), "examples rubric");
        assertValid("rubric", ContractSchemas.read(ROOT.resolve(
                "lint-grading/src/main/resources/io/notelint/grading/" + Rubric.DEFAULT_RESOURCE)), "built-in rubric");
        assertValid("assignment", ContractSchemas.read(ROOT.resolve("examples/grading/assignment.yaml")),
                "examples assignment");
    }

    /**
     * The YAML users copy from the docs: complete rule files, configs, rubrics and assignments on the pages
     * validate too. A block is taken by its top keys; fragments (a lone 'when:', a key or two of a rule) are
     * left to the prose around them.
     */
    @Test
    void theYamlFilesOnTheDocsPagesAreValid() throws IOException {
        List<Path> pages = new ArrayList<>(filesIn(ROOT.resolve("docs"), ".md"));
        pages.add(ROOT.resolve("README.md"));
        Set<String> configKeys = keysOf(SCHEMAS.tree("config.schema.json").get("properties"));
        List<String> checked = new ArrayList<>();
        for (Path page : pages) {
            String[] parts = Files.readString(page, StandardCharsets.UTF_8).split("```yaml\n", -1);
            for (int i = 1; i < parts.length; i++) {
                JsonNode block;
                try {
                    block = ContractSchemas.parse(parts[i].substring(0, parts[i].indexOf("```")), false);
                } catch (JacksonException e) {
                    continue; // an outline with "..." in it, not a file
                }
                if (block == null || !block.isObject()) {
                    continue;
                }
                Set<String> keys = keysOf(block);
                String schema = keys.contains("criteria") ? "rubric"
                        : keys.contains("requirements") ? "assignment"
                        : keys.contains("type") && keys.contains("id") || keys.contains("rules") && block.get("rules").isArray()
                                ? "rule-file"
                        : configKeys.containsAll(keys) ? "config" : null;
                if (schema != null) {
                    assertValid(schema, block, ROOT.relativize(page) + " yaml block " + i);
                    checked.add(schema);
                }
            }
        }
        assertThat(checked).as("blocks checked").contains("rule-file", "config", "rubric", "assignment");
        assertThat(checked.stream().filter("rule-file"::equals).count()).as("rule files on the pages")
                .isGreaterThanOrEqualTo(6);
    }

    /** The JSON shown on the docs pages: a complete note validates as a note, a complete result as a result. */
    @Test
    void theJsonOnTheDocsPagesIsValid() throws IOException {
        List<Path> pages = new ArrayList<>(filesIn(ROOT.resolve("docs"), ".md"));
        pages.add(ROOT.resolve("README.md"));
        List<String> checked = new ArrayList<>();
        for (Path page : pages) {
            String[] parts = Files.readString(page, StandardCharsets.UTF_8).split("```json\n", -1);
            for (int i = 1; i < parts.length; i++) {
                JsonNode block;
                try {
                    block = ContractSchemas.parse(parts[i].substring(0, parts[i].indexOf("```")), true);
                } catch (JacksonException e) {
                    continue; // an outline with "..." or {...} in it, not a document
                }
                String schema = block.has("id") && block.has("text") ? "note"
                        : block.has("noteId") && block.has("findings") ? "result" : null;
                if (schema != null) {
                    assertValid(schema, block, ROOT.relativize(page) + " json block " + i);
                    checked.add(schema);
                }
            }
        }
        assertThat(checked).as("blocks checked").contains("note", "result");
    }

    // ---- what the linter writes ------------------------------------------------------------------------

    @Test
    void theResultsOfEveryCorpusNoteAreValidResults() throws IOException {
        Linter linter = Linter.builder().discoverRules().addRulePack("medicare-psychotherapy")
                .addRuleFiles(ROOT.resolve("examples/rule-packs/clinic-rules")).build();
        List<JsonNode> notes = corpusNotes(filesIn(ROOT.resolve("corpus"), ".jsonl"));
        Set<String> seen = new HashSet<>();
        for (JsonNode note : notes) {
            JsonNode result = ResultJson.toTree(linter.lint(NoteJson.fromTree(note)));
            assertValid("result", result, "result of " + note.path("id").asString());
            result.get("findings").values().forEach(f -> seen.add(f.has("span") ? "span" : "note-level"));
        }
        assertThat(seen).as("results with and without spans were checked").contains("span", "note-level");
    }

    /** Records that cannot be linted (hostile.jsonl) become error results, in the schema's shape too. */
    @Test
    void errorResultsAreValidResults() {
        Cli.Run run = Cli.run("check", "--format", "jsonl", Path.of("src/test/resources/hostile.jsonl").toString());
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSizeGreaterThan(10);
        int errors = 0;
        for (String line : lines) {
            JsonNode result = NoteJson.readTree(line);
            assertValid("result", result, line.length() > 80 ? line.substring(0, 80) : line);
            errors += result.has("error") ? 1 : 0;
        }
        assertThat(errors).isPositive();
    }

    // ---- what the readers refuse, the schemas refuse ---------------------------------------------------

    record Refused(String what, String schema, String text, boolean json, Consumer<String> reader) {
        @Override
        public String toString() {
            return what;
        }
    }

    static Stream<Refused> refused() {
        Consumer<String> note = t -> NoteJson.parseNote(t, null);
        Consumer<String> config = t -> ConfigLoader.parse(t, "config.yaml", false);
        Consumer<String> rules = t -> RuleFiles.parse(t, "rules.yaml", false);
        Consumer<String> rubric = t -> Rubric.parse(t, "rubric.yaml", false);
        Consumer<String> assignment = t -> Assignment.parse(t, "assignment.yaml", false);
        String rule = "id: acme/filler\ntype: existence\ncategory: vague-language\nmessage: m\nterms: [as usual]\n";
        String criterion = "id: r\nversion: \"1\"\ntitle: T\ncriteria:\n  - id: c\n    title: C\n    weight: 10\n"
                + "    why: w\n    fix: f\n    deductions:\n      - category: vague-language\n        points: 2\n";
        String requirement = "id: a\nversion: 1\ntitle: T\nrequirements:\n  - id: q\n    title: Q\n    weight: 4\n"
                + "    why: w\n    fix: f\n";
        return Stream.of(
                new Refused("note without text", "note", "{\"id\": \"n1\"}", true, note),
                new Refused("note whose text is a list", "note", "{\"id\": \"n1\", \"text\": [\"a\"]}", true, note),
                new Refused("note whose id is an object", "note", "{\"id\": {}, \"text\": \"x\"}", true, note),
                new Refused("config with an unknown key", "config", "colour: red\n", false, config),
                new Refused("config limit that is text", "config", "limits:\n  maxNoteChars: big\n", false, config),
                new Refused("config limit out of range", "config", "limits:\n  maxNestingDepth: 0\n", false, config),
                new Refused("config with an unknown limit", "config", "limits:\n  maxNotes: 3\n", false, config),
                new Refused("config severity that is no severity", "config",
                        "rules:\n  vague-language/vague-status:\n    severity: loud\n", false, config),
                new Refused("config rule setting with an unknown key", "config",
                        "rules:\n  vague-language/vague-status:\n    level: error\n", false, config),
                new Refused("config option without a value", "config",
                        "rules:\n  administrative/late-signature:\n    options:\n      maxDays:\n", false, config),
                new Refused("rule file with a misspelt key", "rule-file", rule + "exeptions: [x]\n", false, rules),
                new Refused("rule of an unknown type", "rule-file", rule.replace("existence", "existance"), false, rules),
                new Refused("rule with an unknown category", "rule-file", rule.replace("vague-language", "vagueness"),
                        false, rules),
                new Refused("rule whose ignoreCase is text", "rule-file", rule + "ignoreCase: sometimes\n", false, rules),
                new Refused("rule with an unknown skip value", "rule-file", rule + "skip: [quotes]\n", false, rules),
                new Refused("rule with an unknown scope", "rule-file", rule + "scope: plans\n", false, rules),
                new Refused("rule id that is not kebab case", "rule-file", rule.replace("acme/filler", "Acme/Filler"),
                        false, rules),
                new Refused("substitution rule with terms", "rule-file",
                        rule.replace("existence", "substitution") + "swap: {addict: person}\n", false, rules),
                new Refused("requirement rule without when", "rule-file",
                        rule.replace("existence", "requirement").replace("vague-language", "plan-quality"), false, rules),
                new Refused("note-level rule in a span category", "rule-file",
                        rule.replace("existence", "occurrence") + "min: 1\n", false, rules),
                new Refused("sections rule listing an unknown section", "rule-file",
                        "id: acme/dapr\ntype: sections\ncategory: missing-section\nmessage: m\nformat: DAPR\n"
                                + "sections: [data, recommendations]\n", false, rules),
                new Refused("field rule on an unknown field", "rule-file",
                        "id: acme/risk\ntype: field\ncategory: administrative\nmessage: m\nexpect: riskLvl present\n",
                        false, rules),
                new Refused("field predicate in the mapping form of older rule files", "rule-file",
                        "id: acme/len\ntype: field\ncategory: administrative\nmessage: m\n"
                                + "expect:\n  - {field: durationMinutes, min: 16}\n", false, rules),
                new Refused("condition in the mapping form of older rule files", "rule-file",
                        rule + "when: {field: cptCode, equals: \"90837\"}\n", false, rules),
                new Refused("pack with an unknown key", "rule-file", "name: p\nowner: me\nrules:\n  - " + rule.replace("\n", "\n    "),
                        false, rules),
                new Refused("rubric with an unknown key", "rubric", criterion + "passmark: 70\n", false, rubric),
                new Refused("rubric criterion with an unknown key", "rubric",
                        criterion.replace("    why: w\n", "    why: w\n    critcal: true\n"), false, rubric),
                new Refused("rubric pass mark that is neither a percent nor points", "rubric",
                        criterion + "passMark: seventy\n", false, rubric),
                new Refused("rubric critical target of an unknown category", "rubric",
                        criterion.replace("    why: w\n", "    why: w\n    critical: [vagueness]\n"), false, rubric),
                new Refused("rubric weight that is a decimal", "rubric", criterion.replace("weight: 10", "weight: 2.5"),
                        false, rubric),
                new Refused("rubric deduction with category and rule", "rubric",
                        criterion + "        rule: vague-language/vague-status\n", false, rubric),
                new Refused("rubric deduction of an unknown category", "rubric",
                        criterion.replace("category: vague-language", "category: vagueness"), false, rubric),
                new Refused("rubric with a decimal version", "rubric", criterion.replace("\"1\"", "1.1"), false, rubric),
                new Refused("assignment requirement that asks for nothing", "assignment", requirement, false, assignment),
                new Refused("assignment with an unknown key", "assignment",
                        requirement + "    phrases: [safety plan]\n" + "passMark: 3\n", false, assignment),
                new Refused("assignment pattern that is a number", "assignment",
                        requirement + "    patterns: [42]\n", false, assignment));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void whatTheReaderRefusesTheSchemaRefuses(Refused c) {
        assertThatThrownBy(() -> c.reader().accept(c.text())).as("the reader refuses: " + c.what())
                .isInstanceOfAny(NoteFormatException.class, ConfigException.class, GradingFileException.class);
        assertThat(SCHEMAS.validate(c.schema(), ContractSchemas.parse(c.text(), c.json())))
                .as("the schema refuses: " + c.what()).isNotEmpty();
    }

    /** The refused documents differ from accepted ones only by their mistake: the bases pass both. */
    @Test
    void theBasesOfTheRefusedDocumentsAreAccepted() {
        String rule = "id: acme/filler\ntype: existence\ncategory: vague-language\nmessage: m\nterms: [as usual]\n";
        String rubric = "id: r\nversion: \"1\"\ntitle: T\ncriteria:\n  - id: c\n    title: C\n    weight: 10\n"
                + "    why: w\n    fix: f\n    deductions:\n      - category: vague-language\n        points: 2\n";
        String assignment = "id: a\nversion: 1\ntitle: T\nrequirements:\n  - id: q\n    title: Q\n    weight: 4\n"
                + "    why: w\n    fix: f\n    phrases: [safety plan]\n";
        RuleFiles.parse(rule, "rules.yaml", false);
        Rubric.parse(rubric, "rubric.yaml", false);
        Assignment.parse(assignment, "assignment.yaml", false);
        NoteJson.parseNote("{\"id\": 7, \"text\": \"x\", \"kind\": \"Intake\", \"custom\": {\"a\": 1}}", null);
        ConfigLoader.parse("", "empty.yaml", false);
        assertValid("config", ContractSchemas.parse("", false), "an empty config");
        assertValid("rule-file", ContractSchemas.parse(rule, false), "base rule");
        assertValid("rubric", ContractSchemas.parse(rubric, false), "base rubric");
        assertValid("assignment", ContractSchemas.parse(assignment, false), "base assignment");
        assertValid("note", ContractSchemas.parse("{\"id\": 7, \"text\": \"x\", \"format\": \"soap\", \"kind\": \"Intake\","
                + " \"custom\": {\"a\": 1}, \"fields\": {\"ward\": \"B\", \"durationMinutes\": \"53\"}}", true), "base note");
    }

    /** The note contract keeps unknown keys, but a known field of the wrong shape breaks it. */
    @Test
    void aNoteFieldOfTheWrongShapeBreaksTheContract() {
        JsonNode note = ContractSchemas.parse("{\"id\": \"n\", \"text\": \"x\", \"fields\": {\"riskLevel\": \"severe\","
                + " \"sessionDate\": \"20/11/2026\", \"durationMinutes\": 53.5}}", true);
        assertThat(SCHEMAS.validate("note", note).stream().map(e -> e.substring(0, e.indexOf(':'))).distinct())
                .containsExactlyInAnyOrder("/fields/riskLevel", "/fields/sessionDate", "/fields/durationMinutes");
        // the reader keeps the note and reports each field (NoteFields.invalid), reading it as absent
        assertThat(NoteJson.fromTree(note).fields().invalid()).containsOnlyKeys("riskLevel", "sessionDate", "durationMinutes");
    }

    @Test
    void aResultWithAKeyTheContractDoesNotNameIsRefused() {
        JsonNode result = ContractSchemas.parse("{\"noteId\": \"n\", \"findings\": [{\"ruleId\": \"a/b\","
                + " \"category\": \"vague-language\", \"severity\": \"warning\", \"message\": \"m\", \"score\": 3}]}", true);
        assertThat(SCHEMAS.validate("result", result)).isNotEmpty();
    }

    @Test
    void aCsvMappingWithAnUnknownKeyIsRefused() throws IOException {
        Path config = dir.resolve("config.yaml");
        Files.writeString(config, "csv:\n  notes: body\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CsvMappingLoader.load(config)).isInstanceOf(ConfigException.class);
        assertThat(SCHEMAS.validate("config", ContractSchemas.read(config))).isNotEmpty();
        Files.writeString(config, "csv:\n  id: note_id\n  fields:\n    clinician.credentials: cred\n", StandardCharsets.UTF_8);
        CsvMappingLoader.load(config);
        assertValid("config", ContractSchemas.read(config), "csv mapping");
    }

    // ---- the readers' keys are the schemas' keys -------------------------------------------------------

    /**
     * Each strict reader names the keys it allows when it meets an unknown one; those must be exactly the
     * keys its schema allows, so that a key added to a reader without an example file still fails here.
     */
    @Test
    void theStrictReadersAllowExactlyTheKeysTheirSchemasAllow() {
        JsonNode config = SCHEMAS.tree("config.schema.json");
        assertThat(keysOf(config.get("properties"))).as("config top keys")
                .isEqualTo(listedBy(() -> ConfigLoader.parse(UNKNOWN + ": 1\n", "c.yaml", false)));
        assertThat(keysOf(config.at("/properties/limits/properties"))).as("config limits")
                .isEqualTo(listedBy(() -> ConfigLoader.parse("limits: {" + UNKNOWN + ": 1}\n", "c.yaml", false)));

        JsonNode rules = SCHEMAS.tree("rule-file.schema.json").get("$defs");
        assertThat(keysOf(rules.at("/pack/properties"))).as("rule pack keys")
                .isEqualTo(listedBy(() -> RuleFiles.parse("rules: [x]\n" + UNKNOWN + ": 1\n", "r.yaml", false)));
        Set<String> types = strings(rules.at("/rule/properties/type/enum"));
        assertThat(keysOf(rules.at("/rule/properties"))).as("every key some rule type allows")
                .contains("id", "type", "category", "message");
        for (JsonNode branch : rules.at("/rule/allOf").values()) {
            String type = branch.at("/if/properties/type/const").asString();
            assertThat(types).contains(type);
            types.remove(type);
            String rule = "id: acme/x\ntype: " + type + "\ncategory: administrative\nmessage: m\n" + UNKNOWN + ": 1\n";
            Set<String> allowed = new HashSet<>(listedBy(() -> RuleFiles.parse(rule, "r.yaml", false)));
            if (type.equals("substitution")) {
                // listed, but then refused with a message of their own: its terms go under 'swap' (see refused())
                allowed.removeAll(Set.of("terms", "patterns"));
            }
            assertThat(strings(branch.at("/then/propertyNames/enum"))).as("keys of a %s rule", type).isEqualTo(allowed);
        }
        assertThat(types).as("every rule type has its keys in the schema").isEmpty();

        JsonNode rubric = SCHEMAS.tree("rubric.schema.json");
        String criterion = "id: r\nversion: 1\ntitle: T\n" + UNKNOWN + ": 1\ncriteria:\n  - id: c\n    " + UNKNOWN
                + ": 1\n    deductions:\n      - category: vague-language\n        " + UNKNOWN + ": 1\n";
        assertThat(keysOf(rubric.get("properties"))).as("rubric keys")
                .isEqualTo(knownKeys(() -> Rubric.parse(criterion, "r.yaml", false), UNKNOWN));
        assertThat(keysOf(rubric.at("/$defs/criterion/properties"))).as("criterion keys")
                .isEqualTo(knownKeys(() -> Rubric.parse(criterion, "r.yaml", false), "criteria[0]." + UNKNOWN));
        assertThat(keysOf(rubric.at("/$defs/deduction/properties"))).as("deduction keys")
                .isEqualTo(knownKeys(() -> Rubric.parse(criterion, "r.yaml", false), "criteria[0].deductions[0]." + UNKNOWN));

        JsonNode assignment = SCHEMAS.tree("assignment.schema.json");
        String requirement = "id: a\nversion: 1\ntitle: T\n" + UNKNOWN + ": 1\nrequirements:\n  - id: q\n    "
                + UNKNOWN + ": 1\n";
        assertThat(keysOf(assignment.get("properties"))).as("assignment keys")
                .isEqualTo(knownKeys(() -> Assignment.parse(requirement, "a.yaml", false), UNKNOWN));
        assertThat(keysOf(assignment.at("/$defs/requirement/properties"))).as("requirement keys")
                .isEqualTo(knownKeys(() -> Assignment.parse(requirement, "a.yaml", false), "requirements[0]." + UNKNOWN));
    }

    /** A key no reader knows and none is close to, so readers list their keys instead of a did-you-mean. */
    private static final String UNKNOWN = "qqqqqqqqqqqq";

    /** The keys a config or rule-file reader lists ("known keys: a, b") when it refuses an unknown key. */
    private static Set<String> listedBy(Runnable parse) {
        try {
            parse.run();
        } catch (ConfigException e) {
            assertThat(e.getMessage()).as("the reader refuses the unknown key").contains(UNKNOWN);
            return knownKeysIn(e.getMessage());
        }
        throw new AssertionError("the reader accepted the unknown key " + UNKNOWN);
    }

    /** The keys a grading reader lists ("known keys: a, b") for the unknown key at {@code path}. */
    private static Set<String> knownKeys(Runnable parse, String path) {
        try {
            parse.run();
        } catch (GradingFileException e) {
            String problem = e.problems().stream().filter(p -> p.key().equals(path)).findFirst()
                    .orElseThrow(() -> new AssertionError("no problem at " + path + " in " + e.getMessage())).problem();
            return knownKeysIn(problem);
        }
        throw new AssertionError("the reader accepted the unknown key " + UNKNOWN);
    }

    /** The keys every reader lists after "known keys: " when it refuses an unknown key (the same words in all). */
    private static Set<String> knownKeysIn(String message) {
        assertThat(message).contains("known keys: ");
        return Set.of(message.substring(message.indexOf("known keys: ") + 12).split(",\\s*"));
    }

    private static Set<String> keysOf(JsonNode properties) {
        Set<String> out = new HashSet<>();
        properties.properties().forEach(e -> out.add(e.getKey()));
        return out;
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    private static void assertValid(String schema, JsonNode document, String what) {
        assertThat(SCHEMAS.validate(schema, document)).as("%s against %s.schema.json", what, schema).isEmpty();
    }

    private static List<Path> filesIn(Path folder, String... endings) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> Arrays.stream(endings).anyMatch(e -> p.getFileName().toString().endsWith(e)))
                    .sorted().toList();
        }
    }

    /** The notes of a .json file (one note or an array of notes) or a .jsonl file (one a line). */
    private static List<JsonNode> notesOf(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (file.toString().endsWith(".jsonl")) {
            return text.lines().filter(l -> !l.isBlank()).map(NoteJson::readTree).toList();
        }
        JsonNode tree = NoteJson.readTree(text);
        return tree.isArray() ? List.copyOf(tree.values()) : List.of(tree);
    }

    /** The corpus lines hold {"note": {...}, "expect": {...}}: the note objects. */
    private static List<JsonNode> corpusNotes(List<Path> files) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (Path f : files) {
            for (JsonNode line : notesOf(f)) {
                out.add(line.has("note") ? line.get("note") : line);
            }
        }
        assertThat(out).hasSizeGreaterThan(100);
        return out;
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> out = new HashSet<>();
        array.values().forEach(v -> out.add(v.asString()));
        return out;
    }

    /**
     * Every entry of every 'properties' must have a description, itself or through its $ref; except in the
     * branches of if/then/else, which only narrow properties described where they are declared.
     */
    private static void collectUndescribed(String file, JsonNode node, String path, List<String> out) {
        if (node.isObject()) {
            JsonNode props = node.get("properties");
            boolean branch = path.matches(".*/(if|then|else)(/.*)?");
            if (props != null && props.isObject() && !branch) {
                for (var e : props.properties()) {
                    if (!described(file, e.getValue())) {
                        out.add(file + " " + path + "/properties/" + e.getKey());
                    }
                }
            }
            for (var e : node.properties()) {
                collectUndescribed(file, e.getValue(), path + "/" + e.getKey(), out);
            }
        } else if (node.isArray()) {
            int i = 0;
            for (JsonNode item : node.values()) {
                collectUndescribed(file, item, path + "/" + i++, out);
            }
        }
    }

    private static boolean described(String file, JsonNode schema) {
        if (schema.hasNonNull("description")) {
            return true;
        }
        JsonNode ref = schema.get("$ref");
        if (ref == null) {
            return false;
        }
        String target = ref.asString();
        int hash = target.indexOf('#');
        String targetFile = hash == 0 ? file : target.substring(0, hash);
        JsonNode node = SCHEMAS.tree(targetFile).at(target.substring(hash + 1));
        return !node.isMissingNode() && described(targetFile, node);
    }

    private static Path root() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("docs/schema")) && Files.isDirectory(d.resolve("examples"))) {
                return d;
            }
        }
        throw new IllegalStateException("docs/schema not found above the working directory");
    }
}
