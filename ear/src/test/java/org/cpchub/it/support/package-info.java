/** Helpers of the system tests: the test archive, callers in each role, HTTP sign-in, the browser. */
package org.cpchub.it.support;
