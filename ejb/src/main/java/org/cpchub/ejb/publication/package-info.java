/**
 * What the public may see, without signing in: only published, non-exempt material. Every method
 * here is open to anonymous callers, so every query filters to what is public.
 */
package org.cpchub.ejb.publication;
