/**
 * What every backing bean shares: turning service exceptions into Faces messages next to the right
 * fields, and a lazy data model that pages, sorts and filters in the database.
 */
package org.cpchub.web.support;
