package org.cpchub.ejb.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * Adds the perf profile's generated data set after the demo data, once, when {@code cpchub.demo-data=benchmark}.
 * Outside a transaction itself: each committee commits on its own, so a data set of 24,000 items never sits in
 * one transaction.
 */
@Singleton
@Startup
@DependsOn("DemoData")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BenchmarkLoader {
    private static final Logger LOG = Logger.getLogger(BenchmarkLoader.class.getName());

    @PersistenceContext
    EntityManager em;

    @EJB
    BenchmarkData data;

    @Inject
    Clock clock;

    @PostConstruct
    void loadIfAsked() {
        if (!Settings.benchmarkData() || em.createQuery(
                "SELECT COUNT(c) FROM Committee c WHERE c.name LIKE 'Benchmark Committee%'", Long.class)
                .getSingleResult() > 0) {
            return;
        }
        long start = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < BenchmarkData.COMMITTEES; i++) {
            data.loadCommittee(i, today);
        }
        LOG.info(() -> String.format("Benchmark data set loaded: %d committees x %d years x %d meetings x %d items in %d s",
                BenchmarkData.COMMITTEES, BenchmarkData.YEARS, BenchmarkData.MEETINGS_PER_YEAR,
                BenchmarkData.ITEMS_PER_MEETING, (System.nanoTime() - start) / 1_000_000_000L));
    }
}
