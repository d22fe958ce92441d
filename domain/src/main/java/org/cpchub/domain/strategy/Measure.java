package org.cpchub.domain.strategy;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.cpchub.domain.shared.VersionedEntity;

/**
 * How the strategy measures impact in an area of focus: the definition of one performance measure (code,
 * plain-English definition, unit, polarity, frequency, data source, owner) and, for rates and percentages,
 * what the numerator and the denominator count, so that values are computed rather than typed.
 */
@Entity
@Table(name = "measure")
@NamedQuery(name = "Measure.findByCode", query = "SELECT m FROM Measure m WHERE m.code = :code")
@NamedQuery(name = "Measure.findByCodes", query = "SELECT m FROM Measure m WHERE m.code IN :codes")
@NamedQuery(name = "Measure.findByStrategy", query = "SELECT m FROM Measure m JOIN FETCH m.focusArea f"
        + " JOIN FETCH f.priority p LEFT JOIN FETCH m.principles WHERE p.strategy.id = :strategyId"
        + " ORDER BY p.number, f.number, m.number, m.id")
// EclipseLink fetch-joins one level in JPQL; the hint (ignored by other providers) loads the whole path at once
@NamedQuery(name = "Measure.findWithParents", query = "SELECT m FROM Measure m LEFT JOIN FETCH m.principles"
        + " WHERE m.id = :id", hints = @QueryHint(name = Measure.JOIN_FETCH, value = "m.focusArea.priority.strategy"))
