package org.cpchub.domain.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.cpchub.domain.shared.InvalidInputException;

/**
 * Exempt information under Schedule 12A of the Local Government Act 1972: the paragraphs (1 to 7, nothing
 * else) that apply and the note of the public-interest test. Not exempt when no paragraph is cited.
 */
@Embeddable
public class Exemption implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final int NOTE_MAX = 2000;
    /** Schedule 12A Part 1, paragraphs 1 to 7, in short. */
    public static final String[] PARAGRAPHS = {
        "", "Information relating to any individual",
        "Information likely to reveal the identity of an individual",
        "Information relating to the financial or business affairs of any particular person (including the authority)",
        "Information relating to consultations or negotiations in connection with labour relations",
        "Information in respect of which a claim to legal professional privilege could be maintained",
        "Information which reveals that the authority proposes to give a notice, make an order or direction",
        "Information relating to the prevention, investigation or prosecution of crime"};

    @Column(name = "exempt_paragraphs", length = 20)
    private String paragraphs;

    @Size(max = NOTE_MAX)
    @Column(name = "public_interest_note", length = NOTE_MAX)
    private String publicInterestNote;

    public Exemption() {
        // not exempt
    }

    /** Exempt under the given paragraphs, with the public-interest note; refuses anything but 1..7 and an empty note. */
    public static Exemption of(java.util.Collection<Integer> paragraphs, String publicInterestNote) {
        Exemption e = new Exemption();
        e.setParagraphs(paragraphs);
        if (!paragraphs.isEmpty() && (publicInterestNote == null || publicInterestNote.isBlank())) {
            throw InvalidInputException.of("publicInterestNote",
                    "Record the public interest test: why the public interest in keeping it exempt outweighs disclosure.");
        }
        e.publicInterestNote = paragraphs.isEmpty() ? null : publicInterestNote.strip();
        return e;
    }

    public boolean isExempt() {
        return paragraphs != null && !paragraphs.isBlank();
    }

    public SortedSet<Integer> getParagraphNumbers() {
        if (!isExempt()) {
            return new TreeSet<>();
        }
        return Arrays.stream(paragraphs.split(",")).map(String::strip).map(Integer::valueOf)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private void setParagraphs(java.util.Collection<Integer> numbers) {
        for (Integer n : numbers) {
            if (n == null || n < 1 || n > 7) {
                throw InvalidInputException.of("paragraphs",
                        "Exempt information is cited by paragraph 1 to 7 of Schedule 12A; " + n + " is not one of them.");
            }
        }
        paragraphs = numbers.isEmpty() ? null
                : new TreeSet<>(numbers).stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** "exempt under paragraphs 1 and 2 of Schedule 12A" - what the public sees instead of the content. */
    public String describe() {
        if (!isExempt()) {
            return "";
        }
        SortedSet<Integer> n = getParagraphNumbers();
        String list = n.size() == 1 ? "paragraph " + n.first()
                : "paragraphs " + n.headSet(n.last()).stream().map(String::valueOf).collect(Collectors.joining(", "))
                + " and " + n.last();
        return "Exempt under " + list + " of Part 1 of Schedule 12A to the Local Government Act 1972";
    }

    public String getPublicInterestNote() {
        return publicInterestNote;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Exemption e && Objects.equals(paragraphs, e.paragraphs)
                && Objects.equals(publicInterestNote, e.publicInterestNote);
    }

    @Override
    public int hashCode() {
        return Objects.hash(paragraphs, publicInterestNote);
    }
}
