package culturebridge.experiment.sweep;

import java.util.ArrayList;
import java.util.List;

/**
 * One of N even slices of a sweep's runs, for a Slurm job array or any set of machines that
 * share nothing but the sweep file: shard i of N (1-based, as {@code --shard 3/8}) takes the runs
 * whose number leaves remainder i - 1 when divided by N. Dealing runs round-robin rather than in
 * blocks spreads expensive regions of the design (large populations, long periods) over all
 * shards, and shard sizes differ by at most one run.
 *
 * @param index 1-based shard number
 * @param count number of shards
 */
public record Shard(int index, int count) implements java.io.Serializable {
    /** The whole sweep. */
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1) throw new IllegalArgumentException("the number of shards must be at least 1, got " + count);
        if (index < 1 || index > count) {
            throw new IllegalArgumentException("shard number must be between 1 and " + count + ", got " + index);
        }
    }

    /**
     * Parses {@code i/N}.
     *
     * @throws IllegalArgumentException with what is wrong
     */
    public static Shard parse(String text) {
        String t = text == null ? "" : text.trim();
        int slash = t.indexOf('/');
        if (slash <= 0 || slash == t.length() - 1) {
            throw new IllegalArgumentException("a shard is written i/N (e.g. 3/8: the third of eight), got '" + text + "'");
        }
        int i;
        int n;
        try {
            i = Integer.parseInt(t.substring(0, slash).trim());
            n = Integer.parseInt(t.substring(slash + 1).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a shard is written i/N with whole numbers, got '" + text + "'");
        }
        return new Shard(i, n);
    }

    /** Whether run number {@code run} belongs to this shard. */
    public boolean contains(int run) {
        return run % count == index - 1;
    }

    /** The run numbers of this shard, in order, out of {@code total}. */
    public List<Integer> runs(int total) {
        List<Integer> out = new ArrayList<>(total / count + 1);
        for (int r = index - 1; r < total; r += count) out.add(r);
        return out;
    }

    /** Whether this is the whole sweep. */
    public boolean isAll() {
        return count == 1;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
