package culturebridge.model.opinion;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The news each public hears about the partner country this week: the summed pressure of past
 * {@link NewsEvent}s it was reached by, split into hostile (negative) and friendly (positive)
 * parts, each decaying by its event's half-life. Each public has its own news: an event that
 * names only Korea's public leaves China's untouched.
 */
public final class PublicNews implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final List<NewsEvent> events;
    private final double[] hostile = new double[2];
    private final double[] friendly = new double[2];

    public PublicNews(List<NewsEvent> events) {
        this.events = List.copyOf(events);
    }

    /** Recomputes both publics' news for the given date. */
    public void update(LocalDate date) {
        for (int c = 0; c < 2; c++) {
            hostile[c] = 0;
            friendly[c] = 0;
        }
        for (NewsEvent e : events) {
            double p = e.pressure(ChronoUnit.DAYS.between(e.date(), date));
            if (p == 0) continue;
            for (int c = 0; c < 2; c++) {
                if (!e.reaches(c)) continue;
                if (p < 0) hostile[c] -= p;
                else friendly[c] += p;
            }
        }
    }

    /** Hostile news pressure on public c (at least 0). */
    public double hostile(int c) { return hostile[c]; }

    /** Friendly news pressure on public c (at least 0). */
    public double friendly(int c) { return friendly[c]; }

    /** The events this public news is made of. */
    public List<NewsEvent> events() { return events; }
}
