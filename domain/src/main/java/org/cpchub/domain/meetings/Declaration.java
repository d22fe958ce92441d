package org.cpchub.domain.meetings;

import org.cpchub.domain.shared.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.cpchub.domain.directory.Person;

/**
 * A member's declaration of interest in an item (Localism Act 2011 s.31; LGA model code): the category,
 * the nature (which may be withheld as sensitive), any dispensation, and whether the member withdrew.
 */
@Entity
@Table(name = "declaration")
@NamedQuery(name = "Declaration.findByMeeting", query = "SELECT d FROM Declaration d JOIN FETCH d.member"
        + " JOIN FETCH d.item WHERE d.item.meeting.id = :meetingId ORDER BY d.item.number, d.id")
public class Declaration extends VersionedEntity {
    private static final long serialVersionUID = 1L;
    public static final int CATEGORY_MAX = 80;
    public static final int NATURE_MAX = 1000;
    /** The default categories; councils can use their own words. */
    public static final String[] CATEGORIES = {"Disclosable pecuniary interest", "Other registrable interest",
        "Non-registrable interest", "Non-pecuniary interest"};


    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id", nullable = false)
    private AgendaItem item;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person member;

    @NotBlank(message = "Choose the category of interest")
    @Size(max = CATEGORY_MAX)
    @Column(name = "category", nullable = false, length = CATEGORY_MAX)
    private String category;

    @Size(max = NATURE_MAX, message = "The nature can be at most {max} characters")
    @Column(name = "nature", length = NATURE_MAX)
    private String nature;

    /** The nature is withheld from published minutes (LGA model code: sensitive interests). */
    @Column(name = "sensitive", nullable = false)
    private boolean sensitive;

    @Column(name = "dispensation", nullable = false)
    private boolean dispensation;

    @Column(name = "withdrew", nullable = false)
    private boolean withdrew;

    protected Declaration() {
        // for JPA
    }

    public Declaration(AgendaItem item, Person member, String category, String nature, boolean sensitive,
                       boolean dispensation, boolean withdrew) {
        this.item = Objects.requireNonNull(item);
        this.member = Objects.requireNonNull(member);
        this.category = category;
        this.nature = nature;
        this.sensitive = sensitive;
        this.dispensation = dispensation;
        this.withdrew = withdrew;
    }

    /** How the minutes record it: the nature is replaced when sensitive. */
    public String getMinutedText() {
        return member.getName() + " declared a " + category.toLowerCase(java.util.Locale.UK) + " "
                + (sensitive ? "(the nature of which is sensitive and not published)"
                : nature == null || nature.isBlank() ? "" : "in that " + nature.strip())
                + (dispensation ? ", under a dispensation" : "")
                + (withdrew ? ", and left the room for the item" : "") + ".";
    }

    public AgendaItem getItem() {
        return item;
    }

    public Person getMember() {
        return member;
    }

    public String getCategory() {
        return category;
    }

    public String getNature() {
        return nature;
    }

    public boolean isSensitive() {
        return sensitive;
    }

    public boolean isDispensation() {
        return dispensation;
    }

    public boolean isWithdrew() {
        return withdrew;
    }
}
