package culturebridge.output;

import java.io.IOException;

/**
 * A results folder or file that the user named and that cannot be used as asked: it is a
 * file, cannot be created, is in use by another run, holds results without {@code --force}, or
 * may not be cleared. The command line reports these as bad input (exit code 2), apart from
 * failures of the disk while writing (exit code 1).
 */
public class OutputRefusedException extends IOException {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong and what to do instead */
    public OutputRefusedException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong and what to do instead
     * @param cause   the file system's own error
     */
    public OutputRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
