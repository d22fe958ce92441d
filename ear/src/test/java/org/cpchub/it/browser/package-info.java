/** Browser journeys in headless Chromium, and the axe-core WCAG 2.2 A/AA check of every page. */
package org.cpchub.it.browser;
