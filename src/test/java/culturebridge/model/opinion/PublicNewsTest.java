package culturebridge.model.opinion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each public hears only the events that name it; an event's pressure halves by its half-life. */
class PublicNewsTest {

    private static final LocalDate DAY = LocalDate.of(2020, 11, 29);

    @Test
    void anEventMovesOnlyThePublicItNames() {
        PublicNews news = new PublicNews(List.of(new NewsEvent("dispute", DAY, new boolean[] {false, true}, -0.3, 3)));
        news.update(DAY);
        assertEquals(0.0, news.hostile(0));
        assertEquals(0.3, news.hostile(1), 1e-12);
        assertEquals(0.0, news.friendly(0));
        assertEquals(0.0, news.friendly(1));
        news.update(DAY.minusDays(1));
        assertEquals(0.0, news.hostile(1), "nothing before its date");
    }

    @Test
    void pressureHalvesByTheHalfLifeAndSignsSeparate() {
        PublicNews news = new PublicNews(List.of(
                new NewsEvent("summit", DAY, new boolean[] {true, true}, 0.3, 3),
                new NewsEvent("boycott", DAY, new boolean[] {true, false}, -0.6, 6)));
        // 6 months of 365.25 / 12 days
        news.update(DAY.plusDays(183));
        double months = 183 / (365.25 / 12);
        assertEquals(0.3 * Math.pow(0.5, months / 3), news.friendly(0), 1e-12);
        assertEquals(0.3 * Math.pow(0.5, months / 3), news.friendly(1), 1e-12);
        assertEquals(0.6 * Math.pow(0.5, months / 6), news.hostile(0), 1e-12);
        assertEquals(0.0, news.hostile(1));
    }
}
