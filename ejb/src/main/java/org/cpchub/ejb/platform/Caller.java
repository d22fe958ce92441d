package org.cpchub.ejb.platform;

import jakarta.ejb.SessionContext;
import java.security.Principal;

/** The name recorded as "who" for the current call: the signed-in user, or "system" for start-up work. */
public final class Caller {
    public static final String SYSTEM = "system";

    private Caller() {
    }

    public static String name(SessionContext context) {
        Principal p = context == null ? null : context.getCallerPrincipal();
        if (p == null || p.getName() == null || "ANONYMOUS".equals(p.getName())) {
            return SYSTEM;
        }
        return p.getName();
    }
}
