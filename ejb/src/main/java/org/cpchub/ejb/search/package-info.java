/**
 * Full-text search of the published record: {@link org.cpchub.ejb.search.SearchIndex} rebuilds a meeting's or an
 * item's entries from its public view whenever a service changes it, in the same transaction;
 * {@link org.cpchub.ejb.search.SearchService} answers the public search page.
 */
package org.cpchub.ejb.search;
