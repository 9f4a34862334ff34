package io.clientele.base.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The rule for saving over a newer stored version (an optimistic-locking conflict): compare each edited part three
 * ways — the value the user loaded (base), the user's value (mine) and the stored value (theirs). A part only the
 * other person changed keeps their value, a part only this user changed takes the user's, and only a part both
 * changed to different values is a conflict for the user to decide. Parts are positional, so any form or record can
 * list its edited parts in a fixed order without this class knowing them.
 */
public final class ThreeWayMerge {

    /** What happens to one part. */
    public enum Outcome {
        /** Nobody changed it. */
        UNCHANGED,
        /** Only this user changed it: the user's value is applied. */
        MINE,
        /** Only the other person changed it: their stored value is kept. */
        THEIRS,
        /** Both changed it to the same value. */
        SAME,
        /** Both changed it to different values: the user decides. */
        CONFLICT
    }

    private ThreeWayMerge() {}

    /**
     * One outcome per part.
     *
     * @param base the values the user loaded
     * @param mine the user's values now
     * @param theirs the stored values
     */
    public static List<Outcome> compare(
            List<? extends @Nullable Object> base,
            List<? extends @Nullable Object> mine,
            List<? extends @Nullable Object> theirs) {
        if (base.size() != mine.size() || base.size() != theirs.size()) {
            throw new IllegalArgumentException("base, mine and theirs must list the same parts");
        }
        List<Outcome> outcomes = new ArrayList<>(base.size());
        for (int i = 0; i < base.size(); i++) {
            boolean iChanged = !same(base.get(i), mine.get(i));
            boolean theyChanged = !same(base.get(i), theirs.get(i));
            outcomes.add(
                    !iChanged && !theyChanged
                            ? Outcome.UNCHANGED
                            : !theyChanged
                                    ? Outcome.MINE
                                    : !iChanged
                                            ? Outcome.THEIRS
                                            : same(mine.get(i), theirs.get(i)) ? Outcome.SAME : Outcome.CONFLICT);
        }
        return outcomes;
    }

    /**
     * Equal values; collections compare by their elements regardless of order (a set of groups read twice), and
     * an empty text equals none (a form shows null as "").
     */
    public static boolean same(@Nullable Object a, @Nullable Object b) {
        if (a instanceof Collection<?> x && b instanceof Collection<?> y) {
            return x.size() == y.size() && new HashSet<>(x).equals(new HashSet<>(y));
        }
        return Objects.equals(blankToNull(a), blankToNull(b));
    }

    private static @Nullable Object blankToNull(@Nullable Object value) {
        return value instanceof String s && s.isEmpty() ? null : value;
    }
}
