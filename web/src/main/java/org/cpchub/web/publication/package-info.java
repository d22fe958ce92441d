/**
 * The public website: pages open to everyone, stateless (transient views, GET only, no session, no view
 * state), the public files (documents, agenda packs, minutes), the iCalendar and Atom feeds, and the HTTP
 * validators (ETag, Last-Modified, 304) that let browsers and caches keep them. Everything is read through
 * {@link org.cpchub.ejb.publication.PublishedRecords}.
 */
package org.cpchub.web.publication;
