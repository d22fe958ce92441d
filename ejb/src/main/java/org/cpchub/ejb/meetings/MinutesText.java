package org.cpchub.ejb.meetings;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * The minutes narrative is rich text typed or pasted by clerks. It is sanitised on save (OWASP Java HTML
 * Sanitizer) to the formatting minutes need, so no script or markup from a pasted document reaches a reader.
 */
public final class MinutesText {
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder().allowElements("a").allowUrlProtocols("https")
                    .allowAttributes("href").onElements("a").requireRelsOnLinks("noopener", "noreferrer").toFactory());

    private MinutesText() {
    }

    public static String sanitise(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        return POLICY.sanitize(html).strip();
    }
}
