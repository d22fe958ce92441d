package org.cpchub.ejb.publication;

import java.io.Serializable;

/** A committee as the public sees it. Panels are listed, but they meet in private: no members, no meetings. */
public record PublicCommittee(
        long id,
        String name,
        String kind,
        String termsOfReference,
        boolean active,
        boolean meetsInPublic) implements Serializable {
    // Bean-style getters: Jakarta EL 5 does not resolve record components.

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getKind() {
        return kind;
    }

    public String getTermsOfReference() {
        return termsOfReference;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isMeetsInPublic() {
        return meetsInPublic;
    }
}
