package org.cpchub.domain.platform;

/** What was done to a record. READ is recorded only for sensitive data (panel cases). */
public enum AuditAction {
    CREATE, UPDATE, DELETE, READ, LOGIN, LOGIN_FAILED, LOGOUT
}
