package io.notelint.core.engine;

import io.notelint.core.analysis.AnalyzedNote;
import io.notelint.core.analysis.TextToolkit;
import io.notelint.core.config.ConfigException;
import io.notelint.core.config.LintConfig;
import io.notelint.core.config.Profiles;
import io.notelint.core.config.RuleSettings;
import io.notelint.core.declarative.RuleFiles;
import io.notelint.core.limits.BudgetExceededException;
import io.notelint.core.limits.Deadline;
import io.notelint.core.limits.Limits;
import io.notelint.core.model.Note;
import io.notelint.core.nlp.NlpBackend;
import io.notelint.core.nlp.NlpBackends;
import io.notelint.core.nlp.NlpSession;
import io.notelint.core.rule.Finding;
import io.notelint.core.rule.Rule;
import io.notelint.core.rule.RuleMeta;
import io.notelint.core.rule.RuleOptions;
import io.notelint.core.rule.Severity;
import java.time.Duration;
import java.util.ArrayList;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Lints notes. Built once (see {@link #builder()}), immutable, and safe to share between any number of
 * threads: all per-note state lives in the call.
 *
 * <pre>{@code
 * Linter linter = Linter.builder().build();          // every stable rule on the class path
 * LintResult result = linter.lint(note);
 * }</pre>
 *
 * <p>Each note is held to the {@link Limits}: a note over a size limit gets an error result naming the
 * limit, and a note that runs out of its time budget gets a {@link RuleError} for the rule that was
 * running (the findings of the rules that finished are kept; the rules after it do not run).
 */
public final class Linter {

    private final List<ActiveRule> rules;
    private final NlpBackend nlp;
    private final TextToolkit tools;
    private final Limits limits;

    private Linter(List<ActiveRule> rules, NlpBackend nlp, TextToolkit tools, Limits limits) {
        this.rules = List.copyOf(rules);
        this.nlp = nlp;
        this.tools = tools;
        this.limits = limits;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The rules that run, in the order they run. */
    public List<ActiveRule> rules() {
        return rules;
    }

    public NlpBackend nlp() {
        return nlp;
    }

    /** The limits every note is held to. */
    public Limits limits() {
        return limits;
    }

    /** Lints one note. Never throws for a rule's failure: that becomes a {@link RuleError} in the result. */
    public LintResult lint(Note note) {
        String over = limits.exceededBy(note).orElse(null);
        if (over != null) {
            return LintResult.failed(note.id(), new NoteError(Limits.TOO_LARGE, over, 0));
        }
        Deadline deadline = Deadline.after(limits.timeBudget());
        List<Finding> findings = new ArrayList<>();
        List<RuleError> errors = new ArrayList<>();
        try (NlpSession session = nlp.openSession()) {
            AnalyzedNote analysis = new AnalyzedNote(note, tools, session, deadline);
            for (int i = 0; i < rules.size(); i++) {
                ActiveRule active = rules.get(i);
                RuleRun run = new RuleRun(active, analysis);
                try {
                    if (!applies(active, analysis)) {
                        continue;
                    }
                    active.rule().check(run);
                    findings.addAll(run.findings());
                } catch (BudgetExceededException e) {
                    // the rule was stopped part-way: what it reported so far is incomplete, so none of it is kept
                    errors.add(overBudget(active, e.budgetMillis(), " during " + e.step(), rules.size() - i - 1));
                    break;
                } catch (RuntimeException | StackOverflowError | AssertionError | LinkageError e) {
                    errors.add(new RuleError(active.id(), describe(e)));
                } catch (OutOfMemoryError e) {
                    // one rule's runaway allocation on one note; what it allocated is garbage again now
                    errors.add(new RuleError(active.id(), "rule " + active.id() + " ran out of memory"));
                }
                if (deadline.expired() && i + 1 < rules.size()) {
                    // finished, but late: its findings stand; the rules after it do not run
                    errors.add(overBudget(active, deadline.budgetMillis(), "", rules.size() - i - 1));
                    break;
                }
            }
        }
        Collections.sort(findings);
        return new LintResult(note.id(), findings, errors, null, note.text());
    }

    /** False when the rule does not judge this kind of document (an evaluation by a progress note's template). */
    private static boolean applies(ActiveRule active, AnalyzedNote analysis) {
        RuleMeta meta = active.rule().meta();
        return meta.judgesEveryKind() || meta.appliesTo(analysis.kind());
    }

    private static RuleError overBudget(ActiveRule active, long budgetMillis, String during, int notRun) {
        return new RuleError(active.id(), "rule " + active.id() + " exceeded the time budget of " + budgetMillis
                + " ms" + during + (notRun == 0 ? "" : "; " + notRun + (notRun == 1 ? " later rule" : " later rules")
                + " did not run"));
    }

    /** Names the failure without its message, which could quote the note. */
    static String describe(Throwable e) {
        StackTraceElement[] trace = e.getStackTrace();
        String where = trace.length == 0 ? "" : " at " + trace[0].getClassName() + "." + trace[0].getMethodName()
                + ":" + trace[0].getLineNumber();
        return e.getClass().getName() + where;
    }

    /** Configures and builds a {@link Linter}. */
    public static final class Builder {
        private LintConfig config = LintConfig.DEFAULT;
        private final List<Rule> rules = new ArrayList<>();
        private boolean discover = true;
        private final List<Path> ruleFiles = new ArrayList<>();
        private final List<String> rulePacks = new ArrayList<>();
        private NlpBackend nlp;
        private ClassLoader classLoader;
        private Limits limits;
        private Duration timeBudget;

        /** Limits for every note (default: the config's, else {@link Limits#DEFAULT}). */
        public Builder limits(Limits value) {
            this.limits = value;
            return this;
        }

        /**
         * The time one note may take ({@link Duration#ZERO}: no budget), over the time budget of
         * {@link #limits(Limits)} or the config.
         */
        public Builder timeBudget(Duration value) {
            this.timeBudget = value;
            return this;
        }

        public Builder config(LintConfig value) {
            this.config = value;
            return this;
        }

        /** Adds a rule explicitly (and stops class-path discovery unless {@link #discoverRules()} is called). */
        public Builder addRule(Rule rule) {
            rules.add(rule);
            discover = false;
            return this;
        }

        /**
         * Adds declarative rules from YAML or JSON rule files or directories of them (docs/custom-rules.md),
         * on top of the other rules (discovery stays as it is). Files are read and validated by
         * {@link #build()}, which throws a {@code RuleFileException} naming file, line and key.
         */
        public Builder addRuleFiles(Path... paths) {
            ruleFiles.addAll(List.of(paths));
            return this;
        }

        /** Adds the declarative rule pack shipped on the class path as {@code notelint/packs/NAME.yaml}. */
        public Builder addRulePack(String name) {
            rulePacks.add(name);
            return this;
        }

        /** Also finds rules with ServiceLoader (the default when no rule is added explicitly). */
        public Builder discoverRules() {
            discover = true;
            return this;
        }

        /** Class loader for rule and backend discovery (for plugin jars). */
        public Builder classLoader(ClassLoader value) {
            this.classLoader = value;
            return this;
        }

        public Builder nlp(NlpBackend value) {
            this.nlp = value;
            return this;
        }

        public Linter build() {
            List<Rule> all = new ArrayList<>(rules);
            if (discover) {
                ClassLoader cl = classLoader != null ? classLoader : Linter.class.getClassLoader();
                for (Rule r : ServiceLoader.load(Rule.class, cl)) {
                    all.add(r);
                }
            }
            List<Path> files = new ArrayList<>(config.ruleFiles());
            files.addAll(ruleFiles);
            LintConfig profile = config.profile() == null ? null : Profiles.load(config.profile(), cl());
            List<String> packs = new ArrayList<>(profile == null ? List.of() : profile.rulePacks());
            packs.addAll(config.rulePacks());
            packs.addAll(rulePacks);
            packs = List.copyOf(new java.util.LinkedHashSet<>(packs));
            if (!files.isEmpty() || !packs.isEmpty()) {
                all.addAll(RuleFiles.load(files, packs, cl()));
            }
            Map<String, Rule> byId = new LinkedHashMap<>();
            for (Rule r : all) {
                Rule clash = byId.putIfAbsent(r.meta().id(), r);
                if (clash != null && clash.getClass() != r.getClass()) {
                    throw new IllegalStateException("duplicate rule id " + r.meta().id() + ": " + origin(clash)
                            + " and " + origin(r));
                }
            }
            Map<String, RuleSettings> settings = effectiveSettings(byId, profile);
            List<ActiveRule> active = new ArrayList<>();
            for (Rule rule : byId.values()) {
                RuleMeta meta = rule.meta();
                RuleSettings s = settings.get(meta.id());
                if (s == null || !s.enabled()) {
                    continue;
                }
                RuleOptions options;
                try {
                    options = RuleOptions.resolve(meta, s.options());
                } catch (IllegalArgumentException e) {
                    String key = "rules." + meta.id() + ".options";
                    throw new ConfigException(key, e.getMessage(), config.locationOf(key));
                }
                Severity severity = s.severity() != null ? s.severity() : meta.defaultSeverity();
                active.add(new ActiveRule(rule, severity, options));
            }
            NlpBackend backend = nlp != null ? nlp : NlpBackends.load(config.nlp());
            Limits effective = limits != null ? limits : config.limits();
            if (timeBudget != null) {
                effective = effective.withTimeBudget(timeBudget);
            }
            warmUp(backend);
            return new Linter(active, backend, TextToolkit.standard(), effective);
        }

        /** A Java rule's class, or a declarative rule's file and line. */
        private static String origin(Rule r) {
            return r instanceof io.notelint.core.declarative.DeclarativeRule d ? d.toString() : r.getClass().getName();
        }

        /**
         * Loads the backend's models now (OpenNLP loads each on first use), so that the first note of a
         * process does not spend its time budget on loading them. Only the models: the rest of a cold start
         * (the rules' first use of their resources, code the JIT has not compiled yet) still falls in the
         * first notes' budgets. A failure here is left for lint() to
         * report on the note it happens on.
         */
        private static void warmUp(NlpBackend backend) {
            try {
                NlpSession session = backend.openSession();
                String text = "Client reports sleeping better. Next session in two weeks.";
                for (io.notelint.core.text.Span s : session.sentences(text, new io.notelint.core.text.Span(0, text.length()))) {
                    session.tag(text, s);
                }
            } catch (RuntimeException e) {
                // reported per note by lint(), where it happens again
            }
        }

        private ClassLoader cl() {
            return classLoader != null ? classLoader : Linter.class.getClassLoader();
        }

        /** Every stable rule on, the profile's settings over that, the config's rule settings over both. */
        private Map<String, RuleSettings> effectiveSettings(Map<String, Rule> byId, LintConfig profile) {
            Map<String, RuleSettings> base = new LinkedHashMap<>();
            byId.values().stream().filter(r -> r.meta().stable())
                    .forEach(r -> base.put(r.meta().id(), RuleSettings.on()));
            if (profile != null) {
                // a profile may name rules of packs that are not on the class path: those are skipped
                profile.rules().forEach((id, s) -> {
                    if (byId.containsKey(id)) {
                        base.merge(id, s, RuleSettings::overlay);
                    }
                });
            }
            for (Map.Entry<String, RuleSettings> e : config.rules().entrySet()) {
                String id = e.getKey();
                if (!byId.containsKey(id)) {
                    String key = "rules." + id;
                    throw new ConfigException(key, "unknown rule id" + suggest(id, byId.keySet()),
                            config.locationOf(key));
                }
                base.merge(id, e.getValue(), RuleSettings::overlay);
            }
            return base;
        }

        private static String suggest(String id, Collection<String> known) {
            return io.notelint.core.text.DidYouMean.nearest(id, known).map(k -> " (did you mean " + k + "?)").orElse("");
        }
    }
}
