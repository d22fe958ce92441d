/**
 * Container tests: the real EJB services deployed by Arquillian into the running Payara Server on the
 * real database, called as users in each role.
 */
package org.cpchub.it.container;
