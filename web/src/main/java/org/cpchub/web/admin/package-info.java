/** Administration pages: user accounts and the audit trail. ADMIN only. */
package org.cpchub.web.admin;
