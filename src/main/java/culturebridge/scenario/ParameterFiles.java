package culturebridge.scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parameter files that scenarios include, such as the {@code calibrated.yaml} that
 * {@code calibrate} writes: a scenario lists them under {@code include:} (paths relative to
 * the scenario file) and so uses the calibrated values without copying them. A parameter file
 * holds {@code params:} (values of {@code Params} properties) and {@code set:} (values of
 * scenario fields by path, e.g. {@code travel.epidemics[0].suppression}). Included params are
 * bound before the scenario's own {@code params:}, which win for any key they both name;
 * included field values replace the scenario's.
 *
 * <p>An item of {@code include:} is a path, or {@code {file: PATH, params: [NAME, ...]}} to take
 * only the named parameters of the file and none of its field values (e.g. a 2026 scenario
 * takes the behavioural parameters calibrated on 2010-2016 but not the 2010 trip-rate scale or
 * the MERS suppression, which belong to the history).
 *
 * <p>A parameter file may also name a posterior ({@code posterior: PATH}, relative to that
 * file): the scenarios that include the whole file run on it ({@link Posterior}); an item that
 * selects parameters takes none.
 */
final class ParameterFiles {
    static final List<String> KEYS = List.of("params", "set", "posterior");
    /** Keys of an include item that selects parameters. */
    static final List<String> ITEM_KEYS = List.of("file", "params");

    private ParameterFiles() {}

    /**
     * What the included files of a scenario add.
     *
     * @param posterior the posterior file an included file names, or null
     */
    record Included(Map<String, Yaml.Field> params, List<DocumentOverride> overrides, Path posterior) {
        Included(Map<String, Yaml.Field> params, List<DocumentOverride> overrides) {
            this(params, overrides, null);
        }
    }

    /** Reads the files listed under the document's {@code include:} key (if any). */
    static Included read(ScenarioDocument document) throws ScenarioException {
        Map<String, Yaml.Field> params = new LinkedHashMap<>();
        List<DocumentOverride> overrides = new ArrayList<>();
        Path posterior = null;
        Yaml.Field root = document.rootField();
        if (root == null || !(root.node instanceof org.snakeyaml.engine.v2.nodes.MappingNode)) return new Included(params, overrides);
        Yaml.Mapping top = root.mapping("a mapping");
        if (!top.has("include")) return new Included(params, overrides);
        Yaml.Field include = top.req("include");
        List<Yaml.Field> items = include.list("a list of parameter files (paths relative to the scenario file)");
        Path base = document.file().toAbsolutePath().getParent();
        for (Yaml.Field entry : items) {
            Yaml.Field item = entry;
            java.util.Set<String> only = null;
            if (entry.node instanceof org.snakeyaml.engine.v2.nodes.MappingNode) {
                Yaml.Mapping sel = entry.mapping("an included file: a path, or {file: PATH, params: [NAMES]}")
                        .allowOnly("an included file", ITEM_KEYS);
                item = sel.req("file");
                only = new java.util.LinkedHashSet<>();
                for (Yaml.Field name : sel.req("params").list("a list of parameter names to take from the file")) {
                    only.add(name.string());
                }
            }
            Path file = base.resolve(item.string()).normalize();
            if (!Files.isRegularFile(file)) throw item.error("parameter file not found: " + file);
            String label = file.toString();
            byte[] bytes;
            try {
                bytes = InputFiles.read(file, label, "parameter file");
            } catch (java.io.IOException e) {
                throw item.error("cannot read parameter file " + file + ": " + e);
            }
            Yaml.Field r = Yaml.parse(label, Yaml.decode(label, bytes));
            if (r == null) continue;
            Yaml.Mapping m = r.mapping("a parameter file (a mapping with params and set)").allowOnly("a parameter file", KEYS);
            Map<String, Yaml.Field> fileParams = new LinkedHashMap<>();
            if (m.has("params")) {
                for (Map.Entry<String, Yaml.Field> e : m.req("params").mapping("a mapping of parameter names to values").entries()) {
                    fileParams.put(e.getKey(), e.getValue());
                }
            }
            for (Map.Entry<String, Yaml.Field> e : fileParams.entrySet()) {
                if (only == null || only.contains(e.getKey())) params.put(e.getKey(), e.getValue());
            }
            if (only != null) {
                for (String name : only) {
                    if (!fileParams.containsKey(name)) {
                        throw entry.error("parameter '" + name + "' is not in " + file.getFileName() + " (it has: "
                                + String.join(", ", fileParams.keySet()) + ")");
                    }
                }
                continue;
            }
            if (m.has("posterior")) {
                Path named = file.getParent().resolve(m.req("posterior").string()).normalize();
                if (posterior != null && !posterior.equals(named)) {
                    throw m.req("posterior").error("two included files name different posteriors (" + posterior + " and "
                            + named + "); name one, or name it in the scenario itself");
                }
                posterior = named;
            }
            if (m.has("set")) {
                Yaml.Mapping set = m.req("set").mapping("a mapping of scenario field paths to values");
                for (Map.Entry<String, Yaml.Field> e : set.entries()) {
                    DocumentPath path;
                    try {
                        path = DocumentPath.parse(e.getKey());
                    } catch (IllegalArgumentException ex) {
                        throw set.key(e.getKey()).error(ex.getMessage());
                    }
                    Yaml.Field v = e.getValue();
                    var mark = v.node.getStartMark();
                    overrides.add(DocumentOverride.scalar(path, v.text(), new DocumentOverride.Origin(label,
                            Yaml.line(mark), Yaml.column(mark), "set." + e.getKey())));
                }
            }
        }
        return new Included(params, overrides, posterior);
    }
}
