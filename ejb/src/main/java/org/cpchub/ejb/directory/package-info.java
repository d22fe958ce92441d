/**
 * Directory services: committees and panels, people, and memberships. Everyone on the staff side
 * reads the directory; clerks and administrators change it.
 */
package org.cpchub.ejb.directory;
