/**
 * The rules of publication that hold whoever asks: how long published committee papers stay open to
 * inspection (Local Government Act 1972 ss.100C and 100D), and so for how long they cannot be deleted
 * or unpublished.
 */
package org.cpchub.domain.publication;
