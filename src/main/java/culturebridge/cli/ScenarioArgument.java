package culturebridge.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Turns a scenario argument into a file: a path as given, or a bare name looked up as
 * {@code scenarios/<name>.yaml} (a sweep's as {@code scenarios/sweeps/<name>.yaml}) under the
 * current folder and then under the installation's
 * folder (the project folder the jar was built in), so that
 * {@code java -jar /path/to/culturebridge/target/culturebridge.jar bench} works from anywhere.
 */
final class ScenarioArgument {
    private ScenarioArgument() {}

    static Path resolve(String arg) {
        return resolve(arg, Path.of("scenarios"), installedScenarios());
    }

    /** A sweep file: a path as given, or a bare name in {@code scenarios/sweeps/}, here or in the installation. */
    static Path sweep(String arg) {
        return resolve(arg, Path.of("scenarios", "sweeps"), installedScenarios().map(s -> s.resolve("sweeps")));
    }

    /**
     * @param here      the scenarios folder of the current folder
     * @param installed the installation's scenarios folder, if there is one
     */
    static Path resolve(String arg, Path here, Optional<Path> installed) {
        Path p = Path.of(arg);
        if (Files.isRegularFile(p)) return p;
        String fileName = arg.endsWith(".yaml") ? arg : arg + ".yaml";
        Path named = here.resolve(fileName);
        if (Files.isRegularFile(named)) return named;
        boolean bare = p.getParent() == null && !arg.endsWith(".yaml") && !arg.endsWith(".yml");
        if (bare && installed.isPresent()) {
            Path there = installed.get().resolve(fileName);
            // not found either: reported as the installation's file when there is no folder
            // here, so that the error lists the scenarios there (see ScenarioDocument.read)
            if (Files.isRegularFile(there) || !Files.isDirectory(here)) return there;
        }
        // not found: a bare name is reported as the file it was looked up as, so that the
        // error says where
        return bare ? named : p;
    }

    /**
     * The {@code scenarios} folder next to the code: in the jar's folder or up to two folders
     * above it ({@code PROJECT/target/culturebridge.jar}, or {@code PROJECT/target/classes}
     * when run from the build), if there is one.
     */
    static Optional<Path> installedScenarios() {
        try {
            var source = ScenarioArgument.class.getProtectionDomain().getCodeSource();
            if (source == null) return Optional.empty();
            Path code = Path.of(source.getLocation().toURI()).toAbsolutePath();
            Path dir = Files.isDirectory(code) ? code : code.getParent();
            for (int up = 0; up <= 2 && dir != null; up++, dir = dir.getParent()) {
                Path s = dir.resolve("scenarios");
                if (Files.isDirectory(s)) return Optional.of(s);
            }
        } catch (URISyntaxException | RuntimeException e) {
            // an unusual class loader: only the current folder is searched
        }
        return Optional.empty();
    }
}
