package org.mdkg.sandbox;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.QueryCancelledException;
import org.mdkg.base.ErrorKind;
import org.mdkg.base.MdkgException;

/**
 * The text a regular expression reads, counting every character it reads: {@code java.util.regex} reads its input
 * only through {@link #charAt}, backtracking included, so the count is the work done. Every 4,096 reads the
 * query's cancel signal (set by its time limit) is checked, and past its budget of reads the evaluation stops.
 * A single catastrophic match such as {@code (.*a){15}$} on 30 characters (2^30 steps) used to run on long after
 * the time limit; now the limit or the budget ends it.
 */
final class RegexBudget implements CharSequence {
    private static final int CHECK_EVERY = 4096;

    private final String text;
    private final int start;
    private final int end;
    private final State state;

    /** What the reads of one evaluation share, across the sub-sequences the matcher takes. */
    private static final class State {
        final AtomicBoolean cancelled;
        final long maxSteps;
        final String what;
        long steps;

        State(AtomicBoolean cancelled, long maxSteps, String what) {
            this.cancelled = cancelled;
            this.maxSteps = maxSteps;
            this.what = what;
        }
    }

    /** Reads allowed per character of the text, on top of the fixed budget: a linear match reads each a few times. */
    static final long PER_CHARACTER = 100;

    /**
     * {@code text} as read by the function {@code what}, within {@code maxSteps} reads (plus {@link #PER_CHARACTER}
     * per character of the text, so long literals can be matched) or until {@code cancelled}.
     */
    RegexBudget(String text, AtomicBoolean cancelled, long maxSteps, String what) {
        this(text, 0, text.length(), new State(cancelled, budget(maxSteps, text.length()), what));
    }

    private static long budget(long maxSteps, int length) {
        long extra = PER_CHARACTER * length;
        return maxSteps > Long.MAX_VALUE - extra ? Long.MAX_VALUE : maxSteps + extra;
    }

    private RegexBudget(String text, int start, int end, State state) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.state = state;
    }

    @Override
    public char charAt(int index) {
        if ((++state.steps & (CHECK_EVERY - 1)) == 0) {
            check();
        }
        return text.charAt(start + index);
    }

    private void check() {
        if (state.cancelled != null && state.cancelled.get()) {
            throw new QueryCancelledException();
        }
        if (state.steps > state.maxSteps) {
            // a cancellation is the one failure Jena's FILTER does not swallow (it would drop the row and go on);
            // the cause says why, and the server answers it as the bad input it is
            throw new QueryCancelledException(new MdkgException(
                    ErrorKind.BAD_INPUT,
                    "the regular expression of " + state.what + " needed more than " + state.maxSteps
                            + " steps on one value (MDKG_REGEX_MAX_STEPS, plus " + PER_CHARACTER
                            + " per character): it backtracks too much; "
                            + "simplify it (nested repetitions such as (.*a){15} are exponential)"));
        }
    }

    @Override
    public int length() {
        return end - start;
    }

    @Override
    public CharSequence subSequence(int from, int to) {
        return new RegexBudget(text, start + from, start + to, state);
    }

    @Override
    public String toString() {
        return text.substring(start, end);
    }
}
