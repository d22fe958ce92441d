package org.cpchub.ejb.platform;

/**
 * Deployment settings an admin sets as Payara system properties ({@code asadmin create-system-properties}),
 * read when needed so a change needs no rebuild.
 */
public final class Settings {
    /** Load the demo data into an empty database at start-up. Off unless switched on. */
    public static final String DEMO_DATA = "cpchub.demo-data";

    private Settings() {
    }

    public static boolean demoData() {
        return Boolean.parseBoolean(System.getProperty(DEMO_DATA, "false"));
    }
}
