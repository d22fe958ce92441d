/**
 * Security of the web tier: the form login mechanism and the identity store backed by the user
 * accounts in the database. Pages are guarded in web.xml; the services check roles again.
 */
package org.cpchub.web.security;
