package org.cpchub.web.support;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import org.cpchub.domain.shared.BusinessException;
import org.cpchub.domain.shared.InvalidInputException;

/** Faces messages for the outcome of a service call. */
public final class Messages {
    private Messages() {
    }

    public static void info(String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
        faces.getExternalContext().getFlash().setKeepMessages(true); // survive a redirect after save
    }

    public static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /**
     * Shows a business failure: field errors next to the inputs with the same id in the given form (or at
     * the top when there is no such input), anything else at the top of the page.
     */
    public static void show(RuntimeException e, String formId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.validationFailed();
        if (e instanceof InvalidInputException invalid) {
            for (Map.Entry<String, String> error : invalid.getFieldErrors().entrySet()) {
                String field = error.getKey().contains(".")
                        ? error.getKey().substring(error.getKey().lastIndexOf('.') + 1) : error.getKey();
                UIComponent input = formId == null || field.isEmpty() ? null
                        : faces.getViewRoot().findComponent(":" + formId + ":" + field);
                FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, error.getValue(), null);
                faces.addMessage(input == null ? null : input.getClientId(faces), message);
            }
        } else if (e instanceof BusinessException || e instanceof EJBAccessException) {
            String text = e instanceof EJBAccessException
                    ? "You do not have permission to do that. Ask an administrator if you need it." : e.getMessage();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        } else {
            throw e;
        }
    }

    /** Runs a service call, turning business failures into messages; true when it succeeded. */
    public static boolean attempt(String formId, Runnable call) {
        try {
            call.run();
            return true;
        } catch (BusinessException | EJBAccessException e) {
            show(e, formId);
            return false;
        }
    }
}
