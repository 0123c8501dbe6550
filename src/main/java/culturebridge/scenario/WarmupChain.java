package culturebridge.scenario;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The scenario files being loaded as warm-ups of one another on this thread, so that a
 * {@code warmup:} that leads back to a file already being loaded (a scenario naming itself,
 * or A -> B -> A) is refused with the whole chain instead of recursing until the stack
 * overflows.
 */
final class WarmupChain {
    private static final ThreadLocal<ArrayDeque<Path>> OPEN = ThreadLocal.withInitial(ArrayDeque::new);

    private WarmupChain() {
    }

    /** A file entered into the chain; closing leaves it. */
    interface Entered extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Enters {@code warmup}, the warm-up named by {@code from}, or refuses it if it is already
     * in the chain.
     *
     * @param field the {@code warmup:} field, where the error points
     */
    static Entered enter(Path from, Path warmup, Yaml.Field field) throws ScenarioException {
        ArrayDeque<Path> open = OPEN.get();
        Path self = from.toAbsolutePath().normalize();
        Path next = warmup.toAbsolutePath().normalize();
        boolean addedSelf = open.isEmpty() || !open.peekLast().equals(self);
        if (addedSelf) open.addLast(self);
        if (open.contains(next)) {
            List<String> names = new ArrayList<>();
            for (Path p : open) names.add(p.getFileName().toString());
            names.add(next.getFileName().toString());
            if (addedSelf) open.removeLast();
            throw field.error("the warm-ups go round in a circle: " + String.join(" -> ", names)
                    + "; a warm-up must start from initial conditions (no warmup: of its own)");
        }
        open.addLast(next);
        return () -> {
            open.removeLast();
            if (addedSelf) open.removeLast();
        };
    }
}
