package org.cpchub.web.strategy;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.cpchub.domain.strategy.Benchmark;
import org.cpchub.domain.strategy.ComparatorGroup;
import org.cpchub.domain.strategy.FocusArea;
import org.cpchub.domain.strategy.Frequency;
import org.cpchub.domain.strategy.Measure;
import org.cpchub.domain.strategy.MeasureUnit;
import org.cpchub.domain.strategy.ParentingPrinciple;
import org.cpchub.domain.strategy.Polarity;
import org.cpchub.domain.strategy.Priority;
import org.cpchub.domain.strategy.ReportingPeriod;
import org.cpchub.domain.strategy.Strategy;
import org.cpchub.domain.strategy.StrategyStatus;
import org.cpchub.domain.strategy.Target;
import org.cpchub.ejb.strategy.MeasureRecord;
import org.cpchub.ejb.strategy.MeasureService;
import org.cpchub.ejb.strategy.StrategyService;
import org.cpchub.ejb.strategy.StrategyTree;
import org.cpchub.web.support.Messages;

/**
 * Managing a strategy's definitions (analysts, admins): the strategy itself and its status, its priorities, their
 * areas of focus and the measures of each, and every measure's targets (per period, with a tolerance) and
 * benchmarks (per period and comparator group, with source and release date). One editor at a time opens below
 * the structure.
 */
@Named
@ViewScoped
public class ManagePage implements Serializable {
    private static final long serialVersionUID = 1L;

    /** What the editor shows. */
    public enum Editor { NONE, STRATEGY, PRIORITY, AREA, MEASURE, TARGETS }

    @EJB
    transient StrategyService strategies;

    @EJB
    transient MeasureService measures;

    private String strategyParam;
    private final StrategyChoice choice = new StrategyChoice();
    private StrategyTree tree;

    private Editor editor = Editor.NONE;
    private String editorHeading;

    // the strategy (new or edited)
    private Strategy strategy;
    private String strategyName;
    private LocalDate strategyFrom;
    private LocalDate strategyTo;
    private String strategySummary;

    // a priority (new: priorityId null) or an area of focus (new: areaId null, parent priorityId)
    private Long priorityId;
    /** The priority or area of focus as it was when the editor opened, so that a change meanwhile is a conflict. */
    private Priority editedPriority;
    private FocusArea editedArea;
    private String title;
    private String description;
    private List<ParentingPrinciple> principles = new ArrayList<>();
    private Long areaId;
    private String text;

    // a measure (new: measure.getId() null)
    private Measure measure;
    private Long measureAreaId;
    private String numeratorLabel;
    private String denominatorLabel;

    // targets and benchmarks of a measure
    private MeasureRecord targetsOf;
    private ReportingPeriod targetPeriod;
    private BigDecimal targetValue;
    private BigDecimal targetTolerance;
    private String targetNote;
    private ReportingPeriod benchmarkPeriod;
    private ComparatorGroup benchmarkGroup = ComparatorGroup.ENGLAND;
    private BigDecimal benchmarkValue;
    private String benchmarkSource;
    private LocalDate benchmarkReleased;

    public void load() {
        if (choice.load(strategies, strategyParam)) {
            refresh();
        }
    }

    public void refresh() {
        tree = choice.getStrategyId() == null ? null : strategies.tree(choice.getStrategyId());
    }

    /** The strategy menu chose another strategy. */
    public void changeStrategy() {
        close();
        refresh();
    }

    public void close() {
        editor = Editor.NONE;
    }

