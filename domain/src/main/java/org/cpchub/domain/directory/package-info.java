/**
 * The directory: people (councillors, co-opted members, officers, partners, panel members), the
 * committees and panels they sit on, and their memberships with role and dates. Every other
 * context refers to these records.
 */
package org.cpchub.domain.directory;
