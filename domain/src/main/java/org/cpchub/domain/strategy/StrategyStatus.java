package org.cpchub.domain.strategy;

import java.util.Set;

/** A strategy is drafted, then monitored while active, then archived when its successor takes over. */
public enum StrategyStatus {
    DRAFT("Draft"),
    ACTIVE("Active"),
    ARCHIVED("Archived");

    private final String label;

    StrategyStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /** Draft to active to archived; an archived strategy can be made active again (e.g. extended). */
    public Set<StrategyStatus> next() {
        return switch (this) {
            case DRAFT -> Set.of(ACTIVE);
            case ACTIVE -> Set.of(ARCHIVED);
            case ARCHIVED -> Set.of(ACTIVE);
        };
    }

    public boolean canMoveTo(StrategyStatus target) {
        return next().contains(target);
    }
}
