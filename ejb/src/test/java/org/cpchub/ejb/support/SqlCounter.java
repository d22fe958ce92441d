package org.cpchub.ejb.support;

import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.persistence.logging.AbstractSessionLog;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;

/**
 * Counts the SQL statements EclipseLink sends to the database (its "sql" log category), so a test can
 * assert that a page's query count does not grow with the data.
 */
public class SqlCounter extends AbstractSessionLog {
    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final java.util.List<String> STATEMENTS = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

    public SqlCounter() {
        setLevel(SessionLog.FINE);
    }

    @Override
    public void log(SessionLogEntry entry) {
        if (SessionLog.SQL.equals(entry.getNameSpace())) {
            COUNT.incrementAndGet();
            STATEMENTS.add(entry.getMessage());
        }
    }

    @Override
    public boolean shouldLog(int level, String category) {
        return SessionLog.SQL.equals(category) ? level >= SessionLog.FINE : level >= SessionLog.WARNING;
    }

    public static void reset() {
        COUNT.set(0);
        STATEMENTS.clear();
    }

    /** The statements since the last reset, for a failure message. */
    public static String statements() {
        return String.join("\n", STATEMENTS);
    }

    public static int count() {
        return COUNT.get();
    }
}
