package org.cpchub.ejb.support;

import jakarta.ejb.SessionContext;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.Set;

/**
 * The signed-in user of a hand-wired service, as the container's SessionContext would report it: a name and
 * roles the test sets with {@link #signIn}. Nobody is signed in at first (the services then record "system").
 */
public final class TestCaller {
    private String name;
    private Set<String> roles = Set.of();
    private final SessionContext context = (SessionContext) Proxy.newProxyInstance(
            SessionContext.class.getClassLoader(), new Class<?>[] {SessionContext.class}, (proxy, method, args) ->
                    switch (method.getName()) {
                        case "getCallerPrincipal" -> name == null ? null : (Principal) () -> name;
                        case "isCallerInRole" -> roles.contains((String) args[0]);
                        case "toString" -> "TestCaller " + name + " " + roles;
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        default -> throw new UnsupportedOperationException(method.getName());
                    });

    public void signIn(String username, String... roleNames) {
        this.name = username;
        this.roles = Set.of(roleNames);
    }

    public void signOut() {
        this.name = null;
        this.roles = Set.of();
    }

    public SessionContext context() {
        return context;
    }
}
