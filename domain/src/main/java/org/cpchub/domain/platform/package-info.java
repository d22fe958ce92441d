/**
 * The platform: user accounts and their roles, the login throttle and password policy, and the
 * append-only audit trail that records every change (and every read of panel case data).
 */
package org.cpchub.domain.platform;
