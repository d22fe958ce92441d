package org.cpchub.domain.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SearchTextTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "placements, placement", "placement, placement", "children, child", "families, family",
        "policies, policy", "planned, plan", "planning, plan", "referred, refer", "called, call",
        "fostering, foster", "fostered, foster", "carers, carer", "care, care", "career, career",
        "addresses, address", "status, status", "analysis, analysis", "UASC, uasc", "2024, 2024", "Café, cafe"})
    void wordsAreFoldedAndStemmedTheSameWayInTextAndQuery(String word, String term) {
        assertEquals(List.of(term), SearchText.queryTerms(word));
    }

    @Test
    void stopWordsAndPossessivesAreDroppedAndCountsKept() {
        Map<String, Integer> terms = SearchText.terms("The child's placement and the children's placements.");
        assertEquals(Map.of("child", 2, "placement", 2), terms);
        assertTrue(SearchText.queryTerms("of the and").isEmpty());
        assertEquals(List.of("young", "voice"), SearchText.queryTerms("Young  Voices"));
    }

    @Test
    void aSnippetMarksTheMatchedWordsAndEscapesEverythingElse() {
        String text = "Members asked <script>alert(1)</script> about placements & the foster carers' allowances.";
        String snippet = SearchText.snippet(text, SearchText.queryTerms("placement foster"), 200);
        assertEquals("Members asked &lt;script&gt;alert(1)&lt;/script&gt; about <mark>placements</mark> &amp; the"
                + " <mark>foster</mark> carers&#39; allowances.", snippet);
    }

    @Test
    void aLongTextIsCutAroundTheFirstMatch() {
        String text = "word ".repeat(200) + "Fostering allowances rose this year. " + "more ".repeat(200);
        String snippet = SearchText.snippet(text, List.of("allowance"), 120);
        assertTrue(snippet.startsWith("\u2026 "), snippet);
        assertTrue(snippet.endsWith(" \u2026"), snippet);
        assertTrue(snippet.contains("Fostering <mark>allowances</mark> rose"), snippet);
        assertTrue(snippet.length() < 160, snippet);
        assertFalse(SearchText.snippet(null, List.of("x"), 10).contains("null"));
    }
}
