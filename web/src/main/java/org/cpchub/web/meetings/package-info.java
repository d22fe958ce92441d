/** Pages of meetings: the meeting list, a meeting (agenda, attendance, minutes), the published agenda and minutes, the action log and the work programme. */
package org.cpchub.web.meetings;
