package org.cpchub.ejb.platform;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

/** Whether the database answers a trivial query; says nothing else about the data. */
@Stateless
@PermitAll
public class HealthCheck {
    @PersistenceContext
    EntityManager em;

    public boolean databaseAnswers() {
        try {
            em.createQuery("SELECT COUNT(c) FROM Committee c", Long.class).getSingleResult();
            return true;
        } catch (PersistenceException e) {
            return false;
        }
    }
}
