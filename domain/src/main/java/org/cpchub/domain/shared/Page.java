package org.cpchub.domain.shared;

import java.io.Serializable;
import java.util.List;

/** A page of results and the total number of matching rows, both counted by the database. */
public record Page<T>(List<T> items, long total) implements Serializable {
    public Page {
        items = List.copyOf(items);
    }
}
