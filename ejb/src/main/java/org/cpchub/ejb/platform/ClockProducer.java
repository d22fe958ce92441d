package org.cpchub.ejb.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The council's clock: UK time, so "today" and deadlines are the council's. Injected for testability. */
@ApplicationScoped
public class ClockProducer {
    public static final ZoneId COUNCIL_ZONE = ZoneId.of("Europe/London");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(COUNCIL_ZONE);
    }
}
