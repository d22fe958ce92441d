package org.cpchub.domain.shared;

import java.io.Serializable;

/**
 * One page of a list, asked of the database: offset, size and an optional sort field (which the
 * service checks against the fields it allows) with its direction.
 */
public record PageRequest(int offset, int size, String sortField, boolean ascending) implements Serializable {
    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page size must be 1.." + MAX_SIZE);
        }
    }

    public static PageRequest first(int size) {
        return new PageRequest(0, size, null, true);
    }
}
