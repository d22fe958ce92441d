package org.cpchub.ejb.strategy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cpchub.domain.platform.AuditAction;
import org.cpchub.domain.platform.Role;
import org.cpchub.domain.shared.ChangeSummary;
import org.cpchub.domain.shared.InvalidInputException;
import org.cpchub.domain.shared.NotFoundException;
import org.cpchub.domain.shared.Page;
import org.cpchub.domain.shared.PageRequest;
import org.cpchub.domain.strategy.Benchmark;
import org.cpchub.domain.strategy.FocusArea;
import org.cpchub.domain.strategy.Measure;
import org.cpchub.domain.strategy.MeasureValue;
import org.cpchub.domain.strategy.ParentingPrinciple;
import org.cpchub.domain.strategy.Priority;
import org.cpchub.domain.strategy.Rag;
import org.cpchub.domain.strategy.ReportingPeriod;
import org.cpchub.domain.strategy.Strategy;
import org.cpchub.domain.strategy.StrategyStatus;
import org.cpchub.domain.strategy.Target;
import org.cpchub.ejb.platform.AuditTrail;
import org.cpchub.ejb.platform.InputValidator;
import org.cpchub.ejb.platform.Jpa;
import org.cpchub.ejb.platform.PagedQuery;

/**
 * Strategies and their structure (priorities, areas of focus), managed by analysts; and the dashboard every
 * reader sees: priorities with their status, measures with their latest value, target, rating, direction and
 * recent values.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.ANALYST, Role.Names.OFFICER, Role.Names.CLERK, Role.Names.MEMBER})
public class StrategyService {
    static final String TYPE = "Strategy";
    private static final Map<String, String> SORTABLE = Map.of("name", "s.name", "from", "s.periodFrom",
            "status", "s.status");

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    InputValidator validator;

    @Inject
    Clock clock;

    // ---------------------------------------------------------------- reading

    /** Strategies, newest first unless sorted otherwise; optionally of one status or matching a text. */
    public Page<Strategy> find(StrategyStatus status, String text, PageRequest page) {
        PageRequest newestFirst = page.sortField() == null
                ? new PageRequest(page.offset(), page.size(), "from", false) : page;
        return PagedQuery.of(em, Strategy.class, "s")
                .where("s.status = :status", "status", status)
                .whereContains(text, "s.name")
                .fetch(newestFirst, SORTABLE, "s.periodFrom");
    }

    /** The strategies being monitored, newest first (for menus). */
    public List<Strategy> active() {
        return em.createNamedQuery("Strategy.findByStatus", Strategy.class)
                .setParameter("status", StrategyStatus.ACTIVE).getResultList();
    }

    public Strategy get(long id) {
        Strategy s = em.find(Strategy.class, id);
        if (s == null) {
            throw new NotFoundException(TYPE, id);
        }
        return s;
    }

    /** The structure of a strategy for its editing page, in four queries. */
    public StrategyTree tree(long strategyId) {
        Strategy s = get(strategyId);
        List<Priority> priorities = priorities(strategyId);
        List<FocusArea> areas = em.createNamedQuery("FocusArea.findByStrategy", FocusArea.class)
                .setParameter("strategyId", strategyId).getResultList();
        List<Measure> measures = measures(strategyId);
        return new StrategyTree(s, priorities, group(areas, a -> a.getPriority().getId()),
                group(measures, m -> m.getFocusArea().getId()));
    }

    /** The dashboard with the last {@link MeasureStatus#TREND_LENGTH} values of each measure. */
    public StrategyDashboard dashboard(long strategyId) {
        return dashboard(strategyId, MeasureStatus.TREND_LENGTH);
    }

    /**
     * The dashboard with the last {@code trendLength} values of each measure: seven queries (strategy,
     * priorities, areas of focus, measures, the values in the window, targets, benchmarks), however many
     * measures and values there are.
     */
    public StrategyDashboard dashboard(long strategyId, int trendLength) {
        return dashboard(strategyId, trendLength, null);
    }

    /**
     * The dashboard as it stood at the end of {@code upTo} (a performance report's period): values and
     * benchmarks of later periods are left out. Null means everything.
     */
    public StrategyDashboard dashboard(long strategyId, int trendLength, ReportingPeriod upTo) {
        if (trendLength < 2 || trendLength > 120) {
            throw InvalidInputException.of("trendLength", "Show between 2 and 120 values per measure.");
        }
        Strategy s = get(strategyId);
        List<Priority> priorities = priorities(strategyId);
        List<FocusArea> areas = em.createNamedQuery("FocusArea.findByStrategy", FocusArea.class)
                .setParameter("strategyId", strategyId).getResultList();
        List<Measure> measures = measures(strategyId);
        // up to a period: the window is taken wider, then cut at the period's end
        Map<Long, List<MeasureValue>> values = group(em.createNamedQuery("MeasureValue.latestOfStrategy",
                        MeasureValue.class).setParameter("strategyId", strategyId)
                .setParameter("n", (long) (upTo == null ? trendLength : 120)).getResultStream()
                .filter(v -> upTo == null || !v.getPeriod().getEnd().isAfter(upTo.getEnd())).toList(),
                v -> v.getMeasure().getId());
        Map<Long, List<Target>> targets = group(em.createNamedQuery("Target.findByStrategy", Target.class)
                .setParameter("strategyId", strategyId).getResultList(), t -> t.getMeasure().getId());
        Map<Long, List<Benchmark>> benchmarks = group(em.createNamedQuery("Benchmark.findByStrategy", Benchmark.class)
                .setParameter("strategyId", strategyId).getResultStream()
                .filter(b -> upTo == null || !b.getPeriod().getEnd().isAfter(upTo.getEnd())).toList(),
                b -> b.getMeasure().getId());

        Map<Long, List<MeasureStatus>> statusByArea = new LinkedHashMap<>();
        for (Measure m : measures) {
            MeasureStatus status = MeasureStatus.of(m, values.getOrDefault(m.getId(), List.of()),
                    targets.getOrDefault(m.getId(), List.of()), benchmarks.getOrDefault(m.getId(), List.of()),
                    trendLength);
            statusByArea.computeIfAbsent(m.getFocusArea().getId(), k -> new ArrayList<>()).add(status);
        }
        Map<Long, List<FocusArea>> areasByPriority = group(areas, a -> a.getPriority().getId());
        List<StrategyDashboard.PriorityRow> rows = new ArrayList<>();
        for (Priority p : priorities) {
            List<StrategyDashboard.FocusAreaRow> areaRows = areasByPriority.getOrDefault(p.getId(), List.of()).stream()
                    .map(a -> new StrategyDashboard.FocusAreaRow(a, statusByArea.getOrDefault(a.getId(), List.of())))
                    .toList();
            Rag rag = Rag.rollUp(areaRows.stream().flatMap(a -> a.measures().stream()).map(MeasureStatus::rag).toList());
            rows.add(new StrategyDashboard.PriorityRow(p, rag, areaRows));
        }
        return new StrategyDashboard(s, LocalDate.now(clock), rows);
    }

    private List<Priority> priorities(long strategyId) {
        // the principles are fetched in the same query; the join repeats a priority once per principle
        return List.copyOf(new LinkedHashSet<>(em.createNamedQuery("Priority.findByStrategy", Priority.class)
                .setParameter("strategyId", strategyId).getResultList()));
    }

    private List<Measure> measures(long strategyId) {
        return List.copyOf(new LinkedHashSet<>(em.createNamedQuery("Measure.findByStrategy", Measure.class)
                .setParameter("strategyId", strategyId).getResultList()));
    }

    static <T> Map<Long, List<T>> group(List<T> rows, Function<T, Long> key) {
        return rows.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
    }

    // ---------------------------------------------------------------- managing

    @RolesAllowed({Role.Names.ADMIN, Role.Names.ANALYST})
    public Strategy create(Strategy draft) {
        validator.check(draft);
        checkNameFree(draft.getName(), null);
        em.persist(draft);
        em.flush();
        audit.record(AuditAction.CREATE, TYPE, draft.getId(), draft.getName(), "created for " + draft.getPeriodFrom()
                + " to " + draft.getPeriodTo());
        return draft;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.ANALYST})
    public Strategy update(Strategy edited) {
        validator.check(edited);
        Strategy current = get(edited.getId());
        checkNameFree(edited.getName(), edited.getId());
        if (current.getStatus() != edited.getStatus()) {
            throw InvalidInputException.of("status", "Change the status with its own action.");
        }
        ChangeSummary changes = new ChangeSummary()
                .field("name", current.getName(), edited.getName())
                .field("summary", current.getSummary(), edited.getSummary())
                .field("from", current.getPeriodFrom(), edited.getPeriodFrom())
                .field("to", current.getPeriodTo(), edited.getPeriodTo());
        Strategy saved = Jpa.mergeChecked(em, edited, "The strategy " + current.getName());
        audit.record(AuditAction.UPDATE, TYPE, saved.getId(), saved.getName(), changes.toString());
        return saved;
    }

    private void checkNameFree(String name, Long exceptId) {
        boolean taken = countNamed(name, exceptId) > 0;
        if (taken) {
            throw InvalidInputException.of("name", "There is already a strategy called \"" + name + "\".");
        }
    }

    private long countNamed(String name, Long exceptId) {
        var q = em.createQuery("SELECT COUNT(s) FROM Strategy s WHERE LOWER(s.name) = :name"
                + (exceptId == null ? "" : " AND s.id <> :id"), Long.class)
                .setParameter("name", name == null ? "" : name.toLowerCase(java.util.Locale.ROOT));
        if (exceptId != null) {
            q.setParameter("id", exceptId);
        }
        return q.getSingleResult();
    }

    /** Draft to active (monitored), active to archived, archived back to active. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.ANALYST})
    public Strategy changeStatus(long id, StrategyStatus target) {
        Strategy s = get(id);
        StrategyStatus before = s.getStatus();
        s.moveTo(target);
        audit.record(AuditAction.UPDATE, TYPE, id, s.getName(), "status: " + before + " -> " + target);
        return s;
    }

    /** Adds a priority with the next number. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.ANALYST})
    public Priority addPriority(long strategyId, String title, String description, Set<ParentingPrinciple> principles) {
        Strategy s = get(strategyId);
        int next = priorities(strategyId).stream().mapToInt(Priority::getNumber).max().orElse(0) + 1;
        Priority p = new Priority(s, next, title == null ? "" : title);
        p.setDescription(description);
        p.setPrinciples(principles);
        validator.check(p);
        em.persist(p);
        em.flush();
        audit.record(AuditAction.CREATE, "Priority", p.getId(), s.getName() + ", priority " + next, p.getTitle());
        return p;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.ANALYST})
    public Priority updatePriority(Priority edited) {
        validator.check(edited);
        Priority current = priority(edited.getId());
        ChangeSummary changes = new ChangeSummary()
                .field("title", current.getTitle(), edited.getTitle())
                .field("description", current.getDescription(), edited.getDescription())
                .field("principles", current.getPrinciples(), edited.getPrinciples());
        Priority saved = Jpa.mergeChecked(em, edited, "Priority " + current.getNumber());
        audit.record(AuditAction.UPDATE, "Priority", saved.getId(), "priority " + saved.getNumber(), changes.toString());
        return saved;
    }

    /** Removes a priority that has no areas of focus (yet). */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.ANALYST})
    public void removePriority(long id) {
        Priority p = priority(id);
        String label = "priority " + p.getNumber() + " " + p.getTitle();
        Jpa.removeChecked(em, p, () -> "The priority still has areas of focus; remove them first.");
        audit.record(AuditAction.DELETE, "Priority", id, label, "removed");
    }

    public Priority priority(long id) {
        Priority p = em.find(Priority.class, id);
        if (p == null) {
            throw new NotFoundException("Priority", id);
        }
        return p;
    }

    /** Adds an area of focus at the end of the priority's list. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.ANALYST})
    public FocusArea addFocusArea(long priorityId, String text) {
        Priority p = priority(priorityId);
        int next = em.createQuery("SELECT COALESCE(MAX(f.number), 0) FROM FocusArea f WHERE f.priority.id = :p",
                Integer.class).setParameter("p", priorityId).getSingleResult() + 1;
        FocusArea f = new FocusArea(p, next, text == null ? "" : text);
        validator.check(f);
        em.persist(f);
        em.flush();
        audit.record(AuditAction.CREATE, "FocusArea", f.getId(), "priority " + p.getNumber() + ", area " + next,
                f.getText());
        return f;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.ANALYST})
    public FocusArea updateFocusArea(FocusArea edited) {
        validator.check(edited);
        FocusArea current = focusArea(edited.getId());
        String before = current.getText();
        FocusArea saved = Jpa.mergeChecked(em, edited, "The area of focus");
        audit.record(AuditAction.UPDATE, "FocusArea", saved.getId(), "area " + saved.getNumber(),
                new ChangeSummary().field("text", before, saved.getText()).toString());
        return saved;
    }

    /** Removes an area of focus that has no measures. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.ANALYST})
    public void removeFocusArea(long id) {
        FocusArea f = focusArea(id);
        String label = f.getText();
        Jpa.removeChecked(em, f, () -> "The area of focus still has measures; move or remove them first.");
        audit.record(AuditAction.DELETE, "FocusArea", id, label, "removed");
    }

    public FocusArea focusArea(long id) {
        FocusArea f = em.find(FocusArea.class, id);
        if (f == null) {
            throw new NotFoundException("Area of focus", id);
        }
        return f;
    }
}