    private static void info(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    private static void fieldError(String clientId, String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        faces.validationFailed();
    }

    // ---------------------------------------------------------------- the strategy

    public void newStrategy() {
        strategy = null;
        strategyName = null;
        strategyFrom = null;
        strategyTo = null;
        strategySummary = null;
        open(Editor.STRATEGY, "New strategy");
    }

    public void editStrategy() {
        strategy = strategies.get(choice.getStrategyId());
        strategyName = strategy.getName();
        strategyFrom = strategy.getPeriodFrom();
        strategyTo = strategy.getPeriodTo();
        strategySummary = strategy.getSummary();
        open(Editor.STRATEGY, "Edit the strategy");
    }

    public void saveStrategy() {
        if (strategyFrom == null || strategyTo == null) {
            if (strategyFrom == null) {
                fieldError("strategyForm:periodFrom", "Enter the date the strategy starts");
            }
            if (strategyTo == null) {
                fieldError("strategyForm:periodTo", "Enter the date the strategy ends");
            }
            return;
        }
        boolean created = strategy == null;
        Strategy edited = created ? new Strategy(strategyName == null ? "" : strategyName, strategyFrom, strategyTo)
                : strategy;
        edited.setName(strategyName);
        edited.setPeriodFrom(strategyFrom);
        edited.setPeriodTo(strategyTo);
        edited.setSummary(strategySummary);
        Strategy[] saved = new Strategy[1];
        if (Messages.attempt("strategyForm", () -> saved[0] = created ? strategies.create(edited) : strategies.update(edited))) {
            info(saved[0].getName() + (created ? " was created as a draft: add its priorities, then make it active."
                    : " was saved."));
            choice.load(strategies, null);
            choice.setStrategyId(saved[0].getId());
            close();
            refresh();
        }
    }

    public void changeStatus(StrategyStatus target) {
        if (Messages.attempt(null, () -> strategies.changeStatus(choice.getStrategyId(), target))) {
            info("The strategy is now " + target.getLabel().toLowerCase() + ".");
            choice.load(strategies, String.valueOf(choice.getStrategyId()));
            refresh();
        }
    }

    public List<StrategyStatus> getNextStatuses() {
        return tree == null ? List.of() : List.copyOf(tree.getStrategy().getStatus().next());
    }

    // ---------------------------------------------------------------- priorities and areas of focus

    public void newPriority() {
        priorityId = null;
        title = null;
        description = null;
        principles = new ArrayList<>();
        open(Editor.PRIORITY, "New priority");
    }

    public void editPriority(Priority p) {
        Priority current = strategies.priority(p.getId());
        editedPriority = current;
        priorityId = current.getId();
        title = current.getTitle();
        description = current.getDescription();
        principles = new ArrayList<>(current.getPrinciples());
        open(Editor.PRIORITY, "Edit priority " + current.getNumber());
    }

    public void savePriority() {
        EnumSet<ParentingPrinciple> chosen = principles.isEmpty() ? EnumSet.noneOf(ParentingPrinciple.class)
                : EnumSet.copyOf(principles);
        boolean created = priorityId == null;
        boolean ok = Messages.attempt("editor", () -> {
            if (created) {
                strategies.addPriority(choice.getStrategyId(), title, description, chosen);
            } else {
                editedPriority.setTitle(title);
                editedPriority.setDescription(description);
                editedPriority.setPrinciples(chosen);
                strategies.updatePriority(editedPriority);
            }
        });
        if (ok) {
            info(created ? "The priority was added." : "The priority was saved.");
            close();
            refresh();
        }
    }

    public void removePriority(Priority p) {
        if (Messages.attempt(null, () -> strategies.removePriority(p.getId()))) {
            info("Priority " + p.getNumber() + " was removed.");
            close();
            refresh();
        }
    }

    public void newArea(Priority p) {
        priorityId = p.getId();
        areaId = null;
        text = null;
        open(Editor.AREA, "New area of focus of priority " + p.getNumber());
    }

    public void editArea(FocusArea a) {
        FocusArea current = strategies.focusArea(a.getId());
        editedArea = current;
        areaId = current.getId();
        text = current.getText();
        open(Editor.AREA, "Edit area of focus " + a.getPriority().getNumber() + "." + current.getNumber());
    }

    public void saveArea() {
        boolean created = areaId == null;
        boolean ok = Messages.attempt("editor", () -> {
            if (created) {
                strategies.addFocusArea(priorityId, text);
            } else {
                editedArea.setText(text);
                strategies.updateFocusArea(editedArea);
            }
        });
        if (ok) {
            info(created ? "The area of focus was added." : "The area of focus was saved.");
            close();
            refresh();
        }
    }

    public void removeArea(FocusArea a) {
        if (Messages.attempt(null, () -> strategies.removeFocusArea(a.getId()))) {
            info("The area of focus was removed.");
            close();
            refresh();
        }
    }

    // ---------------------------------------------------------------- measures

    public void newMeasure(FocusArea a) {
        measure = new Measure(a, "", "", "", MeasureUnit.PERCENTAGE, Polarity.HIGHER_IS_BETTER, Frequency.QUARTERLY);
        measureAreaId = a.getId();
        numeratorLabel = null;
        denominatorLabel = null;
        principles = new ArrayList<>();
        open(Editor.MEASURE, "New measure in area " + a.getPriority().getNumber() + "." + a.getNumber());
    }

    public void editMeasure(Measure m) {
        measure = measures.get(m.getId());
        measureAreaId = measure.getFocusArea().getId();
        numeratorLabel = measure.getNumeratorLabel();
        denominatorLabel = measure.getDenominatorLabel();
        principles = new ArrayList<>(measure.getPrinciples());
        open(Editor.MEASURE, "Edit " + measure.getCode());
    }

    public void saveMeasure() {
        boolean created = measure.getId() == null;
        measure.setFormula(numeratorLabel, denominatorLabel);
        measure.setPrinciples(principles.isEmpty() ? EnumSet.noneOf(ParentingPrinciple.class) : EnumSet.copyOf(principles));
        Measure[] saved = new Measure[1];
        boolean ok = Messages.attempt("editor", () -> {
            if (created) {
                saved[0] = measures.create(measureAreaId, measure);
            } else {
                if (!measureAreaId.equals(measure.getFocusArea().getId())) {
                    measure.moveTo(strategies.focusArea(measureAreaId));
                }
                saved[0] = measures.update(measure);
            }
        });
        if (ok) {
            info(saved[0].getCode() + (created ? " was added." : " was saved."));
            close();
            refresh();
        }
    }

    public void removeMeasure(Measure m) {
        if (Messages.attempt(null, () -> measures.remove(m.getId()))) {
            info(m.getCode() + " was removed.");
            close();
            refresh();
        }
    }

    /** The areas of focus a measure can be in, labelled "1.3 Children move to permanent family care...". */
    public List<FocusArea> getAllAreas() {
        List<FocusArea> all = new ArrayList<>();
        if (tree != null) {
            tree.getPriorities().forEach(p -> all.addAll(tree.focusAreasOf(p)));
        }
        return all;
    }

    public String areaLabel(FocusArea a) {
        String t = a.getText();
        return a.getPriority().getNumber() + "." + a.getNumber() + " " + (t.length() > 90 ? t.substring(0, 87) + "..." : t);
    }

    // ---------------------------------------------------------------- targets and benchmarks

    public void openTargets(Measure m) {
        targetsOf = measures.record(m.getId());
        targetPeriod = null;
        targetValue = null;
        targetTolerance = BigDecimal.ZERO;
        targetNote = null;
        benchmarkPeriod = null;
        benchmarkValue = null;
        benchmarkSource = null;
        benchmarkReleased = null;
        open(Editor.TARGETS, "Targets and benchmarks of " + m.getCode());
    }

    private void reloadTargets() {
        targetsOf = measures.record(targetsOf.measure().getId());
    }

    public void saveTarget() {
        if (Messages.attempt("target", () -> measures.setTarget(targetsOf.measure().getId(), targetPeriod, targetValue,
                targetTolerance, targetNote))) {
            info("The target for " + targetPeriod.getLabel() + " was set.");
            targetPeriod = null;
            targetValue = null;
            targetNote = null;
            reloadTargets();
        }
    }

    public void removeTarget(Target t) {
        if (Messages.attempt("target", () -> measures.removeTarget(t.getId()))) {
            info("The target for " + t.getPeriod().getLabel() + " was removed.");
            reloadTargets();
        }
    }

    public void saveBenchmark() {
        if (Messages.attempt("benchmark", () -> measures.setBenchmark(targetsOf.measure().getId(), benchmarkPeriod,
                benchmarkGroup, benchmarkValue, benchmarkSource, benchmarkReleased))) {
            info("The " + benchmarkGroup.getLabel() + " benchmark for " + benchmarkPeriod.getLabel() + " was set.");
            benchmarkPeriod = null;
            benchmarkValue = null;
            reloadTargets();
        }
    }

    public void removeBenchmark(Benchmark b) {
        if (Messages.attempt("benchmark", () -> measures.removeBenchmark(b.getId()))) {
            info("The benchmark was removed.");
            reloadTargets();
        }
    }

    private void open(Editor which, String heading) {
        editor = which;
        editorHeading = heading;
    }

    // ---------------------------------------------------------------- for the view

    public boolean is(String which) {
        return editor == Editor.valueOf(which);
    }

    public String label(Strategy s) {
        return StrategyChoice.label(s);
    }

    public MeasureUnit[] getUnits() { return MeasureUnit.values(); }
    public Polarity[] getPolarities() { return Polarity.values(); }
    public Frequency[] getFrequencies() { return Frequency.values(); }
    public ParentingPrinciple[] getAllPrinciples() { return ParentingPrinciple.values(); }
    public ComparatorGroup[] getGroups() { return ComparatorGroup.values(); }
    public List<Integer> getDecimalChoices() { return List.of(0, 1, 2); }

    public StrategyTree getTree() { return tree; }
    public List<Strategy> getStrategies() { return choice.getStrategies(); }
    public Long getStrategyId() { return choice.getStrategyId(); }
    public void setStrategyId(Long strategyId) { choice.setStrategyId(strategyId); }
    public String getStrategyParam() { return strategyParam; }
    public void setStrategyParam(String strategyParam) { this.strategyParam = strategyParam; }
    public String getEditorHeading() { return editorHeading; }
    public String getStrategyName() { return strategyName; }
    public void setStrategyName(String strategyName) { this.strategyName = strategyName; }
    public LocalDate getStrategyFrom() { return strategyFrom; }
    public void setStrategyFrom(LocalDate strategyFrom) { this.strategyFrom = strategyFrom; }
    public LocalDate getStrategyTo() { return strategyTo; }
    public void setStrategyTo(LocalDate strategyTo) { this.strategyTo = strategyTo; }
    public String getStrategySummary() { return strategySummary; }
    public void setStrategySummary(String strategySummary) { this.strategySummary = strategySummary; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public List<ParentingPrinciple> getPrinciples() { return principles; }
    public void setPrinciples(List<ParentingPrinciple> principles) { this.principles = principles == null ? new ArrayList<>() : principles; }

    /** The principles as an array, whose element type tells Faces how to convert the checkboxes. */
    public ParentingPrinciple[] getPrincipleArray() {
        return principles.toArray(new ParentingPrinciple[0]);
    }

    public void setPrincipleArray(ParentingPrinciple[] chosen) {
        principles = chosen == null ? new ArrayList<>() : new ArrayList<>(List.of(chosen));
    }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public Measure getMeasure() { return measure; }
    public Long getMeasureAreaId() { return measureAreaId; }
    public void setMeasureAreaId(Long measureAreaId) { this.measureAreaId = measureAreaId; }
    public String getNumeratorLabel() { return numeratorLabel; }
    public void setNumeratorLabel(String numeratorLabel) { this.numeratorLabel = numeratorLabel; }
    public String getDenominatorLabel() { return denominatorLabel; }
    public void setDenominatorLabel(String denominatorLabel) { this.denominatorLabel = denominatorLabel; }
    public MeasureRecord getTargetsOf() { return targetsOf; }
    public ReportingPeriod getTargetPeriod() { return targetPeriod; }
    public void setTargetPeriod(ReportingPeriod targetPeriod) { this.targetPeriod = targetPeriod; }
    public BigDecimal getTargetValue() { return targetValue; }
    public void setTargetValue(BigDecimal targetValue) { this.targetValue = targetValue; }
    public BigDecimal getTargetTolerance() { return targetTolerance; }
    public void setTargetTolerance(BigDecimal targetTolerance) { this.targetTolerance = targetTolerance; }
    public String getTargetNote() { return targetNote; }
    public void setTargetNote(String targetNote) { this.targetNote = targetNote; }
    public ReportingPeriod getBenchmarkPeriod() { return benchmarkPeriod; }
    public void setBenchmarkPeriod(ReportingPeriod benchmarkPeriod) { this.benchmarkPeriod = benchmarkPeriod; }
    public ComparatorGroup getBenchmarkGroup() { return benchmarkGroup; }
    public void setBenchmarkGroup(ComparatorGroup benchmarkGroup) { this.benchmarkGroup = benchmarkGroup; }
    public BigDecimal getBenchmarkValue() { return benchmarkValue; }
    public void setBenchmarkValue(BigDecimal benchmarkValue) { this.benchmarkValue = benchmarkValue; }
    public String getBenchmarkSource() { return benchmarkSource; }
    public void setBenchmarkSource(String benchmarkSource) { this.benchmarkSource = benchmarkSource; }
    public LocalDate getBenchmarkReleased() { return benchmarkReleased; }
    public void setBenchmarkReleased(LocalDate benchmarkReleased) { this.benchmarkReleased = benchmarkReleased; }
}
