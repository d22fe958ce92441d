package org.cpchub.domain.strategy;

/**
 * The seven corporate parenting principles a council must have regard to for children looked after and
 * care leavers (Children and Social Work Act 2017 s.1(1)(a)-(g)); used to tag priorities and measures.
 */
public enum ParentingPrinciple {
    BEST_INTERESTS("a", "Best interests and health",
            "to act in the best interests, and promote the physical and mental health and well-being, of those"
                    + " children and young people"),
    EXPRESS_VIEWS("b", "Express their views",
            "to encourage those children and young people to express their views, wishes and feelings"),
    TAKE_VIEWS_INTO_ACCOUNT("c", "Take their views into account",
            "to take into account the views, wishes and feelings of those children and young people"),
    ACCESS_TO_SERVICES("d", "Access to services",
            "to help those children and young people gain access to, and make the best use of, services provided"
                    + " by the local authority and its relevant partners"),
    HIGH_ASPIRATIONS("e", "High aspirations",
            "to promote high aspirations, and seek to secure the best outcomes, for those children and young people"),
    SAFETY_AND_STABILITY("f", "Safety and stability",
            "for those children and young people to be safe, and for stability in their home lives, relationships"
                    + " and education or work"),
    PREPARING_FOR_ADULTHOOD("g", "Preparing for adulthood",
            "to prepare those children and young people for adulthood and independent living");

    private final String paragraph;
    private final String label;
    private final String text;

    ParentingPrinciple(String paragraph, String label, String text) {
        this.paragraph = paragraph;
        this.label = label;
        this.text = text;
    }

    /** The paragraph letter of s.1(1): a to g. */
    public String getParagraph() {
        return paragraph;
    }

    public String getLabel() {
        return label;
    }

    /** The words of the Act. */
    public String getText() {
        return text;
    }

    /** "s.1(1)(f) Safety and stability" */
    public String getReference() {
        return "s.1(1)(" + paragraph + ") " + label;
    }
}
