package org.cpchub.web.strategy;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.cpchub.domain.shared.PageRequest;
import org.cpchub.domain.strategy.Strategy;
import org.cpchub.domain.strategy.StrategyStatus;
import org.cpchub.ejb.strategy.StrategyService;
import org.cpchub.web.support.PageParameters;

/**
 * Which strategy a strategy page shows: the one in the address (?strategy=), else the newest active one, else the
 * newest of any status. Every strategy page offers the same menu of strategies when there are several.
 */
final class StrategyChoice implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int MENU_SIZE = 50;

    private List<Strategy> strategies = List.of();
    private Long strategyId;

    /** Loads the menu and settles the choice; false (with a 404 sent) when the address names no strategy. */
    boolean load(StrategyService service, String param) {
        strategies = service.find(null, null, PageRequest.first(MENU_SIZE)).items();
        if (PageParameters.given(param)) {
            Optional<Long> asked = PageParameters.id(param);
            if (asked.isEmpty()) {
                return false;
            }
            if (strategies.stream().noneMatch(s -> s.getId().equals(asked.get()))) {
                PageParameters.notFound("No such strategy");
                return false;
            }
            strategyId = asked.get();
        } else {
            strategyId = strategies.stream().filter(s -> s.getStatus() == StrategyStatus.ACTIVE).findFirst()
                    .or(() -> strategies.stream().findFirst()).map(Strategy::getId).orElse(null);
        }
        return true;
    }

    List<Strategy> getStrategies() {
        return strategies;
    }

    Long getStrategyId() {
        return strategyId;
    }

    void setStrategyId(Long strategyId) {
        this.strategyId = strategyId;
    }

    Strategy getStrategy() {
        return strategies.stream().filter(s -> s.getId().equals(strategyId)).findFirst().orElse(null);
    }

    /** "Corporate Parenting Strategy 2022-24 (active)" for the menu. */
    static String label(Strategy s) {
        return s.getName() + " (" + s.getStatus().getLabel().toLowerCase() + ")";
    }
}
