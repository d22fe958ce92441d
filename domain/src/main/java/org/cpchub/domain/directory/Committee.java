package org.cpchub.domain.directory;

import org.cpchub.domain.shared.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/** A committee, sub-committee, scrutiny committee or panel of the council. */
@Entity
@Table(name = "committee")
@NamedQuery(name = "Committee.findByName", query = "SELECT c FROM Committee c WHERE LOWER(c.name) = LOWER(:name)")
@NamedQuery(name = "Committee.findActive",
        query = "SELECT c FROM Committee c WHERE c.status = org.cpchub.domain.directory.CommitteeStatus.ACTIVE ORDER BY c.name")
public class Committee extends VersionedEntity {
    private static final long serialVersionUID = 1L;
    public static final int NAME_MAX = 120;
    public static final int TERMS_MAX = 4000;
    public static final int VENUE_MAX = 200;
    public static final int QUORUM_MAX = 60;


    @NotBlank(message = "Enter the committee's name")
    @Size(max = NAME_MAX, message = "The name can be at most {max} characters")
    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @NotNull(message = "Choose what kind of body this is")
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private CommitteeKind kind;

    @Size(max = TERMS_MAX, message = "The terms of reference can be at most {max} characters")
    @Column(name = "terms_of_reference", length = TERMS_MAX)
    private String termsOfReference;

    @Min(value = 1, message = "The quorum must be at least {value}")
    @Max(value = QUORUM_MAX, message = "The quorum can be at most {value}")
    @Column(name = "quorum", nullable = false)
    private int quorum = 3;

    @Size(max = VENUE_MAX, message = "The venue can be at most {max} characters")
    @Column(name = "default_venue", length = VENUE_MAX)
    private String defaultVenue;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private CommitteeStatus status = CommitteeStatus.ACTIVE;

    /**
     * The standard items every new meeting gets (names of {@code meetings.StandardItem}, comma-separated, in
     * agenda order); kept as text so the directory does not depend on the meetings context.
     */
    @Column(name = "agenda_template", length = 200)
    private String agendaTemplate = DEFAULT_AGENDA_TEMPLATE;

    /** The committee standard (DOMAIN.md): Minutes, Urgent Business, Declarations, and the Work Programme last. */
    public static final String DEFAULT_AGENDA_TEMPLATE = "MINUTES,URGENT_BUSINESS,DECLARATIONS,WORK_PROGRAMME";

    protected Committee() {
        // for JPA and for forms that fill in a new committee
    }

    public Committee(String name, CommitteeKind kind, int quorum) {
        this.name = Objects.requireNonNull(name, "name");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.quorum = quorum;
    }

    /** An empty committee for a "new committee" form. */
    public static Committee blank() {
        Committee c = new Committee();
        c.kind = CommitteeKind.COMMITTEE;
        return c;
    }

    public boolean isActive() {
        return status == CommitteeStatus.ACTIVE;
    }

    public boolean isPanel() {
        return kind == CommitteeKind.PANEL;
    }

    public void dissolve() {
        status = CommitteeStatus.DISSOLVED;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public CommitteeKind getKind() {
        return kind;
    }

    public void setKind(CommitteeKind kind) {
        this.kind = kind;
    }

    public String getTermsOfReference() {
        return termsOfReference;
    }

    public void setTermsOfReference(String termsOfReference) {
        this.termsOfReference = termsOfReference;
    }

    public int getQuorum() {
        return quorum;
    }

    public void setQuorum(int quorum) {
        this.quorum = quorum;
    }

    public String getDefaultVenue() {
        return defaultVenue;
    }

    public void setDefaultVenue(String defaultVenue) {
        this.defaultVenue = defaultVenue;
    }

    public java.util.List<String> getAgendaTemplate() {
        return agendaTemplate == null || agendaTemplate.isBlank() ? new java.util.ArrayList<>()
                : new java.util.ArrayList<>(java.util.Arrays.stream(agendaTemplate.split(",")).map(String::strip).toList());
    }

    public void setAgendaTemplate(java.util.List<String> standardItems) {
        this.agendaTemplate = standardItems == null ? "" : String.join(",", standardItems);
    }

    public CommitteeStatus getStatus() {
        return status;
    }

    public void setStatus(CommitteeStatus status) {
        this.status = status;
    }


    @Override
    public String toString() {
        return name;
    }
}
