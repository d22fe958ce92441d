/**
 * Meeting services: scheduling and the meeting lifecycle, the agenda, minutes (attendance,
 * declarations, narrative, resolutions, action points, procedural events), the action log and the
 * work programme. Clerks and administrators change meetings; all staff read them; officers report
 * progress on the actions they own.
 */
package org.cpchub.ejb.meetings;
