package culturebridge.experiment.sweep.spark;

import culturebridge.experiment.sweep.RunTask;
import java.util.List;
import org.apache.spark.Dependency;
import org.apache.spark.Partition;
import org.apache.spark.SparkContext;
import org.apache.spark.TaskContext;
import org.apache.spark.rdd.RDD;

/**
 * The tasks of one Spark job as an RDD of one task per partition, each partition carrying its
 * own task, as {@code parallelize(tasks, tasks.size())} would make them.
 *
 * <p>Why not {@code parallelize}: it runs inside {@code RDDOperationScope.withScope}, which
 * writes the operation's scope as JSON through a new Jackson mapper with the Scala module.
 * Making that mapper and its first serialisation (introspection of Scala types) took 0.3 to
 * 0.9 s of the first job, measured on 2 cores, on the path before the first run starts. This
 * RDD is made directly, with no scope (a scope only labels the web UI, which is off in local
 * mode); partitions and results are as {@code parallelize} would give them.
 */
final class TaskRDD extends RDD<RunTask> {
    private static final long serialVersionUID = 1L;

    /** Partitions, made on the driver; they travel to executors one per task, not with the RDD. */
    private final transient Partition[] partitions;

    @SuppressWarnings({"unchecked", "rawtypes"})
    TaskRDD(SparkContext sc, List<RunTask> tasks) {
        super(sc, (scala.collection.immutable.Seq<Dependency<?>>) (scala.collection.immutable.Seq) scala.collection.immutable.Nil$.MODULE$,
                scala.reflect.ClassTag$.MODULE$.apply(RunTask.class));
        partitions = new Partition[tasks.size()];
        for (int i = 0; i < partitions.length; i++) partitions[i] = new TaskPartition(i, tasks.get(i));
    }

    @Override
    public scala.collection.Iterator<RunTask> compute(Partition split, TaskContext context) {
        return scala.collection.Iterator$.MODULE$.single(((TaskPartition) split).task);
    }

    @Override
    public Partition[] getPartitions() {
        return partitions;
    }

    /** One run's task, as the partition of its own Spark task. */
    static final class TaskPartition implements Partition {
        private static final long serialVersionUID = 1L;
        private final int index;
        private final RunTask task;

        TaskPartition(int index, RunTask task) {
            this.index = index;
            this.task = task;
        }

        @Override
        public int index() {
            return index;
        }

        // Partition is a Scala trait whose hashCode is the index; a Java class must say so itself.
        @Override
        public int hashCode() {
            return index;
        }

        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        // the trait's hook for calling Object.equals (abstract in its bytecode, hidden from javac)
        public boolean org$apache$spark$Partition$$super$equals(Object other) {
            return super.equals(other);
        }
    }
}
