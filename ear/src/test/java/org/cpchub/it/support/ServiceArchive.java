package org.cpchub.it.support;

import java.io.File;
import java.util.Arrays;
import java.util.Objects;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archive the container tests deploy: the real EJB module and its libraries (copied by the build into
 * target/it-archive-lib), the test classes, and role mappings that give each {@link Callers} bean a principal.
 */
public final class ServiceArchive {
    private static final String[] ROLES = {"ADMIN", "CLERK", "OFFICER", "MEMBER", "PANEL", "DECISION_MAKER", "ANALYST"};

    private ServiceArchive() {
    }

    public static WebArchive create(String name, Class<?>... testClasses) {
        File libs = new File(System.getProperty("it.archive.lib", "target/it-archive-lib"));
        File[] jars = Objects.requireNonNull(libs.listFiles((dir, n) -> n.endsWith(".jar")),
                "no libraries in " + libs + ": run the build through the package phase");
        WebArchive war = ShrinkWrap.create(WebArchive.class, name + ".war")
                .addAsLibraries(jars)
                .addClasses(testClasses)
                .addClasses(Callers.class, Callers.Admin.class, Callers.Clerk.class, Callers.Officer.class,
                        Callers.Member.class, Callers.Panel.class, Callers.DecisionMaker.class, Callers.Analyst.class,
                        Callers.Work.class)
                .addAsWebInfResource(new StringAsset(roleMappings()), "glassfish-web.xml")
                .addAsWebInfResource(new StringAsset(runAsPrincipals()), "glassfish-ejb-jar.xml")
                .addAsWebInfResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\" bean-discovery-mode=\"all\"/>"), "beans.xml");
        return war;
    }

    /** Payara needs the principal each run-as bean runs as, named per bean. */
    private static String runAsPrincipals() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE glassfish-ejb-jar PUBLIC \"-//GlassFish.org//DTD GlassFish Application Server 3.1 EJB 3.1//EN\""
                + " \"http://glassfish.org/dtds/glassfish-ejb-jar_3_1-1.dtd\">\n<glassfish-ejb-jar><enterprise-beans>\n");
        String[][] beans = {{"RunAsAdmin", "ADMIN"}, {"RunAsClerk", "CLERK"}, {"RunAsOfficer", "OFFICER"},
                {"RunAsMember", "MEMBER"}, {"RunAsPanel", "PANEL"}, {"RunAsDecisionMaker", "DECISION_MAKER"},
                {"RunAsAnalyst", "ANALYST"}};
        for (String[] bean : beans) {
            xml.append("  <ejb><ejb-name>").append(bean[0]).append("</ejb-name><principal><name>")
                    .append(principal(bean[1])).append("</name></principal></ejb>\n");
        }
        return xml.append("</enterprise-beans></glassfish-ejb-jar>\n").toString();
    }

    /** The user name a run-as bean's calls are made under, e.g. it-clerk; the audit trail records it. */
    public static String principal(String role) {
        return "it-" + role.toLowerCase().replace('_', '-');
    }

    private static String roleMappings() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE glassfish-web-app PUBLIC \"-//GlassFish.org//DTD GlassFish Application Server 3.1 Servlet 3.0//EN\""
                + " \"http://glassfish.org/dtds/glassfish-web-app_3_0-1.dtd\">\n<glassfish-web-app>\n");
        Arrays.stream(ROLES).forEach(role -> xml.append("  <security-role-mapping><role-name>").append(role)
                .append("</role-name><principal-name>").append(principal(role))
                .append("</principal-name><group-name>").append(role).append("</group-name></security-role-mapping>\n"));
        return xml.append("</glassfish-web-app>\n").toString();
    }
}
