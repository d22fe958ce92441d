/** Strategy monitoring pages: the dashboard, a measure, data entry, import, the engagement plan and reports. */
package org.cpchub.web.strategy;
