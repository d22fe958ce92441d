/**
 * Platform services: schema migration at start-up, the clock, accounts and credentials, the audit
 * trail, input validation, and the demo data loaded on first start.
 */
package org.cpchub.ejb.platform;
