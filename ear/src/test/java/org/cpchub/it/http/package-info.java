/** HTTP-level system tests of the deployed EAR: who may open what, sign-in behaviour, error pages, the API. */
package org.cpchub.it.http;
