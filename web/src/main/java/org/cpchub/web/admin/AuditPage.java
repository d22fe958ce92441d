package org.cpchub.web.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.cpchub.domain.platform.AuditAction;
import org.cpchub.domain.platform.AuditEntry;
import org.cpchub.domain.platform.AuditFilter;
import org.cpchub.ejb.platform.AuditService;
import org.cpchub.web.support.DatabasePagedModel;

/** The audit trail, newest first, filtered by who, what, record type, dates and text. */
@Named
@ViewScoped
public class AuditPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    transient AuditService audit;

    private String actor;
    private AuditAction action;
    private String entityType;
    private LocalDate from;
    private LocalDate to;
    private String text;
    private List<String> entityTypes;

    private final DatabasePagedModel<AuditEntry> model = new DatabasePagedModel<>(
            page -> audit.find(new AuditFilter(actor, action, entityType, from, to, text), page),
            AuditEntry::getId, "at");

    public DatabasePagedModel<AuditEntry> getModel() {
        return model;
    }

    public List<String> getEntityTypes() {
        if (entityTypes == null) {
            entityTypes = audit.entityTypes();
        }
        return entityTypes;
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
