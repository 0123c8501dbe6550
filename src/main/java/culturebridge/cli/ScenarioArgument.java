package culturebridge.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Turns a scenario argument into a file: a path as given, or a bare name looked up as
 * {@code scenarios/<name>.yaml}.
 */
final class ScenarioArgument {
    private ScenarioArgument() {}

    static Path resolve(String arg) {
        Path p = Path.of(arg);
        if (Files.isRegularFile(p)) return p;
        Path named = Path.of("scenarios", arg.endsWith(".yaml") ? arg : arg + ".yaml");
        if (Files.isRegularFile(named)) return named;
        return p;
    }
}
