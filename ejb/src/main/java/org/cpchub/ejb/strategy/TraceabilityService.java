package org.cpchub.ejb.strategy;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cpchub.domain.meetings.ActionPoint;
import org.cpchub.domain.meetings.AgendaItem;
import org.cpchub.domain.meetings.Resolution;
import org.cpchub.domain.platform.AuditAction;
import org.cpchub.domain.platform.Role;
import org.cpchub.domain.shared.InvalidInputException;
import org.cpchub.domain.shared.NotFoundException;
import org.cpchub.domain.strategy.Measure;
import org.cpchub.domain.strategy.MeasureAgendaLink;
import org.cpchub.ejb.meetings.CommitteeAccess;
import org.cpchub.ejb.platform.AuditTrail;
import org.cpchub.ejb.platform.Caller;

/**
 * Which agenda items discussed a measure, and what came of it: the meetings, the resolutions and the action
 * points of those items, in three queries. Clerks, analysts and officers link measures to items; a councillor
 * sees the items of the committees they sit on (as for meetings).
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.ANALYST, Role.Names.OFFICER, Role.Names.CLERK, Role.Names.MEMBER})
public class TraceabilityService {
    static final String TYPE = "MeasureAgendaLink";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    CommitteeAccess access;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /** The items that discussed the measure, newest meeting first, each with its resolutions and action points. */
    public List<TracedItem> trace(long measureId) {
        Optional<Long> person = access.restrictedToPerson();
        TypedQuery<MeasureAgendaLink> q = em.createQuery("SELECT l FROM MeasureAgendaLink l JOIN l.agendaItem i"
                + " JOIN i.meeting m WHERE l.measure.id = :measureId"
                + (person.isPresent() ? " AND m.committee.id IN (SELECT ms.committee.id FROM Membership ms"
                + " WHERE ms.person.id = :me)" : "") + " ORDER BY m.date DESC, i.number", MeasureAgendaLink.class)
                .setParameter("measureId", measureId).setHint(Measure.JOIN_FETCH, "l.agendaItem.meeting.committee");
        person.ifPresent(me -> q.setParameter("me", me));
        List<MeasureAgendaLink> links = q.getResultList();
        if (links.isEmpty()) {
            return List.of();
        }
        List<Long> itemIds = links.stream().map(l -> l.getAgendaItem().getId()).toList();
        Map<Long, List<Resolution>> resolutions = StrategyService.group(em.createQuery("SELECT r FROM Resolution r"
                        + " WHERE r.item.id IN :ids ORDER BY r.sequence", Resolution.class)
                .setParameter("ids", itemIds).getResultList(), r -> r.getItem().getId());
        Map<Long, List<ActionPoint>> actions = StrategyService.group(em.createQuery("SELECT a FROM ActionPoint a"
                        + " LEFT JOIN FETCH a.owner WHERE a.item.id IN :ids ORDER BY a.id", ActionPoint.class)
                .setParameter("ids", itemIds).getResultList(), a -> a.getItem().getId());
        return links.stream().map(l -> new TracedItem(l.getAgendaItem(),
                resolutions.getOrDefault(l.getAgendaItem().getId(), List.of()),
                actions.getOrDefault(l.getAgendaItem().getId(), List.of()), l.getLinkedBy(), l.getLinkedAt())).toList();
    }

    /** The measures linked to an agenda item, by code (for the meeting's item). */
    public List<Measure> measuresOf(long agendaItemId) {
        return em.createNamedQuery("MeasureAgendaLink.findByItem", MeasureAgendaLink.class)
                .setParameter("itemId", agendaItemId).getResultList().stream().map(MeasureAgendaLink::getMeasure)
                .toList();
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.ANALYST, Role.Names.OFFICER, Role.Names.CLERK})
    public MeasureAgendaLink link(long measureId, long agendaItemId) {
        Measure measure = em.find(Measure.class, measureId);
        if (measure == null) {
            throw new NotFoundException("Measure", measureId);
        }
        AgendaItem item = em.find(AgendaItem.class, agendaItemId);
        if (item == null) {
            throw new NotFoundException("Agenda item", agendaItemId);
        }
        if (find(measureId, agendaItemId).isPresent()) {
            throw InvalidInputException.of("agendaItem", measure.getCode() + " is already linked to that item.");
        }
        MeasureAgendaLink link = new MeasureAgendaLink(measure, item, Caller.name(context), clock.instant());
        em.persist(link);
        em.flush();
        audit.record(AuditAction.CREATE, TYPE, link.getId(), measure.getCode(), "linked to item " + item.getNumber()
                + " " + item.getTitle() + " of " + item.getMeeting().getTitle());
        return link;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.ANALYST, Role.Names.OFFICER, Role.Names.CLERK})
    public void unlink(long measureId, long agendaItemId) {
        MeasureAgendaLink link = find(measureId, agendaItemId)
                .orElseThrow(() -> new NotFoundException("Link of measure " + measureId + " to item", agendaItemId));
        em.remove(link);
        audit.record(AuditAction.DELETE, TYPE, link.getId(), link.getMeasure().getCode(), "unlinked from item "
                + link.getAgendaItem().getNumber() + " " + link.getAgendaItem().getTitle() + " of "
                + link.getAgendaItem().getMeeting().getTitle());
    }

    private Optional<MeasureAgendaLink> find(long measureId, long agendaItemId) {
        return em.createNamedQuery("MeasureAgendaLink.find", MeasureAgendaLink.class)
                .setParameter("measureId", measureId).setParameter("itemId", agendaItemId).getResultStream().findFirst();
    }
}
