package org.cpchub.ejb.publication;

import java.io.Serializable;

/** A seat on a committee as the public sees it: the name, the role and, for councillors, the party. Never an e-mail address or a phone number. */
public record PublicMember(
        String name,
        String role,
        String party) implements Serializable {
    // Bean-style getters: Jakarta EL 5 does not resolve record components.

    public String getName() {
        return name;
    }

    public String getRole() {
        return role;
    }

    public String getParty() {
        return party;
    }
}
