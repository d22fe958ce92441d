/**
 * Building blocks shared by every bounded context: the typed business exceptions that the
 * services throw and the views turn into messages, and small value types.
 */
package org.cpchub.domain.shared;
