/**
 * The read-only open-data API under /api/oparl/v1, modelled on OParl 1.1 (https://oparl.org/spezifikation/):
 * System, Body, Organization (committees), Person and Membership (public seats only), Meeting, AgendaItem and
 * File, with OParl's field names, paged lists and links; errors as RFC 9457 problem documents; and the export of
 * a committee's whole published record. Everything comes from PublishedRecords, so nothing exempt or unpublished
 * can be served.
 */
package org.cpchub.web.api.oparl;
