package org.cpchub.ejb.support;

import jakarta.persistence.EntityManager;
import java.util.function.Supplier;

/**
 * Runs a piece of test work in its own resource-local transaction, as each service call runs in its own
 * container transaction in the server; clears the persistence context afterwards so the next read goes
 * to the database.
 */
public final class Transactions {
    private final EntityManager em;

    public Transactions(EntityManager em) {
        this.em = em;
    }

    public <T> T inTx(Supplier<T> work) {
        em.getTransaction().begin();
        try {
            T result = work.get();
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.clear();
        }
    }

    public void run(Runnable work) {
        inTx(() -> {
            work.run();
            return null;
        });
    }
}
