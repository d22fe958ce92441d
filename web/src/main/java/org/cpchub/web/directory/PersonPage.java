package org.cpchub.web.directory;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.cpchub.domain.directory.Membership;
import org.cpchub.domain.directory.Person;
import org.cpchub.domain.directory.PersonKind;
import org.cpchub.ejb.directory.PersonService;
import org.cpchub.web.security.CurrentUser;
import org.cpchub.web.support.Messages;
import org.cpchub.web.support.PageParameters;

/** One person: details (editable by clerks) and the committees they sit or sat on. */
@Named
@ViewScoped
public class PersonPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    transient PersonService people;

    @Inject
    CurrentUser user;

    private String idParam;
    private Long id;
    private Person person;
    private List<Membership> memberships;
    private boolean editing;

    public void load() {
        PageParameters.recordOrNew(idParam, isCanEdit(), people::get, Person::blank).ifPresent(p -> {
            person = p;
            id = p.getId();
            editing = id == null;
            if (id != null) {
                memberships = people.memberships(id);
            }
        });
    }

    public boolean isNew() {
        return person != null && person.getId() == null;
    }

    public void edit() {
        editing = true;
    }

    public void cancel() {
        person = people.get(id);
        editing = false;
    }

    public String save() {
        boolean created = isNew();
        if (!Messages.attempt("details", () -> person = created ? people.create(person) : people.update(person))) {
            return null;
        }
        Messages.info(person.getName() + (created ? " was added." : " was saved."));
        return "/staff/directory/person?faces-redirect=true&id=" + person.getId();
    }

    public String delete() {
        String name = person.getName();
        if (!Messages.attempt(null, () -> people.delete(person.getId()))) {
            return null;
        }
        Messages.info(name + " was deleted.");
        return "/staff/directory/people?faces-redirect=true";
    }

    public boolean isCanEdit() {
        return user.isDirectoryEditor();
    }

    public boolean isPanelMember() {
        return person != null && person.getKind() == PersonKind.PANEL_MEMBER;
    }

    public PersonKind[] getKinds() {
        return PersonKind.values();
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public Person getPerson() {
        return person;
    }

    public List<Membership> getMemberships() {
        return memberships;
    }

    public boolean isEditing() {
        return editing;
    }
}
