package culturebridge.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * A policy arm forked from a warm-up takes the warm-up's state whole: every field of
 * {@link WorldState} reaches the arm, either the very object the warm-up left or, for the
 * fields an arm changes, the arm's own value; and nothing that a fork must carry lives in
 * {@link World} outside the state.
 */
class WorldStateForkTest {
    private static final long SEED = 5;

    /** The fields an arm re-binds ({@link WorldState#continueAs}), each with what it must hold afterwards. */
    private static Map<String, BiConsumer<Object, Object>> rebound(World warm, Setup arm) {
        int warmSteps = warm.calendar().steps();
        Map<String, BiConsumer<Object, Object>> m = new LinkedHashMap<>();
        m.put("setup", (before, after) -> assertSame(arm, after));
        m.put("params", (before, after) -> {
            assertNotSame(arm.params(), after, "the arm runs on a copy of its parameters");
            assertEquals(arm.params().getBaselineTension(), ((Params) after).getBaselineTension());
        });
        m.put("calendar", (before, after) -> {
            assertEquals(warmSteps, ((SimCalendar) after).firstStep(), "the arm's calendar continues the warm-up's weeks");
            assertEquals(arm.start(), ((SimCalendar) after).month(warmSteps));
        });
        m.put("climate", (before, after) -> assertNotSame(before, after, "the arm has its own climate"));
        m.put("policyState", (before, after) -> assertNotSame(before, after, "the arm has its own exchange policy"));
        m.put("map", (before, after) -> assertNotSame(before, after, "the arm's map is of its own country table"));
        m.put("tripLog", (before, after) -> {
            TripLog was = (TripLog) before;
            TripLog now = (TripLog) after;
            assertNotSame(was, now, "the trip record is extended to the arm's weeks");
            for (int c = 0; c < 2; c++) assertEquals(was.persons(c, 0, warmSteps - 1), now.persons(c, 0, warmSteps - 1));
            assertTrue(was.persons(0, 0, warmSteps - 1) > 0, "the warm-up made trips");
        });
        m.put("news", (before, after) -> assertNotSame(before, after, "the arm hears its own events' news"));
        return m;
    }

    private static Setup warmUp() {
        Params p = new Params();
        p.setAgents(600);
        p.setBaselineTension(0.2);
        return TestSetups.setup(TestSetups.openingWithShock(), p, 14);
    }

    private static Setup arm(Setup warm) {
        Params p = warm.params().copy();
        p.setBaselineTension(0.5);
        return new Setup("arm", warm.start().plusMonths(warm.months()), 4, warm.countries(), TestSetups.singleStage(3), p, warm);
    }

    private static Map<String, Object> fieldValues(WorldState s) throws IllegalAccessException {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Field f : WorldState.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers())) continue;
            f.setAccessible(true);
            values.put(f.getName(), f.get(s));
        }
        return values;
    }

    @Test
    void everyFieldOfTheStateReachesTheArm() throws Exception {
        Setup warmSetup = warmUp();
        Setup armSetup = arm(warmSetup);
        World warm = WorldRuns.runWorld(warmSetup, SEED);
        WorldState state = warm.state();
        Map<String, Object> before = fieldValues(state);
        before.forEach((name, value) -> assertNotNull(value, name + " is not set at the end of the warm-up"));
        Map<String, BiConsumer<Object, Object>> rebound = rebound(warm, armSetup);
        Set<String> unknown = new TreeSet<>(rebound.keySet());
        unknown.removeAll(before.keySet());
        assertTrue(unknown.isEmpty(), "re-bound fields that the state does not have: " + unknown);

        World arm = new World(armSetup, SEED + 1);
        arm.setWarmStart(w -> {
            warm.continueAs(w.setup());
            return warm;
        });
        arm.start();

        assertSame(state, arm.state(), "the arm takes the warm-up's state as a whole");
        assertSame(warm.random, arm.random);
        assertSame(warm.schedule, arm.schedule);
        Map<String, Object> after = fieldValues(arm.state());
        for (Map.Entry<String, Object> e : before.entrySet()) {
            String name = e.getKey();
            Object now = after.get(name);
            assertNotNull(now, name + " was lost by the fork");
            if (rebound.containsKey(name)) {
                rebound.get(name).accept(e.getValue(), now);
            } else {
                assertSame(e.getValue(), now, name + " was replaced by the fork instead of carried over");
            }
        }
        long first = arm.schedule.getSteps();
        for (int k = 0; k < 6; k++) arm.schedule.step(arm);
        assertEquals(first + 6, arm.schedule.getSteps());
        arm.finish();
    }

    @Test
    void theWorldHoldsNoModelStateOutsideItsStateObject() {
        // run settings, caches and run-time machinery; model state belongs in WorldState,
        // which a fork carries whole
        Set<String> allowed = Set.of("state", "summary", "threads", "fixedSupply", "startListeners", "warmStart", "runner",
                "timer");
        Set<String> fields = new TreeSet<>();
        for (Field f : World.class.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers())) fields.add(f.getName());
        }
        assertEquals(new TreeSet<>(allowed), fields,
                "a field of World outside WorldState is not carried by a fork: put model state in WorldState");
    }
}
