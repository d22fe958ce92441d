package org.cpchub.web.directory;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.cpchub.domain.directory.Person;
import org.cpchub.domain.directory.PersonKind;
import org.cpchub.ejb.directory.PersonService;
import org.cpchub.web.support.DatabasePagedModel;

/** The list of people: searched by name or job title, filtered by kind, paged in the database. */
@Named
@ViewScoped
public class PeoplePage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    transient PersonService people;

    private String search;
    private PersonKind kind;
    private final DatabasePagedModel<Person> model = new DatabasePagedModel<>(
            page -> people.find(search, kind, page), Person::getId, "name");

    public DatabasePagedModel<Person> getModel() {
        return model;
    }

    public PersonKind[] getKinds() {
        return PersonKind.values();
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public PersonKind getKind() {
        return kind;
    }

    public void setKind(PersonKind kind) {
        this.kind = kind;
    }
}
