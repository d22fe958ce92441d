/** Public pages: open to everyone, stateless (no session, no view state), only published material. */
package org.cpchub.web.publication;
