package org.cpchub.web.strategy;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.cpchub.domain.strategy.Strategy;
import org.cpchub.ejb.strategy.StrategyDashboard;
import org.cpchub.ejb.strategy.StrategyService;
import org.cpchub.web.support.PageParameters;

/** /staff/strategy/index.xhtml?strategy=: each priority with its measures' latest value, RAG, direction and trend. */
@Named
@RequestScoped
public class StrategyDashboardPage {
    @EJB
    StrategyService strategies;

    private String strategy;
    private StrategyDashboard dashboard;
    private List<Strategy> active;

    public void load() {
        active = strategies.active();
        Long id = PageParameters.id(strategy).orElse(active.isEmpty() ? null : active.get(0).getId());
        if (id != null) {
            dashboard = strategies.dashboard(id);
        }
    }

    public StrategyDashboard getDashboard() {
        return dashboard;
    }

    public List<Strategy> getActive() {
        return active;
    }

    public String getStrategy() {
        return strategy;
    }

    public void setStrategy(String strategy) {
        this.strategy = strategy;
    }
}
