package org.cpchub.web.directory;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.cpchub.domain.directory.Committee;
import org.cpchub.domain.directory.CommitteeKind;
import org.cpchub.domain.directory.CommitteeStatus;
import org.cpchub.domain.directory.Membership;
import org.cpchub.domain.directory.MembershipRole;
import org.cpchub.domain.directory.Person;
import org.cpchub.ejb.directory.CommitteeService;
import org.cpchub.ejb.directory.PersonService;
import org.cpchub.web.security.CurrentUser;
import org.cpchub.web.support.Messages;
import org.cpchub.web.support.PageParameters;

/**
 * One committee: its details (editable by clerks), its current members and its membership history,
 * with adding, ending and removing memberships. Without an id it is the "new committee" form.
 */
@Named
@ViewScoped
public class CommitteePage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    transient CommitteeService committees;

    @EJB
    transient PersonService people;

    @Inject
    CurrentUser user;

    private String idParam;
    private Long id;
    private Committee committee;
    private List<Membership> current;
    private List<Membership> history;
    private boolean editing;

    // the "add a member" form
    private Person newPerson;
    private MembershipRole newRole = MembershipRole.MEMBER;
    private LocalDate newFrom;
    private LocalDate newTo;

    // the "end a membership" form
    private Long endingId;
    private LocalDate endOn;

    /** Called by f:viewAction once the view parameters are set. */
    public void load() {
        PageParameters.recordOrNew(idParam, isCanEdit(), committees::get, Committee::blank).ifPresent(c -> {
            committee = c;
            id = c.getId();
            editing = id == null;
            if (id != null) {
                refreshMembers();
            }
        });
    }

    private void refreshMembers() {
        current = committees.currentMemberships(committee.getId());
        history = committees.memberships(committee.getId());
    }

    public boolean isNew() {
        return committee != null && committee.getId() == null;
    }

    public void edit() {
        editing = true;
    }

    public void cancel() {
        committee = committees.get(id);
        editing = false;
    }

    public String save() {
        boolean created = isNew();
        boolean ok = Messages.attempt("details", () -> committee = created
                ? committees.create(committee) : committees.update(committee));
        if (!ok) {
            return null;
        }
        Messages.info(committee.getName() + (created ? " was created." : " was saved."));
        return "/staff/directory/committee?faces-redirect=true&id=" + committee.getId();
    }

    public String delete() {
        String name = committee.getName();
        if (!Messages.attempt(null, () -> committees.delete(committee.getId()))) {
            return null;
        }
        Messages.info(name + " was deleted.");
        return "/staff/directory/committees?faces-redirect=true";
    }

    public List<Person> suggestPeople(String text) {
        return people.suggest(text, 12);
    }

    public void addMember() {
        if (newPerson == null) {
            Messages.error("Choose the person to add.");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        if (Messages.attempt("members", () -> committees.addMembership(committee.getId(), newPerson.getId(), newRole,
                newFrom, newTo))) {
            Messages.info(newPerson.getName() + " was added as " + newRole.getLabel() + ".");
            newPerson = null;
            newTo = null;
            refreshMembers();
        }
    }

    public void startEnding(Membership m) {
        endingId = m.getId();
        endOn = null;
    }

    public void endMembership() {
        if (Messages.attempt("history", () -> committees.endMembership(endingId, endOn))) {
            Messages.info("The membership was ended.");
            endingId = null;
            refreshMembers();
        }
    }

    public void removeMembership(Membership m) {
        if (Messages.attempt("history", () -> committees.removeMembership(m.getId()))) {
            Messages.info("The membership of " + m.getPerson().getName() + " was removed.");
            refreshMembers();
        }
    }

    public boolean isCanEdit() {
        return user.isDirectoryEditor();
    }

    public CommitteeKind[] getKinds() {
        return CommitteeKind.values();
    }

    public CommitteeStatus[] getStatuses() {
        return CommitteeStatus.values();
    }

    /** The standard items a committee's agenda can start from, in agenda order. */
    public org.cpchub.domain.meetings.StandardItem[] getStandardItems() {
        return org.cpchub.domain.meetings.StandardItem.values();
    }

    public MembershipRole[] getRoles() {
        return MembershipRole.values();
    }

    public long getSeatCount() {
        return current == null ? 0 : current.stream().filter(m -> m.getRole().isSeat()).count();
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public Committee getCommittee() {
        return committee;
    }

    public List<Membership> getCurrent() {
        return current;
    }

    public List<Membership> getHistory() {
        return history;
    }

    public boolean isEditing() {
        return editing;
    }

    public Person getNewPerson() {
        return newPerson;
    }

    public void setNewPerson(Person newPerson) {
        this.newPerson = newPerson;
    }

    public MembershipRole getNewRole() {
        return newRole;
    }

    public void setNewRole(MembershipRole newRole) {
        this.newRole = newRole;
    }

    public LocalDate getNewFrom() {
        return newFrom;
    }

    public void setNewFrom(LocalDate newFrom) {
        this.newFrom = newFrom;
    }

    public LocalDate getNewTo() {
        return newTo;
    }

    public void setNewTo(LocalDate newTo) {
        this.newTo = newTo;
    }

    public Long getEndingId() {
        return endingId;
    }

    public LocalDate getEndOn() {
        return endOn;
    }

    public void setEndOn(LocalDate endOn) {
        this.endOn = endOn;
    }
}
