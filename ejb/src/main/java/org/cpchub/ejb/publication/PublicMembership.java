package org.cpchub.ejb.publication;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A current public seat on a committee: who (by their directory id, name and, for a councillor, party), where and
 * in what role, since when. For the open-data API's people and memberships; panels' members are not public.
 */
public record PublicMembership(long personId, String personName, String party, long committeeId,
                               String committeeName, String role, boolean votingRight, LocalDate since)
        implements Serializable {
}
