/** Pages of the directory: committees and panels with their members, and people. */
package org.cpchub.web.directory;
