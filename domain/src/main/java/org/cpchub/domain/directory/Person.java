package org.cpchub.domain.directory;

import org.cpchub.domain.shared.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * Someone the council's committees deal with: a councillor, co-opted member, officer, partner or
 * panel member. Officers are often known by their role title ("Head of Service for Children Looked
 * After"), which is why the name is one free field.
 */
@Entity
@Table(name = "person")
public class Person extends VersionedEntity {
    private static final long serialVersionUID = 1L;
    public static final int NAME_MAX = 120;
    public static final int TITLE_MAX = 160;
    public static final int SERVICE_MAX = 160;
    public static final int ORGANISATION_MAX = 160;
    public static final int PARTY_MAX = 80;
    public static final int WARD_MAX = 80;
    public static final int EMAIL_MAX = 254;
    public static final int PHONE_MAX = 40;


    @NotBlank(message = "Enter the person's name")
    @Size(max = NAME_MAX, message = "The name can be at most {max} characters")
    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @NotNull(message = "Choose what kind of person this is")
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private PersonKind kind;

    @Size(max = TITLE_MAX, message = "The job title can be at most {max} characters")
    @Column(name = "job_title", length = TITLE_MAX)
    private String jobTitle;

    @Size(max = SERVICE_MAX, message = "The service can be at most {max} characters")
    @Column(name = "service", length = SERVICE_MAX)
    private String service;

    @Size(max = ORGANISATION_MAX, message = "The organisation can be at most {max} characters")
    @Column(name = "organisation", length = ORGANISATION_MAX)
    private String organisation;

    @Size(max = PARTY_MAX, message = "The party can be at most {max} characters")
    @Column(name = "party", length = PARTY_MAX)
    private String party;

    @Size(max = WARD_MAX, message = "The ward can be at most {max} characters")
    @Column(name = "ward", length = WARD_MAX)
    private String ward;

    @Email(message = "Enter an e-mail address like name@example.gov.uk")
    @Size(max = EMAIL_MAX, message = "The e-mail address can be at most {max} characters")
    @Column(name = "email", length = EMAIL_MAX)
    private String email;

    @Pattern(regexp = "^$|^[0-9 +()-]{6,40}$", message = "Enter a phone number using digits, spaces, +, ( ) and -")
    @Size(max = PHONE_MAX)
    @Column(name = "phone", length = PHONE_MAX)
    private String phone;

    @Valid
    @Embedded
    private CentralListProfile centralList = new CentralListProfile();

    protected Person() {
        // for JPA
    }

    public Person(String name, PersonKind kind) {
        this.name = Objects.requireNonNull(name, "name");
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    /** An empty person for a "new person" form. */
    public static Person blank() {
        Person p = new Person();
        p.kind = PersonKind.COUNCILLOR;
        return p;
    }

    @AssertTrue(message = "Enter the years of post-qualifying experience for a social worker")
    public boolean isPqeGivenForSocialWorker() {
        return centralList == null || !centralList.isSocialWorker() || centralList.getPqeYears() != null;
    }

    /** One line for lists: the job title and service of an officer, the organisation of a partner. */
    public String getDescription() {
        return switch (kind) {
            case COUNCILLOR -> join(party == null ? null : party, ward == null ? null : ward + " ward");
            case OFFICER -> join(jobTitle, service);
            case PARTNER -> join(jobTitle, organisation);
            case CO_OPTED_MEMBER -> join(jobTitle, organisation);
            case PANEL_MEMBER -> centralList == null ? "" : centralList.describe();
        };
    }

    private static String join(String a, String b) {
        if (a == null || a.isBlank()) {
            return b == null ? "" : b;
        }
        return b == null || b.isBlank() ? a : a + ", " + b;
    }

    public String getName() {
        return name;
    }

    /**
     * How published papers name the person: an officer by the job title (the role, not the person's
     * own data), everyone else by name.
     */
    public String getPublicName() {
        return kind == PersonKind.OFFICER && jobTitle != null && !jobTitle.isBlank() ? jobTitle : name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public PersonKind getKind() {
        return kind;
    }

    public void setKind(PersonKind kind) {
        this.kind = kind;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public String getService() {
        return service;
    }

    public void setService(String service) {
        this.service = service;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getParty() {
        return party;
    }

    public void setParty(String party) {
        this.party = party;
    }

    public String getWard() {
        return ward;
    }

    public void setWard(String ward) {
        this.ward = ward;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null || email.isBlank() ? null : email.strip();
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public CentralListProfile getCentralList() {
        if (centralList == null) {
            centralList = new CentralListProfile(); // EclipseLink leaves an all-null embeddable as null
        }
        return centralList;
    }


    @Override
    public String toString() {
        return name;
    }
}
