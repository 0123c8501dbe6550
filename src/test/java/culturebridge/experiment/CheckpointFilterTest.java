package culturebridge.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import culturebridge.testing.ForgedCheckpoints;
import java.io.ByteArrayInputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The allow-list and limits through which checkpoints are read. */
class CheckpointFilterTest {

    private static Object read(byte[] stream, CheckpointFilter filter) throws Exception {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(stream))) {
            in.setObjectInputFilter(filter);
            return in.readObject();
        }
    }

    @Test
    void theModelsMasonsAndTheJdkTypesTheyUseAreAllowedAndOthersAreNot() {
        for (String ok : List.of("culturebridge.model.World", "culturebridge.model.agent.Audiences", "sim.engine.Schedule",
                "sim.util.Bag", "ec.util.MersenneTwisterFast", "java.util.ArrayList", "java.util.ImmutableCollections$ListN",
                "java.time.Ser", "java.lang.Integer")) {
            assertTrue(CheckpointFilter.allowed(ok), ok);
        }
        for (String bad : List.of("java.net.URL", "javax.management.BadAttributeValueExpException", "java.lang.Runtime",
                "org.apache.commons.collections.functors.InvokerTransformer", "culturebridge.cli.Main", "java.util.PriorityQueue",
                "java.lang.reflect.Proxy", "ec.util.Other")) {
            assertTrue(!CheckpointFilter.allowed(bad), bad);
        }
    }

    /** A value of a class no world is made of. */
    record Foreign(int x) implements Serializable {}

    @Test
    void aForeignClassInsideAnAllowedOneIsRefusedWithItsName() throws Exception {
        ArrayList<Object> list = new ArrayList<>(List.of(1, 2, new Foreign(3)));
        CheckpointFilter f = new CheckpointFilter(ArrayList.class, 10_000, 1L << 30);
        assertThrows(InvalidClassException.class, () -> read(ForgedCheckpoints.serializeOnBigStack(list), f));
        assertTrue(f.refusal().contains(Foreign.class.getTypeName()), f.refusal());
    }

    @Test
    void theFirstObjectMustBeTheRootType() throws Exception {
        CheckpointFilter f = new CheckpointFilter(ArrayList.class, 1_000_000, 1L << 30);
        assertThrows(InvalidClassException.class, () -> read(ForgedCheckpoints.hashMap(10), f));
        assertTrue(f.refusal().contains("java.util.HashMap"), f.refusal());
        CheckpointFilter g = new CheckpointFilter(ArrayList.class, 1_000_000, 1L << 30);
        assertEquals(List.of(1, 2), read(ForgedCheckpoints.serializeOnBigStack(new ArrayList<>(List.of(1, 2))), g));
        assertNull(g.refusal());
    }

    @Test
    void arraysAreBoundedByWhatTheFileCanHoldAndTheHeap() throws Exception {
        CheckpointFilter small = new CheckpointFilter(long[].class, 200, 1L << 40);
        assertThrows(InvalidClassException.class, () -> read(ForgedCheckpoints.hugeLongArray(), small));
        assertTrue(small.refusal().contains("compressed data"), small.refusal());
        CheckpointFilter heap = new CheckpointFilter(long[].class, 1L << 40, 1L << 20);
        assertThrows(InvalidClassException.class, () -> read(ForgedCheckpoints.hugeLongArray(), heap));
        assertTrue(heap.refusal().contains("heap"), heap.refusal());
    }

    @Test
    void nestingIsBoundedLongBeforeTheStackEnds() throws Exception {
        CheckpointFilter f = new CheckpointFilter(Object[].class, 1L << 30, 1L << 30);
        assertThrows(InvalidClassException.class, () -> read(ForgedCheckpoints.nested(100_000), f));
        assertNotNull(f.refusal());
        assertTrue(f.refusal().contains("nested"), f.refusal());
        assertNotNull(read(ForgedCheckpoints.nested((int) CheckpointFilter.MAX_DEPTH - 5),
                new CheckpointFilter(Object[].class, 1L << 30, 1L << 30)));
    }
}
