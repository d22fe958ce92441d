/**
 * Full-text search of what the public may read: the rules that turn text into index terms (words folded to lower
 * case without accents, stop words dropped, English endings stemmed), a query into terms, and a hit into a snippet
 * with the matched words highlighted; and the index itself, kept in the application's database.
 */
package org.cpchub.domain.search;
