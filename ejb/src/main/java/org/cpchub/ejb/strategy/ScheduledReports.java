package org.cpchub.ejb.strategy;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cpchub.domain.platform.Role;

/**
 * The daily EJB timer of the scheduled reports: at 06:15 it asks for whatever is due today; the service decides
 * and makes each report once. Not persistent: a missed run (server down) is made up by the analyst on demand, and
 * every instance of a cluster may fire - the archive's unique key lets only one report through.
 */
@Singleton
@RunAs(Role.Names.ANALYST)
@DeclareRoles(Role.Names.ANALYST)
public class ScheduledReports {
    private static final Logger LOG = Logger.getLogger(ScheduledReports.class.getName());

    @EJB
    PerformanceReportService reports;

    @Inject
    Clock clock;

    @Schedule(hour = "6", minute = "15", persistent = false, info = "quarterly performance report")
    void daily() {
        try {
            reports.runDue(LocalDate.now(clock));
        } catch (jakarta.ejb.EJBAccessException e) {
            LOG.log(Level.SEVERE, "The report timer runs as ANALYST, and the server refused that role:"
                    + " check the role mapping of the EAR (glassfish-application.xml)", e);
        } catch (EJBException e) {
            // most likely another instance filed the same report a moment earlier (the unique key refused ours)
            LOG.log(Level.WARNING, "The scheduled performance report was not made by this run", e);
        }
    }
}
