package org.cpchub.ejb.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Builds the search index of an installation that has published meetings but no index yet (the first start after
 * an upgrade, or data loaded in bulk), in the background so the application is up meanwhile, one meeting per
 * transaction. Afterwards the services keep it current themselves.
 */
@Singleton
@Startup
@DependsOn("BenchmarkLoader") // which follows DemoData, which follows SchemaMigration
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndexBuilder {
    private static final Logger LOG = Logger.getLogger(SearchIndexBuilder.class.getName());

    @EJB
    SearchIndex index;

    @Resource
    TimerService timers;

    @PostConstruct
    void buildIfEmpty() {
        if (index.isEmpty() && !index.publicMeetingIds().isEmpty()) {
            timers.createSingleActionTimer(1, new TimerConfig("search index build", false));
        }
    }

    @Timeout
    void build() {
        long start = System.nanoTime();
        List<Long> meetings = index.publicMeetingIds();
        int failed = 0;
        for (Long id : meetings) {
            try {
                index.meetingChanged(id);
            } catch (RuntimeException e) {
                failed++;
                LOG.log(Level.WARNING, "Meeting " + id + " could not be indexed for the search", e);
            }
        }
        int errors = failed;
        LOG.info(() -> String.format("Search index built: %d meetings in %d s%s", meetings.size(),
                (System.nanoTime() - start) / 1_000_000_000L, errors == 0 ? "" : ", " + errors + " failed"));
    }
}
