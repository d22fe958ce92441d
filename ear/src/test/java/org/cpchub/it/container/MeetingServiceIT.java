package org.cpchub.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.cpchub.domain.directory.Committee;
import org.cpchub.domain.directory.CommitteeKind;
import org.cpchub.domain.meetings.ActionPoint;
import org.cpchub.domain.meetings.ActionStatus;
import org.cpchub.domain.meetings.AgendaItem;
import org.cpchub.domain.meetings.Meeting;
import org.cpchub.domain.meetings.MeetingStatus;
import org.cpchub.domain.shared.PageRequest;
import org.cpchub.ejb.directory.CommitteeService;
import org.cpchub.ejb.meetings.ActionFilter;
import org.cpchub.ejb.meetings.ActionLogService;
import org.cpchub.ejb.meetings.MeetingService;
import org.cpchub.ejb.meetings.MinutesService;
import org.cpchub.it.support.Callers;
import org.cpchub.it.support.ServiceArchive;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Meetings in the server: who may schedule and write minutes, and who may report on an action. */
@ExtendWith(ArquillianExtension.class)
class MeetingServiceIT {

    @Deployment
    static WebArchive deployment() {
        return ServiceArchive.create("meetings-it", MeetingServiceIT.class);
    }

    @EJB
    Callers callers;

    @EJB
    CommitteeService committees;

    @EJB
    MeetingService meetings;

    @EJB
    MinutesService minutes;

    @EJB
    ActionLogService actions;

    @EJB
    org.cpchub.ejb.directory.PersonService people;

    @EJB
    org.cpchub.ejb.platform.UserService users;

    private Committee committee() throws Exception {
        return callers.as("CLERK", () -> committees.create(new Committee("Meetings IT " + UUID.randomUUID()
                .toString().substring(0, 8), CommitteeKind.COMMITTEE, 1)));
    }

    /** A meeting three weeks ago, published at short notice, held. */
    private Meeting heldMeeting(Committee c) throws Exception {
        Meeting m = callers.as("CLERK", () -> meetings.schedule(c.getId(), LocalDate.now().minusDays(21),
                LocalTime.of(18, 0), LocalTime.of(21, 30), null));
        callers.as("CLERK", () -> meetings.publishAgenda(m.getId(), "Test meeting published after the event"));
        return callers.as("CLERK", () -> meetings.markHeld(m.getId()));
    }

    @ParameterizedTest(name = "{0} may read meetings but not schedule them")
    @ValueSource(strings = {"OFFICER", "MEMBER", "PANEL", "DECISION_MAKER", "ANALYST"})
    void onlyClerksAndAdminsScheduleMeetings(String role) throws Exception {
        Committee c = committee();
        assertThrows(EJBAccessException.class, () -> callers.as(role, () -> meetings.schedule(c.getId(),
                LocalDate.now().plusDays(30), LocalTime.of(18, 0), null, null)));
        assertTrue(callers.as(role, () -> meetings.find(c.getId(), null, PageRequest.first(5))).total() >= 0);
    }

    @Test
    void aCouncillorReadsOnlyTheMeetingsOfCommitteesTheySitOn() throws Exception {
        Committee theirs = committee();
        Committee other = committee();
        Meeting theirMeeting = heldMeeting(theirs);
        Meeting otherMeeting = heldMeeting(other);
        // "it-member" (the MEMBER caller) is a login linked to a councillor on one committee only
        var councillor = callers.as("CLERK", () -> people.create(new org.cpchub.domain.directory.Person(
                "Cllr IT " + UUID.randomUUID().toString().substring(0, 6), org.cpchub.domain.directory.PersonKind.COUNCILLOR)));
        callers.as("CLERK", () -> committees.addMembership(theirs.getId(), councillor.getId(),
                org.cpchub.domain.directory.MembershipRole.MEMBER, LocalDate.now().minusYears(1), null));
        var login = callers.as("ADMIN", () -> users.find("it-member", PageRequest.first(1))).items().stream().findFirst().orElse(null);
        var account = login != null ? login : callers.as("ADMIN", () -> users.create("it-member", "IT Councillor", null,
                java.util.EnumSet.of(org.cpchub.domain.platform.Role.MEMBER), "a long test passphrase here"));
        account.setPersonId(councillor.getId());
        callers.as("ADMIN", () -> users.update(account));

        assertEquals(theirMeeting.getId(), callers.as("MEMBER", () -> meetings.record(theirMeeting.getId())).meeting().getId());
        assertThrows(org.cpchub.domain.shared.AccessRefusedException.class,
                () -> callers.as("MEMBER", () -> meetings.record(otherMeeting.getId())));
        assertEquals(0, callers.as("MEMBER", () -> meetings.find(other.getId(), null, PageRequest.first(5))).total());
        assertEquals(1, callers.as("MEMBER", () -> meetings.find(theirs.getId(), null, PageRequest.first(5))).total());
        assertEquals(1, callers.as("OFFICER", () -> meetings.find(other.getId(), null, PageRequest.first(5))).total(),
                "officers read every committee");
    }

    @Test
    void anonymousCallersSeeNoMeetings() {
        assertThrows(EJBAccessException.class, () -> meetings.find(null, null, PageRequest.first(5)));
        assertThrows(EJBAccessException.class, () -> meetings.record(1L));
    }

    @Test
    void onlyClerksWriteMinutes() throws Exception {
        Committee c = committee();
        Meeting m = heldMeeting(c);
        assertEquals(MeetingStatus.HELD, m.getStatus());
        AgendaItem item = callers.as("MEMBER", () -> meetings.items(m.getId())).get(1);
        assertThrows(EJBAccessException.class, () -> callers.as("MEMBER", () -> minutes.resolve(item.getId(), "No")));
        assertThrows(EJBAccessException.class, () -> callers.as("OFFICER", () -> minutes.resolve(item.getId(), "No")));
        assertEquals("1.1", callers.as("CLERK", () -> minutes.resolve(item.getId(), "Noted")).getNumber());
    }

    @Test
    void anOfficerReportsProgressOnlyOnActionsTheyOwn() throws Exception {
        Committee c = committee();
        Meeting m = heldMeeting(c);
        AgendaItem item = callers.as("CLERK", () -> meetings.items(m.getId())).get(1);
        ActionPoint a = callers.as("CLERK", () -> minutes.addAction(item.getId(), "Report back on visits", null,
                "Fostering team", LocalDate.now().plusDays(30)));
        EJBAccessException refused = assertThrows(EJBAccessException.class,
                () -> callers.as("OFFICER", () -> actions.reportProgress(a.getId(), "Done it", true)));
        assertTrue(refused.getMessage().contains("owner of the action"), refused.getMessage());
        assertEquals(ActionStatus.COMPLETED, callers.as("CLERK", () -> actions.reportProgress(a.getId(),
                "Reported at the team meeting", true)).getStatus());
        assertEquals(1, callers.as("MEMBER", () -> actions.find(new ActionFilter(c.getId(), null,
                ActionStatus.COMPLETED, false), PageRequest.first(5))).total());
    }
}
