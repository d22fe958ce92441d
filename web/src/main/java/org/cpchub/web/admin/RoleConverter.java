package org.cpchub.web.admin;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import org.cpchub.domain.platform.Role;

/** Role check boxes bind to a List, whose element type Faces cannot see; this names it. */
@FacesConverter("roleConverter")
public class RoleConverter implements Converter<Role> {
    @Override
    public Role getAsObject(FacesContext context, UIComponent component, String value) {
        return value == null || value.isBlank() ? null : Role.valueOf(value);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Role role) {
        return role == null ? "" : role.name();
    }
}
