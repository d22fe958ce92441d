/**
 * What the public may see, without signing in: only published, non-exempt material. {@link
 * org.cpchub.ejb.publication.PublishedRecords} is the one service that decides it, for the public pages, files,
 * feeds and the open-data API alike; it returns immutable copies (Public* records), never entities, and answers
 * anything not public exactly as it answers what does not exist.
 */
package org.cpchub.ejb.publication;
