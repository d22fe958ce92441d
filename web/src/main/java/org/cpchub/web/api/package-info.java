/**
 * Jakarta REST resources under /api. Errors are RFC 9457 problem documents
 * (application/problem+json), never stack traces.
 */
package org.cpchub.web.api;
