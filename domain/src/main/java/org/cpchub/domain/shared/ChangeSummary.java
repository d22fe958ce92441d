package org.cpchub.domain.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Builds the short "what changed" text of an audit entry: {@code name: 'A' -> 'B'; quorum: 3 -> 4}.
 * Long values are shortened so that an audit line stays readable.
 */
public final class ChangeSummary {
    static final int MAX_VALUE_LENGTH = 60;
    private final List<String> changes = new ArrayList<>();

    public ChangeSummary field(String name, Object before, Object after) {
        if (!Objects.equals(normalise(before), normalise(after))) {
            changes.add(name + ": " + show(before) + " -> " + show(after));
        }
        return this;
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    @Override
    public String toString() {
        return changes.isEmpty() ? "no changes" : String.join("; ", changes);
    }

    private static Object normalise(Object value) {
        return value instanceof String s && s.isBlank() ? null : value;
    }

    private static String show(Object value) {
        Object v = normalise(value);
        if (v == null) {
            return "(none)";
        }
        String text = v.toString();
        if (text.length() > MAX_VALUE_LENGTH) {
            text = text.substring(0, MAX_VALUE_LENGTH - 1) + "…";
        }
        return v instanceof String ? "'" + text + "'" : text;
    }
}
