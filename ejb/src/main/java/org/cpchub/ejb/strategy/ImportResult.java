package org.cpchub.ejb.strategy;

import java.io.Serializable;

/** What an import did (or, checked only, would do): rows read, values created, values changed, rows unchanged. */
public record ImportResult(int rows, int created, int updated, int unchanged, boolean saved) implements Serializable {

    public int getRows() {
        return rows;
    }

    public int getCreated() {
        return created;
    }

    public int getUpdated() {
        return updated;
    }

    public int getUnchanged() {
        return unchanged;
    }

    /** False for a check that saved nothing. */
    public boolean isSaved() {
        return saved;
    }
}
