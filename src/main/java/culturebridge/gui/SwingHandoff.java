package culturebridge.gui;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;

/**
 * Hands values from the model's thread to the Swing thread, keeping only the newest: when
 * the model runs faster than Swing can draw, intermediate values are skipped instead of
 * queueing up (the charts then jump a month rather than lag behind the run).
 *
 * @param <T> what is handed over
 */
final class SwingHandoff<T> {
    private final AtomicReference<T> pending = new AtomicReference<>();
    private final Consumer<T> sink;

    SwingHandoff(Consumer<T> sink) {
        this.sink = sink;
    }

    /** Offers the newest value; the sink gets it (or a newer one) on the Swing thread. */
    void offer(T value) {
        if (pending.getAndSet(value) == null) {
            SwingUtilities.invokeLater(() -> {
                T v = pending.getAndSet(null);
                if (v != null) sink.accept(v);
            });
        }
    }
}
