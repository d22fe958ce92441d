package org.cpchub.ejb.support;

import jakarta.persistence.EntityManager;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the persistence tests: one migrated database per test class (Derby, or PostgreSQL with
 * -Ppostgres), a fresh EntityManager and hand-wired services per test, and work in transactions.
 */
public abstract class PersistenceTest {
    private static TestDatabase db;
    protected EntityManager em;
    protected Services s;

    @BeforeAll
    static void migrate() {
        db = new TestDatabase();
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @BeforeEach
    void openEntityManager() {
        em = db.emf().createEntityManager();
        s = new Services(em);
    }

    @AfterEach
    void closeEntityManager() {
        em.close();
    }

    protected <T> T inTx(Supplier<T> work) {
        return new Transactions(em).inTx(work);
    }

    protected void run(Runnable work) {
        new Transactions(em).run(work);
    }
}
