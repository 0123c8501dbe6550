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
        // neither exists: a bare name is reported as the file it was looked up as, so that the
        // error says where (see ScenarioDocument.read)
        boolean bare = p.getParent() == null && !arg.endsWith(".yaml") && !arg.endsWith(".yml");
        return bare ? named : p;
    }
}
