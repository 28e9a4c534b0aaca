package io.notelint.nlp.corenlp;

import io.notelint.core.text.Span;
import io.notelint.core.time.TimeExpression;
import io.notelint.core.time.TimeExpression.Kind;
import io.notelint.core.time.TimeExpressionFinder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The time expressions a note gets with the CoreNLP backend: all of NoteLint's default finder (tuned to
 * clinical notes: "12/4", "RTC 2 wks", a "4/10" rating that is no date), plus what SUTime finds where the
 * default found nothing ("the day after tomorrow", "Thanksgiving", "early next month", "end of the month").
 * SUTime only adds: where both see an expression, the default's span, kind and value stand, so switching
 * backend never loses a time the default found; SUTime only supplies the date of a day the default left
 * unresolved ("next Tuesday"). Immutable and thread-safe.
 */
final class CoreNlpTimeFinder implements TimeExpressionFinder {

    static final CoreNlpTimeFinder INSTANCE = new CoreNlpTimeFinder(TimeExpressionFinder.standard(), SuTimeFinder.INSTANCE);

    /** Kinds that name a day, whose dates may fill each other's gaps. */
    private static final Set<Kind> DAY_KINDS = EnumSet.of(Kind.DATE, Kind.WEEKDAY, Kind.RELATIVE);

    private final TimeExpressionFinder base;
    private final TimeExpressionFinder addition;

    CoreNlpTimeFinder(TimeExpressionFinder base, TimeExpressionFinder addition) {
        this.base = base;
        this.addition = addition;
    }

    @Override
    public List<TimeExpression> find(CharSequence text, Span region, LocalDate anchor) {
        List<TimeExpression> found = base.find(text, region, anchor);
        List<TimeExpression> extras = addition.find(text, region, anchor);
        List<TimeExpression> out = new ArrayList<>(found.size() + extras.size());
        for (TimeExpression e : found) {
            out.add(resolved(e, extras));
        }
        for (TimeExpression extra : extras) {
            if (found.stream().noneMatch(e -> e.span().overlaps(extra.span()))) {
                out.add(extra);
            }
        }
        out.sort(Comparator.comparing(TimeExpression::span));
        return List.copyOf(out);
    }

    /**
     * A day the default left unresolved ("next Tuesday", "Tuesday") takes the date SUTime gives the same words,
     * and with it an orientation; its span, kind and value stay the default's.
     */
    private static TimeExpression resolved(TimeExpression e, List<TimeExpression> extras) {
        if (e.date() != null || !DAY_KINDS.contains(e.kind())) {
            return e;
        }
        for (TimeExpression x : extras) {
            if (x.date() != null && DAY_KINDS.contains(x.kind()) && x.span().overlaps(e.span())) {
                return new TimeExpression(e.span(), e.kind(), e.value(), x.date(), x.orientation());
            }
        }
        return e;
    }
}
