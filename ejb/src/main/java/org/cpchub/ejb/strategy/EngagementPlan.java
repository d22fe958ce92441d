package org.cpchub.ejb.strategy;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cpchub.domain.strategy.EngagementAction;
import org.cpchub.domain.strategy.EngagementNote;
import org.cpchub.domain.strategy.EngagementObjective;
import org.cpchub.domain.strategy.Strategy;

/** A strategy's engagement plan: objectives, their actions and each action's progress notes (oldest first). */
public record EngagementPlan(Strategy strategy, LocalDate today, List<EngagementObjective> objectives,
                             Map<Long, List<EngagementAction>> actions, Map<Long, List<EngagementNote>> notes)
        implements Serializable {

    public Strategy getStrategy() {
        return strategy;
    }

    public List<EngagementObjective> getObjectives() {
        return objectives;
    }

    public List<EngagementAction> actionsOf(EngagementObjective objective) {
        return actions.getOrDefault(objective.getId(), List.of());
    }

    public List<EngagementNote> notesOf(EngagementAction action) {
        return notes.getOrDefault(action.getId(), List.of());
    }

    public boolean isOverdue(EngagementAction action) {
        return action.isReviewOverdue(today);
    }

    /** Actions whose review date has passed and that are not complete. */
    public List<EngagementAction> getOverdue() {
        return actions.values().stream().flatMap(List::stream).filter(a -> a.isReviewOverdue(today)).toList();
    }
}
