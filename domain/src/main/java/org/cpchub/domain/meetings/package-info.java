/**
 * Meetings of committees: the meeting and its lifecycle, the agenda with numbered items and their
 * documents, attendance and quorum, declarations of interest, minutes per item with numbered
 * resolutions and action points, procedural events, and the work programme. The access-to-information
 * rules of the Local Government Act 1972 Part VA (clear days, exempt information, urgent business)
 * live here as plain functions.
 */
package org.cpchub.domain.meetings;
