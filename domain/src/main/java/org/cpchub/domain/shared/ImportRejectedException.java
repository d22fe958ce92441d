package org.cpchub.domain.shared;

import jakarta.ejb.ApplicationException;
import java.io.Serializable;
import java.util.List;

/**
 * An imported file was refused as a whole: nothing was saved. Carries every bad row with its line number
 * (as a spreadsheet shows it; the header is line 1) and the reason, so the file can be corrected in one go.
 */
@ApplicationException(rollback = true)
public class ImportRejectedException extends BusinessException {
    private static final long serialVersionUID = 1L;
    private final List<RowError> errors;

    public ImportRejectedException(List<RowError> errors) {
        super(summary(errors));
        this.errors = List.copyOf(errors);
    }

    private static String summary(List<RowError> errors) {
        long lines = errors.stream().mapToInt(RowError::line).distinct().count();
        return "Nothing was imported: " + lines + (lines == 1 ? " line has" : " lines have")
                + " problems. Correct " + (lines == 1 ? "it" : "them") + " and import the whole file again.";
    }

    public List<RowError> getErrors() {
        return errors;
    }

    /** A problem of one line: its number, the column it concerns (or "" for the line) and the reason. */
    public record RowError(int line, String column, String message) implements Serializable {
        public int getLine() {
            return line;
        }

        public String getColumn() {
            return column;
        }

        public String getMessage() {
            return message;
        }

        @Override
        public String toString() {
            return "Line " + line + (column == null || column.isEmpty() ? "" : " (" + column + ")") + ": " + message;
        }
    }
}
