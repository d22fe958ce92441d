package org.cpchub.ejb.platform;

import java.util.Locale;

/**
 * Deployment settings an admin sets as Payara system properties ({@code asadmin create-system-properties}),
 * read when needed so a change needs no rebuild.
 */
public final class Settings {
    /**
     * Load the demo data into an empty database at start-up: {@code true}, or {@code benchmark} for the demo
     * data plus the generated data set of the perf profile. Off unless switched on.
     */
    public static final String DEMO_DATA = "cpchub.demo-data";

    private Settings() {
    }

    public static boolean demoData() {
        String value = demoDataValue();
        return value.equals("true") || value.equals("benchmark");
    }

    public static boolean benchmarkData() {
        return demoDataValue().equals("benchmark");
    }

    private static String demoDataValue() {
        return System.getProperty(DEMO_DATA, "false").strip().toLowerCase(Locale.ROOT);
    }
}
