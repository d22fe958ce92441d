package org.cpchub.domain.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the fostering and adoption panel's central list records about a person
 * (Fostering Services (England) Regulations 2011 reg 23; Adoption Agencies Regulations 2005 reg 3).
 */
@Embeddable
public class CentralListProfile implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Post-qualifying experience a panel social worker needs to count towards quorum. */
    public static final int QUALIFYING_PQE_YEARS = 3;

    @Column(name = "on_central_list", nullable = false)
    private boolean onCentralList;

    @Column(name = "independent_member", nullable = false)
    private boolean independentMember;

    @Column(name = "social_worker", nullable = false)
    private boolean socialWorker;

    @Min(value = 0, message = "Years of post-qualifying experience cannot be negative")
    @Max(value = 60, message = "Years of post-qualifying experience can be at most {value}")
    @Column(name = "pqe_years")
    private Integer pqeYears;

    @Column(name = "care_experienced", nullable = false)
    private boolean careExperienced;

    @Column(name = "medical_adviser", nullable = false)
    private boolean medicalAdviser;

    @Column(name = "legal_adviser", nullable = false)
    private boolean legalAdviser;

    /** A social worker with at least three years' post-qualifying experience. */
    public boolean isQualifyingSocialWorker() {
        return socialWorker && pqeYears != null && pqeYears >= QUALIFYING_PQE_YEARS;
    }

    /** The flags as words, for lists: "independent, social worker (5 yrs PQE)". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (independentMember) {
            parts.add("independent");
        }
        if (socialWorker) {
            parts.add(pqeYears == null ? "social worker" : "social worker (" + pqeYears + " yrs PQE)");
        }
        if (careExperienced) {
            parts.add("care-experienced");
        }
        if (medicalAdviser) {
            parts.add("medical adviser");
        }
        if (legalAdviser) {
            parts.add("legal adviser");
        }
        return String.join(", ", parts);
    }

    public boolean isOnCentralList() {
        return onCentralList;
    }

    public void setOnCentralList(boolean onCentralList) {
        this.onCentralList = onCentralList;
    }

    public boolean isIndependentMember() {
        return independentMember;
    }

    public void setIndependentMember(boolean independentMember) {
        this.independentMember = independentMember;
    }

    public boolean isSocialWorker() {
        return socialWorker;
    }

    public void setSocialWorker(boolean socialWorker) {
        this.socialWorker = socialWorker;
    }

    public Integer getPqeYears() {
        return pqeYears;
    }

    public void setPqeYears(Integer pqeYears) {
        this.pqeYears = pqeYears;
    }

    public boolean isCareExperienced() {
        return careExperienced;
    }

    public void setCareExperienced(boolean careExperienced) {
        this.careExperienced = careExperienced;
    }

    public boolean isMedicalAdviser() {
        return medicalAdviser;
    }

    public void setMedicalAdviser(boolean medicalAdviser) {
        this.medicalAdviser = medicalAdviser;
    }

    public boolean isLegalAdviser() {
        return legalAdviser;
    }

    public void setLegalAdviser(boolean legalAdviser) {
        this.legalAdviser = legalAdviser;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CentralListProfile p && onCentralList == p.onCentralList
                && independentMember == p.independentMember && socialWorker == p.socialWorker
                && Objects.equals(pqeYears, p.pqeYears) && careExperienced == p.careExperienced
                && medicalAdviser == p.medicalAdviser && legalAdviser == p.legalAdviser;
    }

    @Override
    public int hashCode() {
        return Objects.hash(onCentralList, independentMember, socialWorker, pqeYears, careExperienced,
                medicalAdviser, legalAdviser);
    }
}
