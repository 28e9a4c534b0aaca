package io.notelint.core.rule;

import io.notelint.core.model.NoteKind;
import io.notelint.core.text.CharClasses;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everything about a rule except its logic, declared once: the docs page, the SARIF rule entry,
 * {@code notelint explain} and the example tests are all generated from it.
 *
 * @param id        stable id, {@code family/kebab-name}; ids are forever
 * @param messages  message templates by message id, with {@code {placeholder}} arguments
 * @param suggestions how to fix a finding, by suggestion id: templates filled with the finding's arguments,
 *                  declared once so docs, {@code explain} and SARIF show them (ESLint's {@code hasSuggestions})
 * @param stable    false for rules whose precision is not yet proven: they stay out of the default profile
 * @param kinds     the kinds of document the rule judges (categories.md, Document kinds); the engine does
 *                  not run it on notes of other kinds. Empty means the rule did not say, and is run on
 *                  every kind (rules from before kinds existed); the shipped rules all say.
 */
public record RuleMeta(String id, Category category, Severity defaultSeverity, String description,
                       String rationale, List<String> references, List<OptionSpec> options,
                       Map<String, String> messages, List<Example> examples, boolean stable,
                       Set<NoteKind> kinds, Map<String, String> suggestions) {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)?");

    public RuleMeta {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches() || id.length() > 64) {
            throw new IllegalArgumentException("rule id '" + id + "' must be kebab-case family/name, at most 64 chars");
        }
        Objects.requireNonNull(category, "category of " + id);
        Objects.requireNonNull(defaultSeverity, "defaultSeverity of " + id);
        Objects.requireNonNull(description, "description of " + id);
        rationale = rationale == null ? "" : rationale;
        references = List.copyOf(references == null ? List.of() : references);
        options = List.copyOf(options == null ? List.of() : options);
        messages = Map.copyOf(messages == null ? Map.of() : messages);
        suggestions = Map.copyOf(suggestions == null ? Map.of() : suggestions);
        examples = List.copyOf(examples == null ? List.of() : examples);
        kinds = kinds == null || kinds.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(kinds));
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("rule " + id + " declares no message");
        }
    }

    /** A rule that does not say which kinds of document it judges (run on every kind). */
    public RuleMeta(String id, Category category, Severity defaultSeverity, String description, String rationale,
                    List<String> references, List<OptionSpec> options, Map<String, String> messages,
                    List<Example> examples, boolean stable) {
        this(id, category, defaultSeverity, description, rationale, references, options, messages, examples, stable,
                Set.of(), Map.of());
    }

    /** A rule with no declared suggestions. */
    public RuleMeta(String id, Category category, Severity defaultSeverity, String description, String rationale,
                    List<String> references, List<OptionSpec> options, Map<String, String> messages,
                    List<Example> examples, boolean stable, Set<NoteKind> kinds) {
        this(id, category, defaultSeverity, description, rationale, references, options, messages, examples, stable,
                kinds, Map.of());
    }

    public static Builder builder(String id, Category category) {
        return new Builder(id, category);
    }

    public Optional<OptionSpec> option(String name) {
        return options.stream().filter(o -> o.name().equals(name)).findFirst();
    }

    /** True when the rule judges notes of this kind (always, for a rule that did not say). */
    public boolean appliesTo(NoteKind kind) {
        return kinds.isEmpty() || kinds.contains(kind);
    }

    /** True when the rule runs on every kind of document (declared so, or not declared). */
    public boolean judgesEveryKind() {
        return kinds.isEmpty() || kinds.size() == NoteKind.values().length;
    }

    /** True when the rule declared its kinds (every shipped rule does). */
    public boolean declaresKinds() {
        return !kinds.isEmpty();
    }

    /** The kinds in words, for docs and {@code explain}: "every kind of document" or "progress, group". */
    public String kindsShown() {
        if (kinds.isEmpty() || kinds.size() == NoteKind.values().length) {
            return kinds.isEmpty() ? "every kind of document (not declared)" : "every kind of document";
        }
        return String.join(", ", kinds.stream().map(NoteKind::id).toList());
    }

    public List<String> optionNames() {
        return options.stream().map(OptionSpec::name).toList();
    }

    /** Renders a message template; a missing id or an unfilled placeholder is a bug in the rule. */
    public String render(String messageId, Map<String, String> args) {
        String template = messages.get(messageId);
        if (template == null) {
            throw new IllegalStateException("rule " + id + " has no message '" + messageId + "'");
        }
        return fill(template, args);
    }

    /** Renders a suggestion template; a missing id or an unfilled placeholder is a bug in the rule. */
    public String renderSuggestion(String suggestionId, Map<String, String> args) {
        String template = suggestions.get(suggestionId);
        if (template == null) {
            throw new IllegalStateException("rule " + id + " has no suggestion '" + suggestionId + "'");
        }
        return fill(template, args);
    }

    /** Fills {@code {name}} placeholders (a letter, then letters or digits); throws when one has no argument. */
    public String fill(String template, Map<String, String> args) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int copied = 0;
        for (int open = template.indexOf('{'); open >= 0; open = template.indexOf('{', open + 1)) {
            int close = placeholderEnd(template, open);
            if (close < 0) {
                continue;
            }
            String name = template.substring(open + 1, close);
            String value = args.get(name);
            if (value == null) {
                throw new IllegalStateException("rule " + id + ": placeholder {" + name + "} has no argument");
            }
            out.append(template, copied, open).append(value);
            copied = close + 1;
            open = close;
        }
        return out.append(template, copied, template.length()).toString();
    }

    /** The index of the '}' that closes a placeholder opened at {@code open}, or -1 when none does. */
    private static int placeholderEnd(String template, int open) {
        int i = open + 1;
        if (i >= template.length() || !CharClasses.asciiLetter(template.charAt(i))) {
            return -1;
        }
        i++;
        while (i < template.length() && (CharClasses.asciiLetter(template.charAt(i)) || CharClasses.asciiDigit(template.charAt(i)))) {
            i++;
        }
        return i < template.length() && template.charAt(i) == '}' ? i : -1;
    }

    /** Fluent construction, so a rule reads as its documentation. */
    public static final class Builder implements ExampleCollector<Builder> {
        private final String id;
        private final Category category;
        private Severity severity = Severity.WARNING;
        private String description;
        private String rationale = "";
        private final List<String> references = new ArrayList<>();
        private final List<OptionSpec> options = new ArrayList<>();
        private final Map<String, String> messages = new LinkedHashMap<>();
        private final Map<String, String> suggestions = new LinkedHashMap<>();
        private final List<Example> examples = new ArrayList<>();
        private boolean stable = true;
        private final Set<NoteKind> kinds = EnumSet.noneOf(NoteKind.class);

        private Builder(String id, Category category) {
            this.id = id;
            this.category = category;
        }

        public Builder severity(Severity value) {
            this.severity = value;
            return this;
        }

        public Builder description(String value) {
            this.description = value;
            return this;
        }

        public Builder rationale(String value) {
            this.rationale = value;
            return this;
        }

        public Builder reference(String value) {
            references.add(value);
            return this;
        }

        public Builder option(OptionSpec value) {
            options.add(value);
            return this;
        }

        public Builder message(String messageId, String template) {
            messages.put(messageId, template);
            return this;
        }

        /** How to fix a finding, by id; a report names it with {@code Report.suggest(id)}. */
        public Builder suggestion(String suggestionId, String template) {
            suggestions.put(suggestionId, template);
            return this;
        }

        @Override
        public Builder example(Example value) {
            examples.add(value);
            return this;
        }

        /** The kinds of document the rule judges; the engine skips it for notes of other kinds. */
        public Builder appliesTo(NoteKind first, NoteKind... more) {
            kinds.add(first);
            kinds.addAll(List.of(more));
            return this;
        }

        /** Says that the rule judges every kind of document: evaluations, discharge summaries, all. */
        public Builder appliesToAllKinds() {
            kinds.addAll(EnumSet.allOf(NoteKind.class));
            return this;
        }

        public Builder experimental() {
            this.stable = false;
            return this;
        }

        public RuleMeta build() {
            return new RuleMeta(id, category, severity, description, rationale, references, options, messages,
                    examples, stable, kinds, suggestions);
        }
    }
}
