package culturebridge.experiment.sweep.engine;

/**
 * Makes the engine {@code --engine} names. The Spark engine is loaded by name, through
 * reflection, only when asked for: nothing on the path of a local sweep or a scenario run
 * refers to a Spark class, so those run from {@code java -jar} without Spark on the class path.
 */
public final class SweepEngines {
    /** Class of the Spark engine. */
    static final String SPARK_ENGINE = "culturebridge.experiment.sweep.spark.SparkEngine";

    private SweepEngines() {
    }

    /** Thrown when an engine cannot be made (unknown name, Spark missing). */
    public static final class EngineUnavailableException extends Exception {
        private static final long serialVersionUID = 1L;

        /** @param message what is missing and what to do */
        public EngineUnavailableException(String message) {
            super(message);
        }
    }

    /**
     * The engine of this name.
     *
     * @param name    {@code local} or {@code spark}
     * @param threads threads of the local engine
     * @param master  Spark master URL, or null for the one spark-submit set, else {@code local[*]}
     */
    public static SweepEngine create(String name, int threads, String master) throws EngineUnavailableException {
        switch (name) {
            case "local":
                return new LocalEngine(threads);
            case "spark":
                try {
                    Class<?> c = Class.forName(SPARK_ENGINE);
                    return (SweepEngine) c.getConstructor(String.class).newInstance(master);
                } catch (ClassNotFoundException | NoClassDefFoundError e) {
                    throw new EngineUnavailableException("Apache Spark is not on the class path (" + e.getMessage()
                            + "); run sweeps on Spark with scripts/spark/culturebridge-spark, or with spark-submit on a cluster");
                } catch (ReflectiveOperationException e) {
                    throw new EngineUnavailableException("cannot start the Spark engine: " + e);
                }
            default:
                throw new EngineUnavailableException("unknown engine '" + name + "'; engines: local, spark");
        }
    }
}
