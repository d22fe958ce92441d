package org.cpchub.web.directory;

import jakarta.ejb.EJB;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.faces.application.FacesMessage;
import org.cpchub.domain.directory.Person;
import org.cpchub.domain.shared.NotFoundException;
import org.cpchub.ejb.directory.PersonService;

/**
 * Person pickers submit the person's id; this turns it back into the person. A named CDI bean used as
 * {@code converter="#{personConverter}"}, so the service is injected (a forClass Faces converter was not).
 */
@Named
@ApplicationScoped
public class PersonConverter implements Converter<Person> {
    @EJB
    PersonService people;

    @Override
    public Person getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return people.get(Long.parseLong(value));
        } catch (NumberFormatException | NotFoundException e) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "Choose a person from the list.", null));
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Person person) {
        return person == null || person.getId() == null ? "" : person.getId().toString();
    }
}
