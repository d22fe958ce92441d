package org.cpchub.domain.platform;

/**
 * The application roles. The names are the role names used in {@code @RolesAllowed}; the
 * constants in {@link Names} exist because annotations need compile-time strings.
 */
public enum Role {
    ADMIN("Administrator", "Manages users, settings and the audit trail"),
    CLERK("Clerk", "Democratic Services: meetings, agendas, minutes, the directory"),
    OFFICER("Officer", "Children's Services: reports and the actions they own"),
    MEMBER("Member", "Councillors and co-opted members: read their committees' papers"),
    PANEL("Panel", "Panel adviser and panel members: fostering and adoption panel cases"),
    DECISION_MAKER("Decision maker", "The agency decision maker for panel recommendations"),
    ANALYST("Analyst", "Performance data: measures, values and imports");

    private final String label;
    private final String description;

    Role(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String getLabel() {
        return label;
    }

    public String getDescription() {
        return description;
    }

    /** Role names as constants for annotations. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String CLERK = "CLERK";
        public static final String OFFICER = "OFFICER";
        public static final String MEMBER = "MEMBER";
        public static final String PANEL = "PANEL";
        public static final String DECISION_MAKER = "DECISION_MAKER";
        public static final String ANALYST = "ANALYST";

        private Names() {
        }
    }
}
