package org.cpchub.web.strategy;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import org.cpchub.domain.strategy.ReportingPeriod;

/**
 * A reporting period as people write it ("2025-26", "2025-26 Q2", "2025-03", "March 2025") and as select menus
 * carry it (its code). An unreadable period is a message next to the field, in the domain's words.
 */
@FacesConverter(forClass = ReportingPeriod.class)
public class ReportingPeriodConverter implements Converter<ReportingPeriod> {

    @Override
    public ReportingPeriod getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ReportingPeriod.parse(value);
        } catch (IllegalArgumentException e) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, ReportingPeriod value) {
        return value == null ? "" : value.getCode();
    }
}
