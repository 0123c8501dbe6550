package culturebridge.scenario;

/**
 * A scenario, country table or {@code --set} override that cannot be used, with where the
 * problem is: the file (or resource name, or {@code --set}), the 1-based line and column
 * (0 when unknown), and the path of the field inside the document, such as
 * {@code policy.stages[1].quota.CN.film}. The command line prints {@link #getMessage()} and
 * exits with code 2 before anything runs.
 */
public class ScenarioException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;
    private final String fieldPath;
    private final String problem;

    /**
     * @param file      file path as given, resource name, or {@code --set}
     * @param line      1-based line, 0 if unknown
     * @param column    1-based column, 0 if unknown
     * @param fieldPath path of the field (empty for the whole document)
     * @param problem   what is wrong, and what would be right
     */
    public ScenarioException(String file, int line, int column, String fieldPath, String problem) {
        super(problem);
        this.file = file;
        this.line = line;
        this.column = column;
        this.fieldPath = fieldPath == null ? "" : fieldPath;
        this.problem = problem;
    }

    /** The file path as given, the resource name of a built-in table, or {@code --set}. */
    public String file() { return file; }

    /** 1-based line of the offending value, 0 if unknown. */
    public int line() { return line; }

    /** 1-based column of the offending value, 0 if unknown. */
    public int column() { return column; }

    /** Path of the offending field, e.g. {@code policy.stages[1].quota.CN.film}; empty for the document. */
    public String fieldPath() { return fieldPath; }

    /** The problem alone, without its location. */
    public String problem() { return problem; }

    /** {@code file:line:column: fieldPath: problem}, leaving out the parts that are unknown. */
    @Override
    public String getMessage() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(':').append(line);
            if (column > 0) s.append(':').append(column);
        }
        s.append(": ");
        if (!fieldPath.isEmpty()) s.append(fieldPath).append(": ");
        return s.append(problem).toString();
    }
}
