package org.cpchub.ejb.directory;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import org.cpchub.domain.directory.Membership;
import org.cpchub.domain.directory.Person;
import org.cpchub.domain.directory.PersonKind;
import org.cpchub.domain.platform.AuditAction;
import org.cpchub.domain.platform.Role;
import org.cpchub.domain.shared.ChangeSummary;
import org.cpchub.domain.shared.NotFoundException;
import org.cpchub.domain.shared.Page;
import org.cpchub.domain.shared.PageRequest;
import org.cpchub.domain.shared.StillReferencedException;
import org.cpchub.ejb.platform.AuditTrail;
import org.cpchub.ejb.platform.InputValidator;
import org.cpchub.ejb.platform.Jpa;
import org.cpchub.ejb.platform.PagedQuery;

/** People in the directory: councillors, co-opted members, officers, partners and panel members. */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK, Role.Names.OFFICER, Role.Names.MEMBER, Role.Names.PANEL,
        Role.Names.DECISION_MAKER, Role.Names.ANALYST})
public class PersonService {
    private static final String TYPE = "Person";
    private static final Map<String, String> SORTABLE = Map.of("name", "p.name", "kind", "p.kind");

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    InputValidator validator;

    public Page<Person> find(String text, PersonKind kind, PageRequest page) {
        return PagedQuery.of(em, Person.class, "p")
                .whereContains(text, "p.name", "p.jobTitle")
                .where("p.kind = :kind", "kind", kind)
                .fetch(page, SORTABLE, "p.name");
    }

    /** For pickers: the first matches of a name, at most {@code limit}. */
    public List<Person> suggest(String text, int limit) {
        return find(text, null, new PageRequest(0, Math.max(1, Math.min(limit, 50)), "name", true)).items();
    }

    public Person get(long id) {
        Person p = em.find(Person.class, id);
        if (p == null) {
            throw new NotFoundException(TYPE, id);
        }
        return p;
    }

    public List<Membership> memberships(long personId) {
        return em.createNamedQuery("Membership.findByPerson", Membership.class)
                .setParameter("personId", personId).getResultList();
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK})
    public Person create(Person person) {
        validator.check(person);
        em.persist(person);
        em.flush();
        audit.record(AuditAction.CREATE, TYPE, person.getId(), person.getName(),
                "created " + person.getKind().getLabel().toLowerCase());
        return person;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK})
    public Person update(Person edited) {
        validator.check(edited);
        Person current = get(edited.getId());
        ChangeSummary changes = new ChangeSummary()
                .field("name", current.getName(), edited.getName())
                .field("kind", current.getKind(), edited.getKind())
                .field("job title", current.getJobTitle(), edited.getJobTitle())
                .field("service", current.getService(), edited.getService())
                .field("organisation", current.getOrganisation(), edited.getOrganisation())
                .field("party", current.getParty(), edited.getParty())
                .field("ward", current.getWard(), edited.getWard())
                .field("e-mail", current.getEmail(), edited.getEmail())
                .field("phone", current.getPhone(), edited.getPhone())
                .field("central list", current.getCentralList().describe(), edited.getCentralList().describe());
        Person saved = Jpa.mergeChecked(em, edited, "The record of " + current.getName());
        audit.record(AuditAction.UPDATE, TYPE, saved.getId(), saved.getName(), changes.toString());
        return saved;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK})
    public void delete(long id) {
        Person p = get(id);
        long memberships = em.createNamedQuery("Membership.countByPerson", Long.class)
                .setParameter("personId", id).getSingleResult();
        if (memberships > 0) {
            throw new StillReferencedException(p.getName() + " cannot be deleted: they have " + memberships
                    + (memberships == 1 ? " membership" : " memberships")
                    + " on record. End the memberships instead; past memberships are kept.");
        }
        String name = p.getName();
        Jpa.removeChecked(em, p, () -> name + " cannot be deleted because other records refer to them.");
        audit.record(AuditAction.DELETE, TYPE, id, name, "deleted");
    }
}