public class Measure extends VersionedEntity {
    private static final long serialVersionUID = 1L;
    /** EclipseLink's query hint for fetching a path of relationships in the same statement. */
    public static final String JOIN_FETCH = "eclipselink.join-fetch";
    public static final int CODE_MAX = 30;
    public static final int NAME_MAX = 200;
    public static final int DEFINITION_MAX = 4000;
    public static final int SOURCE_MAX = 300;
    public static final int LABEL_MAX = 200;
    public static final int OWNER_MAX = 60;
    public static final int DECIMALS_MAX = 2;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "focus_area_id", nullable = false)
    private FocusArea focusArea;

    @Column(name = "measure_number", nullable = false)
    private int number;

    @NotBlank(message = "Enter the measure's code")
    @Size(max = CODE_MAX, message = "The code can be at most {max} characters")
    @Pattern(regexp = "[A-Z0-9][A-Z0-9._-]*", message = "Use capital letters, digits, dots, hyphens and underscores in the code")
    @Column(name = "code", nullable = false, unique = true, length = CODE_MAX)
    private String code;

    @NotBlank(message = "Enter the measure's name")
    @Size(max = NAME_MAX, message = "The name can be at most {max} characters")
    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @NotBlank(message = "Say in plain English what the measure counts")
    @Size(max = DEFINITION_MAX, message = "The definition can be at most {max} characters")
    @Column(name = "definition", nullable = false, length = DEFINITION_MAX)
    private String definition;

    @NotNull(message = "Choose the unit")
    @Enumerated(EnumType.STRING)
    @Column(name = "unit", nullable = false, length = 20)
    private MeasureUnit unit;

    @NotNull(message = "Say whether higher or lower is better")
    @Enumerated(EnumType.STRING)
    @Column(name = "polarity", nullable = false, length = 20)
    private Polarity polarity;

    @NotNull(message = "Choose how often the measure is reported")
    @Enumerated(EnumType.STRING)
    @Column(name = "frequency", nullable = false, length = 10)
    private Frequency frequency;

    /** Decimal places of the published value: rates 0 (DfE), local percentages usually 1. */
    @Min(value = 0, message = "Decimal places are 0 to " + DECIMALS_MAX)
    @Max(value = DECIMALS_MAX, message = "Decimal places are 0 to " + DECIMALS_MAX)
    @Column(name = "decimal_places", nullable = false)
    private int decimalPlaces;

    @Size(max = SOURCE_MAX, message = "The data source can be at most {max} characters")
    @Column(name = "data_source", length = SOURCE_MAX)
    private String dataSource;

    /** The user name of the officer or analyst who enters the values. */
    @Size(max = OWNER_MAX)
    @Column(name = "owner_username", length = OWNER_MAX)
    private String ownerUsername;

    @Size(max = LABEL_MAX, message = "The numerator can be at most {max} characters")
    @Column(name = "numerator_label", length = LABEL_MAX)
    private String numeratorLabel;

    @Size(max = LABEL_MAX, message = "The denominator can be at most {max} characters")
    @Column(name = "denominator_label", length = LABEL_MAX)
    private String denominatorLabel;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "measure_principle", joinColumns = @JoinColumn(name = "measure_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "principle", nullable = false, length = 40)
    private Set<ParentingPrinciple> principles = EnumSet.noneOf(ParentingPrinciple.class);

    protected Measure() {
        // for JPA
    }

    public Measure(FocusArea focusArea, String code, String name, String definition, MeasureUnit unit,
                   Polarity polarity, Frequency frequency) {
        this.focusArea = Objects.requireNonNull(focusArea, "focusArea");
        this.code = normaliseCode(Objects.requireNonNull(code, "code"));
        this.name = Objects.requireNonNull(name, "name").strip();
        this.definition = Objects.requireNonNull(definition, "definition").strip();
        this.unit = Objects.requireNonNull(unit, "unit");
        this.polarity = Objects.requireNonNull(polarity, "polarity");
        this.frequency = Objects.requireNonNull(frequency, "frequency");
        this.decimalPlaces = unit.getDefaultDecimals();
    }

    /** Codes are compared in capitals without surrounding spaces, so "cla-01 " in an import finds CLA-01. */
    public static String normaliseCode(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    @AssertTrue(message = "A rate or percentage needs what its numerator and its denominator count")
    public boolean isFormulaComplete() {
        return unit == null || !unit.isComputed() || notBlank(numeratorLabel) && notBlank(denominatorLabel);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    public boolean isOwnedBy(String username) {
        return ownerUsername != null && ownerUsername.equals(username);
    }

    /** The value as people read it, at the measure's precision: "43.3%", "60 per 10,000". */
    public String format(BigDecimal value) {
        return unit.format(value, decimalPlaces);
    }

    /** The period of this measure's frequency that contains the given period's start. */
    public ReportingPeriod periodOf(ReportingPeriod any) {
        return ReportingPeriod.of(frequency, any.getStart());
    }

    public FocusArea getFocusArea() {
        return focusArea;
    }

    /** Moves the measure, with its values, to another area of focus (e.g. of the next strategy). */
    public void moveTo(FocusArea area) {
        this.focusArea = Objects.requireNonNull(area);
    }

    public int getNumber() {
        return number;
    }

    public void renumber(int number) {
        this.number = number;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = normaliseCode(code);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public String getDefinition() {
        return definition;
    }

    public void setDefinition(String definition) {
        this.definition = definition == null ? null : definition.strip();
    }

    public MeasureUnit getUnit() {
        return unit;
    }

    public void setUnit(MeasureUnit unit) {
        this.unit = unit;
    }

    public Polarity getPolarity() {
        return polarity;
    }

    public void setPolarity(Polarity polarity) {
        this.polarity = polarity;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public void setFrequency(Frequency frequency) {
        this.frequency = frequency;
    }

    public int getDecimalPlaces() {
        return decimalPlaces;
    }

    public void setDecimalPlaces(int decimalPlaces) {
        this.decimalPlaces = decimalPlaces;
    }

    public String getDataSource() {
        return dataSource;
    }

    public void setDataSource(String dataSource) {
        this.dataSource = dataSource == null || dataSource.isBlank() ? null : dataSource.strip();
    }

    public String getOwnerUsername() {
        return ownerUsername;
    }

    public void setOwnerUsername(String ownerUsername) {
        this.ownerUsername = ownerUsername == null || ownerUsername.isBlank() ? null
                : ownerUsername.strip().toLowerCase(Locale.ROOT);
    }

    public String getNumeratorLabel() {
        return numeratorLabel;
    }

    public String getDenominatorLabel() {
        return denominatorLabel;
    }

    /** What the numerator and the denominator count; cleared for units that are not computed. */
    public void setFormula(String numeratorLabel, String denominatorLabel) {
        this.numeratorLabel = numeratorLabel == null || numeratorLabel.isBlank() ? null : numeratorLabel.strip();
        this.denominatorLabel = denominatorLabel == null || denominatorLabel.isBlank() ? null : denominatorLabel.strip();
    }

    public Set<ParentingPrinciple> getPrinciples() {
        return principles;
    }

    public void setPrinciples(Set<ParentingPrinciple> principles) {
        this.principles = principles == null || principles.isEmpty() ? EnumSet.noneOf(ParentingPrinciple.class)
                : EnumSet.copyOf(principles);
    }
}
