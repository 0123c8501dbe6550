package culturebridge.scenario;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * "Did you mean" help for misspelt names: candidates within a small edit distance
 * (Levenshtein, case-insensitive) or that contain the typed name.
 */
final class Suggestions {
    private static final int MAX_SUGGESTIONS = 3;

    private Suggestions() {
    }

    /** Up to three candidates close to {@code typed}, nearest first. */
    static List<String> closest(String typed, Collection<String> candidates) {
        String t = typed.toLowerCase(Locale.ROOT);
        // A third of the name's length lets two-letter slips through for short names
        // ("agnets") without suggesting unrelated words for very short input.
        int limit = t.length() <= 1 ? 0 : t.length() <= 3 ? 1 : Math.max(2, t.length() / 3);
        record Scored(String name, int distance) { }
        List<Scored> hits = new ArrayList<>();
        for (String c : candidates) {
            String lc = c.toLowerCase(Locale.ROOT);
            int d = distance(t, lc);
            if (d <= limit) {
                hits.add(new Scored(c, d));
            } else if (t.length() >= 4 && (lc.contains(t) || t.contains(lc) && lc.length() >= 4)) {
                hits.add(new Scored(c, limit + 1));
            }
        }
        hits.sort(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < hits.size() && i < MAX_SUGGESTIONS; i++) out.add(hits.get(i).name());
        return out;
    }

    /** "; did you mean 'x'?" or "; did you mean 'x' or 'y'?", or "" when nothing is close. */
    static String didYouMean(String typed, Collection<String> candidates) {
        List<String> c = closest(typed, candidates);
        if (c.isEmpty()) return "";
        StringBuilder s = new StringBuilder("; did you mean ");
        for (int i = 0; i < c.size(); i++) {
            if (i > 0) s.append(i == c.size() - 1 ? " or " : ", ");
            s.append('\'').append(c.get(i)).append('\'');
        }
        return s.append('?').toString();
    }

    /**
     * The suggestion as a sentence end before a list of valid names: "; did you mean 'x'? "
     * when something is close, ". " otherwise.
     */
    static String didYouMeanThen(String typed, Collection<String> candidates) {
        String s = didYouMean(typed, candidates);
        return s.isEmpty() ? ". " : s + " ";
    }

    /** Levenshtein edit distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
