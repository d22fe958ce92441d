package org.cpchub.it.support;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * Calls services in the container as a user in one role: each nested bean runs as its role
 * ({@code @RunAs}), so the services' own {@code @RolesAllowed} checks decide, as for a real user.
 * Inject this class into an Arquillian test and write {@code callers.as("CLERK", () -> service.create(x))}.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each service call starts its own transaction
public class Callers {
    /** Work done as a caller; may throw what the service throws. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws Exception;
    }

    @EJB Admin admin;
    @EJB Clerk clerk;
    @EJB Officer officer;
    @EJB Member member;
    @EJB Panel panel;
    @EJB DecisionMaker decisionMaker;
    @EJB Analyst analyst;

    public <T> T as(String role, Work<T> work) throws Exception {
        return switch (role) {
            case "ADMIN" -> admin.run(work);
            case "CLERK" -> clerk.run(work);
            case "OFFICER" -> officer.run(work);
            case "MEMBER" -> member.run(work);
            case "PANEL" -> panel.run(work);
            case "DECISION_MAKER" -> decisionMaker.run(work);
            case "ANALYST" -> analyst.run(work);
            default -> throw new IllegalArgumentException(role);
        };
    }

    @Stateless(name = "RunAsAdmin") @PermitAll @RunAs("ADMIN") @DeclareRoles("ADMIN")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public static class Admin {
        public <T> T run(Work<T> w) throws Exception { return w.run(); }
    }

    @Stateless(name = "RunAsClerk") @PermitAll @RunAs("CLERK") @DeclareRoles("CLERK")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public static class Clerk {
        public <T> T run(Work<T> w) throws Exception { return w.run(); }
    }

    @Stateless(name = "RunAsOfficer") @PermitAll @RunAs("OFFICER") @DeclareRoles("OFFICER")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public static class Officer {
        public <T> T run(Work<T> w) throws Exception { return w.run(); }
    }

    @Stateless(name = "RunAsMember") @PermitAll @RunAs("MEMBER") @DeclareRoles("MEMBER")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public static class Member {
        public <T> T run(Work<T> w) throws Exception { return w.run(); }
    }

    @Stateless(name = "RunAsPanel") @PermitAll @RunAs("PANEL") @DeclareRoles("PANEL")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public static class Panel {
        public <T> T run(Work<T> w) throws Exception { return w.run(); }
    }

    @Stateless(name = "RunAsDecisionMaker") @PermitAll @RunAs("DECISION_MAKER") @DeclareRoles("DECISION_MAKER")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public static class DecisionMaker {
        public <T> T run(Work<T> w) throws Exception { return w.run(); }
    }

    @Stateless(name = "RunAsAnalyst") @PermitAll @RunAs("ANALYST") @DeclareRoles("ANALYST")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public static class Analyst {
        public <T> T run(Work<T> w) throws Exception { return w.run(); }
    }
}
