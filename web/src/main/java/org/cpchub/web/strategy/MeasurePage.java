package org.cpchub.web.strategy;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cpchub.domain.strategy.Benchmark;
import org.cpchub.domain.strategy.ComparatorGroup;
import org.cpchub.domain.strategy.ParentingPrinciple;
import org.cpchub.domain.strategy.ReportingPeriod;
import org.cpchub.domain.strategy.Target;
import org.cpchub.ejb.strategy.MeasureRecord;
import org.cpchub.ejb.strategy.MeasureService;
import org.cpchub.web.api.JsonBuilders;
import org.cpchub.web.support.PageParameters;

/**
 * /staff/strategy/measure.xhtml?id=: a measure's definition, its values against target and benchmarks as a chart
 * and, for everyone who cannot see the chart, the same data as a table; every revision of a value; and the agenda
 * items, resolutions and action points that discussed it.
 */
@Named
@RequestScoped
public class MeasurePage {
    @EJB
    MeasureService measures;

    private String id;
    private MeasureRecord record;

    public void load() {
        PageParameters.id(id).ifPresentOrElse(i -> record = measures.record(i),
                () -> PageParameters.notFound("Choose a measure on the dashboard."));
    }

    public MeasureRecord getRecord() {
        return record;
    }

    public String getPrinciples() {
        return record.measure().getPrinciples().stream().map(ParentingPrinciple::getLabel)
                .collect(Collectors.joining("; "));
    }

    /** The benchmark of a comparator group for a period, formatted, or empty. */
    public String benchmark(ReportingPeriod period, ComparatorGroup group) {
        return benchmarkOf(period, group).map(Benchmark::getFormatted).orElse("");
    }

    private Optional<Benchmark> benchmarkOf(ReportingPeriod period, ComparatorGroup group) {
        return record.benchmarks().stream().filter(b -> b.getComparator() == group && b.getPeriod().equals(period))
                .findFirst();
    }

    public List<ComparatorGroup> getComparators() {
        return List.of(ComparatorGroup.values());
    }

    /** The Chart.js configuration of the trend: values, target and each comparator group, by period. */
    public String getChartJson() {
        List<MeasureRecord.ValueRow> rows = record.values();
        JsonArrayBuilder labels = JsonBuilders.array();
        JsonArrayBuilder values = JsonBuilders.array();
        JsonArrayBuilder targets = JsonBuilders.array();
        Map<ComparatorGroup, JsonArrayBuilder> comparators = new EnumMap<>(ComparatorGroup.class);
        for (ComparatorGroup g : ComparatorGroup.values()) {
            comparators.put(g, JsonBuilders.array());
        }
        boolean anyTarget = false;
        java.util.EnumSet<ComparatorGroup> used = java.util.EnumSet.noneOf(ComparatorGroup.class);
        for (MeasureRecord.ValueRow row : rows) {
            ReportingPeriod p = row.value().getPeriod();
            labels.add(p.getLabel());
            values.add(row.value().getValue());
            Target t = row.target();
            if (t == null) {
                targets.addNull();
            } else {
                targets.add(t.getValue());
                anyTarget = true;
            }
            for (ComparatorGroup g : ComparatorGroup.values()) {
                Optional<BigDecimal> b = benchmarkOf(p, g).map(Benchmark::getValue);
                if (b.isPresent()) {
                    comparators.get(g).add(b.get());
                    used.add(g);
                } else {
                    comparators.get(g).addNull();
                }
            }
        }
        JsonArrayBuilder sets = JsonBuilders.array()
                .add(dataset(record.measure().getName(), values, "#1d3f8f", false));
        if (anyTarget) {
            sets.add(dataset("Target", targets, "#555555", true));
        }
        String[] colours = {"#8a3b00", "#00695c", "#6a1b9a"};
        for (ComparatorGroup g : used) {
            sets.add(dataset(g.getLabel(), comparators.get(g), colours[g.ordinal() % colours.length], true));
        }
        return JsonBuilders.object().add("type", "line")
                .add("data", JsonBuilders.object().add("labels", labels).add("datasets", sets))
                .add("options", JsonBuilders.object().add("spanGaps", true).add("animation", false)
                        .add("plugins", JsonBuilders.object().add("legend", JsonBuilders.object()
                                .add("position", "bottom"))))
                .build().toString();
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour, boolean dashed) {
        JsonObjectBuilder set = JsonBuilders.object().add("label", label).add("data", data)
                .add("borderColor", colour).add("backgroundColor", colour).add("fill", false).add("tension", 0);
        if (dashed) {
            set.add("borderDash", JsonBuilders.array().add(6).add(4));
        }
        return set;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
