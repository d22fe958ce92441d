package org.cpchub.ejb.publication;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.cpchub.domain.directory.Committee;

/** The committees the public can read about: active ones, by name. Panels are listed, their members are not. */
@Stateless
@PermitAll
public class PublicDirectory {
    @PersistenceContext
    EntityManager em;

    public List<Committee> committees() {
        return em.createNamedQuery("Committee.findActive", Committee.class).getResultList();
    }
}
