package io.notelint.core.engine;

import io.notelint.core.analysis.AnalyzedNote;
import io.notelint.core.analysis.TextToolkit;
import io.notelint.core.config.ConfigException;
import io.notelint.core.config.LintConfig;
import io.notelint.core.config.Profiles;
import io.notelint.core.config.RuleSettings;
import io.notelint.core.limits.BudgetExceededException;
import io.notelint.core.limits.CpuClock;
import io.notelint.core.limits.Deadline;
import io.notelint.core.limits.Limits;
import io.notelint.core.model.Note;
import io.notelint.core.model.NoteError;
import io.notelint.core.nlp.NlpBackend;
import io.notelint.core.nlp.NlpBackends;
import io.notelint.core.nlp.NlpSession;
import io.notelint.core.rule.Finding;
import io.notelint.core.rule.Rule;
import io.notelint.core.rule.RuleMeta;
import io.notelint.core.rule.RuleOptions;
import io.notelint.core.rule.RuleSource;
import io.notelint.core.rule.Severity;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Lints notes. Built once (see {@link #builder()}), immutable but for whether it has warmed up, and
 * safe to share between any number of threads: all per-note state lives in the call.
 *
 * <pre>{@code
 * Linter linter = Linter.builder().build();          // every stable rule on the class path
 * LintResult result = linter.lint(note);
 * }</pre>
 *
 * <p>Each note is held to the {@link Limits}: a note over a size limit gets an error result naming the
 * limit. The limits bound the work of every analysis step (docs/reliability.md), so no clock decides a
 * result; a watchdog in the thread's CPU time ({@link Limits#timeBudget()}) stops only a runaway rule,
 * and its note gets an error result naming the rule.
 */
public final class Linter {

    private final List<ActiveRule> rules;
    private final NlpBackend nlp;
    private final TextToolkit tools;
    private final Limits limits;
    private final CpuClock clock;
    private final WarmUp.Latch warm;

    private Linter(List<ActiveRule> rules, NlpBackend nlp, TextToolkit tools, Limits limits, CpuClock clock) {
        this.rules = List.copyOf(rules);
        this.nlp = nlp;
        this.tools = tools;
        this.limits = limits;
        this.clock = clock;
        this.warm = new WarmUp.Latch();
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

    TextToolkit tools() {
        return tools;
    }

    /** The limits every note is held to. */
    public Limits limits() {
        return limits;
    }

    /**
     * Lints one note. Never throws for a rule's failure: that becomes a {@link RuleError} in the result.
     * A note whose rule runs past the CPU-time watchdog gets an error result naming that rule ({@link
     * LintResult#ok()} false, no findings): a finding list with a gap would look complete.
     *
     * <p>A linter built without its warm-up ({@link Builder#warmUp(boolean)}) pays first-use work (class
     * loading, lexicons, models) inside the first notes' budgets. A note that runs out of budget while the
     * linter is still cold is therefore not reported as stopped: the warm-up runs (once, whichever thread
     * asks first) and the note is linted again with a fresh budget, so its result is the one a warmed
     * linter gives, whatever the load and whichever note came first.
     */
    public LintResult lint(Note note) {
        boolean warmAtStart = warm.done();
        LintResult result = lintOnce(note);
        if (!warmAtStart && stoppedByBudget(result)) {
            warm.runOnce(this);
            result = lintOnce(note);
        }
        return result;
    }

    private static boolean stoppedByBudget(LintResult result) {
        return result.error() != null && Limits.OVER_BUDGET.equals(result.error().code());
    }

    /** One attempt at a note, with a fresh budget; what {@link WarmUp} runs, since it must not warm up again. */
    LintResult lintOnce(Note note) {
        String over = limits.exceededBy(note).orElse(null);
        if (over != null) {
            return LintResult.failed(note.id(), new NoteError(Limits.TOO_LARGE, over, 0));
        }
        Deadline deadline = Deadline.after(limits.timeBudget(), clock);
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
                    return stopped(note, active, e.budgetMillis());
                } catch (RuntimeException | StackOverflowError | AssertionError | LinkageError e) {
                    errors.add(new RuleError(active.id(), describe(e)));
                } catch (OutOfMemoryError e) {
                    // one rule's runaway allocation on one note; what it allocated is garbage again now
                    errors.add(new RuleError(active.id(), "rule " + active.id() + " ran out of memory"));
                }
                if (deadline.expired()) {
                    // it finished, but past the watchdog: the rules after it would not run, so none count
                    return stopped(note, active, deadline.budgetMillis());
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

    /**
     * The result of a note stopped by the watchdog. The message names the rule and the budget only (not
     * the step it was in, nor the time it ran), so that it reads the same on every run.
     */
    private static LintResult stopped(Note note, ActiveRule active, long budgetMillis) {
        return LintResult.failed(note.id(), new NoteError(Limits.OVER_BUDGET, "not fully checked: rule " + active.id()
                + " used more than its CPU time budget of " + budgetMillis + " ms (" + Limits.TIME_BUDGET_MS
                + "), so it was stopped and the note has no findings; a real note needs a small fraction of that,"
                + " so the rule is likely stuck on this note", 0));
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
        private CpuClock clock = CpuClock.system();
        private boolean warmUp = true;

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

        /** The clock of the watchdog (default: the thread's CPU time); tests inject one. */
        public Builder cpuClock(CpuClock value) {
            this.clock = java.util.Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * Whether {@link #build()} runs every rule once on a built-in note (default: yes), so that class
         * loading, lexicons, models and other first-use work happen before any note's budget starts.
         * Off, first use lands in the first notes instead: cheaper for a short run (one note through the
         * command line need not lint a second one), and no result changes, because a note stopped by the
         * budget while the linter is cold is linted again after the warm-up ({@link Linter#lint}).
         */
        public Builder warmUp(boolean value) {
            this.warmUp = value;
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
            Set<Rule> fromFiles = Collections.newSetFromMap(new IdentityHashMap<>());
            if (!files.isEmpty() || !packs.isEmpty()) {
                fromFiles.addAll(ruleSource().load(List.copyOf(files), packs, cl()));
                all.addAll(fromFiles);
            }
            Map<String, Rule> byId = new LinkedHashMap<>();
            for (Rule r : all) {
                Rule clash = byId.putIfAbsent(r.meta().id(), r);
                if (clash != null && clash.getClass() != r.getClass()) {
                    throw new IllegalStateException("duplicate rule id " + r.meta().id() + ": "
                            + origin(clash, fromFiles) + " and " + origin(r, fromFiles));
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
            Linter linter = new Linter(active, backend, TextToolkit.standard(), effective, clock);
            if (warmUp) {
                linter.warm.runOnce(linter);
            }
            return linter;
        }

        /** A Java rule's class, or a rule file's rule as its source shows it (file and line). */
        private static String origin(Rule r, Set<Rule> fromFiles) {
            return fromFiles.contains(r) ? r.toString() : r.getClass().getName();
        }

        /**
         * The reader of rule files and packs, found on the class path (lint-declarative provides it), so the
         * engine knows no rule-file format.
         */
        private RuleSource ruleSource() {
            List<RuleSource> sources = new ArrayList<>();
            ServiceLoader.load(RuleSource.class, cl()).forEach(sources::add);
            if (sources.isEmpty()) {
                throw new IllegalStateException("rule files or rule packs were asked for, but no reader of rule files"
                        + " is on the class path: add the lint-declarative module");
            }
            if (sources.size() > 1) {
                throw new IllegalStateException("more than one reader of rule files is on the class path: "
                        + sources.stream().map(x -> x.getClass().getName()).sorted().toList());
            }
            return sources.get(0);
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
