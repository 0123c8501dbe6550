package culturebridge.cli;

import culturebridge.experiment.RunBudget;
import culturebridge.tools.CompilerPolicy;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/**
 * The options several commands share, each declared and checked once here and mixed into the
 * commands with {@code @Mixin}. What an option means differs a little between commands (the
 * threads of one run, or runs at once), so each command's help text for it is in the resource
 * bundle {@code culturebridge/cli/Options.properties} under {@code culturebridge.<command>.<option>},
 * and a command's default, where it has one, under {@code culturebridge.<command>.<option>.default}.
 */
final class SharedOptions {
    private SharedOptions() {}

    /** The resource bundle of the commands' help texts of shared options. */
    static final String BUNDLE = "culturebridge.cli.Options";

    /** {@code --threads N}: threads (or runs at once); all cores when not given. */
    static final class Threads {
        @Option(names = "--threads", paramLabel = "N", descriptionKey = "threads", description = "threads (default: all cores)")
        Integer value;

        /** The number given, else the machine's cores. */
        int count() {
            return value == null ? Runtime.getRuntime().availableProcessors() : value;
        }

        /** {@link #count()} if at least 1; else prints the error and returns -1 (bad input). */
        int atLeastOne(PrintWriter err) {
            return atLeast(1, "", err);
        }

        /**
         * {@link #count()} if at least {@code min}; else prints
         * {@code error: --threads must be at least MIN[why], got N} and returns -1 (bad input).
         */
        int atLeast(int min, String why, PrintWriter err) {
            int n = count();
            if (n >= min) return n;
            err.println("error: --threads must be at least " + min + why + ", got " + n);
            return -1;
        }
    }

    /** {@code --seed S}: the (base) seed; a command without a default takes the scenario's. */
    static final class Seed {
        @Option(names = "--seed", paramLabel = "S", descriptionKey = "seed", description = "seed")
        Long value;
    }

    /** {@code --set KEY=VALUE} (repeatable): changes to the scenario, in the order given. */
    static final class Sets {
        @Option(names = "--set", paramLabel = "KEY=VALUE", descriptionKey = "set", description = "change a parameter (repeatable)")
        List<String> values = new ArrayList<>();

        /**
         * The changes by key (a later value of the same key wins).
         *
         * @throws IllegalArgumentException naming an option without a key or {@code =}
         */
        Map<String, String> overrides() {
            return SetOverrides.parse(values);
        }
    }

    /** {@code --out DIR}: the results folder. */
    static final class Out {
        @Option(names = "--out", paramLabel = "DIR", descriptionKey = "out", description = "results folder")
        Path dir;
    }

    /** {@code --force}: an existing results folder may be replaced. */
    static final class Force {
        @Option(names = "--force", descriptionKey = "force", description = "overwrite an existing results folder")
        boolean on;
    }

    /** {@code --quiet}: print less. */
    static final class Quiet {
        @Option(names = "--quiet", descriptionKey = "quiet", description = "print nothing")
        boolean on;
    }

    /** {@code --warmup-cache DIR}: the folder of warm-up checkpoints. */
    static final class WarmupCache {
        @Option(names = "--warmup-cache", paramLabel = "DIR", descriptionKey = "warmup-cache", description = "folder of warm-up checkpoints")
        Path dir;
    }

    /** {@code --band SHARE}: the share of the replicates (and draws) inside the charts' bands. */
    static final class Band {
        @Option(names = "--band", paramLabel = "SHARE", descriptionKey = "band",
                description = "share of the replicates inside the charts' bands (default: ${DEFAULT-VALUE})")
        double share;

        /** True if a valid band share; else prints the error (bad input). */
        boolean valid(PrintWriter err) {
            try {
                culturebridge.chart.TimeSeriesChartFactory.checkBand(share);
                return true;
            } catch (IllegalArgumentException e) {
                err.println("error: --band: " + e.getMessage());
                return false;
            }
        }
    }

    /** {@code --replicates N}: replicates, at least 1. */
    static final class Replicates {
        @Option(names = "--replicates", paramLabel = "N", descriptionKey = "replicates", description = "replicates")
        int count;

        /** True if within {@link RunBudget}'s bounds; else prints the error (bad input). */
        boolean valid(PrintWriter err) {
            String problem = RunBudget.replicatesProblem(count);
            if (problem == null) return true;
            err.println("error: " + problem);
            return false;
        }
    }

    /**
     * {@code --jit model|default}: the compiler policy of {@link CompilerPolicy} for this process,
     * or the JVM's own. Applied by {@link Main#main} before the command runs, so only when the
     * command is the process's own (never when a test or {@code selftest} runs it in a JVM that
     * does other work too).
     */
    static final class Jit {
        /** The values: the project's policy, or the JVM's own. */
        static final List<String> VALUES = List.of(CompilerPolicy.MODEL, CompilerPolicy.DEFAULT);

        @Option(names = "--jit", paramLabel = "model|default", descriptionKey = "jit",
                defaultValue = "${env:" + CompilerPolicy.ENV + ":-" + CompilerPolicy.MODEL + "}", description = "compiler policy")
        String policy;

        /** Adds the policy's directives unless the JVM's own policy is asked for; see {@link CompilerPolicy#apply}. */
        String apply() {
            return CompilerPolicy.apply(policy);
        }

        /** True if the value is one of {@link #VALUES}; else prints the error (bad input). */
        boolean valid(PrintWriter err) {
            if (VALUES.contains(policy)) return true;
            err.println("error: --jit must be one of " + VALUES + ", got '" + policy + "'");
            return false;
        }
    }

    /**
     * Command-specific defaults of shared options: the key {@code culturebridge.<command>.<option>.default}
     * of {@link #BUNDLE}, so a mixin's option has the default its command documents.
     */
    static final class BundleDefaults implements CommandLine.IDefaultValueProvider {
        @Override
        public String defaultValue(ArgSpec arg) {
            if (!(arg instanceof OptionSpec o) || o.command() == null) return null;
            CommandSpec cmd = o.command();
            ResourceBundle bundle = cmd.resourceBundle();
            String key = cmd.qualifiedName(".") + "." + o.longestName().replaceFirst("^--", "") + ".default";
            return bundle != null && bundle.containsKey(key) ? bundle.getString(key) : null;
        }
    }
}
