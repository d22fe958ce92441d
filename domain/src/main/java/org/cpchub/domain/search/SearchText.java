package org.cpchub.domain.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How text becomes index terms and how a hit becomes a snippet. The same rules index the text and parse the
 * query, so "placements", "placement" and "Placement's" all find each other.
 */
public final class SearchText {
    /** Longer words are cut to this length in the index (the term column's size). */
    public static final int MAX_TERM = 40;
    public static final int MAX_QUERY = 200;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}]+)?");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "been", "but",
            "by", "for", "from", "had", "has", "have", "he", "her", "his", "i", "if", "in", "into", "is", "it", "its",
            "of", "on", "or", "our", "she", "so", "than", "that", "the", "their", "them", "there", "these", "they",
            "this", "to", "was", "we", "were", "which", "who", "will", "with", "would", "you", "your");
    /** Irregular plurals the suffix rules would miss, common in the council's papers. */
    private static final Map<String, String> IRREGULAR = Map.of("children", "child", "people", "person",
            "women", "woman", "men", "man", "families", "family", "policies", "policy");

    private SearchText() {
    }

    /** The index terms of a text with how often each occurs, in order of first appearance. */
    public static Map<String, Integer> terms(String text) {
        Map<String, Integer> terms = new LinkedHashMap<>();
        if (text == null) {
            return terms;
        }
        Matcher m = WORD.matcher(fold(text));
        while (m.find()) {
            String term = term(m.group());
            if (term != null) {
                terms.merge(term, 1, Integer::sum);
            }
        }
        return terms;
    }

    /** The distinct terms a query asks for (every one must match). */
    public static List<String> queryTerms(String query) {
        return new ArrayList<>(terms(query).keySet());
    }

    /** One word as an index term, or null for a stop word. */
    static String term(String foldedWord) {
        String word = foldedWord.endsWith("'s") ? foldedWord.substring(0, foldedWord.length() - 2)
                : foldedWord.replace("'", "");
        if (word.isEmpty() || STOP_WORDS.contains(word)) {
            return null;
        }
        String stem = stem(word);
        return stem.length() > MAX_TERM ? stem.substring(0, MAX_TERM) : stem;
    }

    /**
     * A light English stemmer (plural and verb endings only, in the spirit of Porter's first step): light enough
     * that a stem stays a recognisable word, so "care" never matches "career".
     */
    public static String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (IRREGULAR.containsKey(w)) {
            return IRREGULAR.get(w);
        }
        if (w.length() <= 3 || w.chars().anyMatch(Character::isDigit)) {
            return w;
        }
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("sses")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("ing") && w.length() > 5 && hasVowel(w.substring(0, w.length() - 3))) {
            return undouble(w.substring(0, w.length() - 3));
        }
        if (w.endsWith("ed") && w.length() > 4 && hasVowel(w.substring(0, w.length() - 2))) {
            return undouble(w.substring(0, w.length() - 2));
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static boolean hasVowel(String s) {
        return s.chars().anyMatch(c -> "aeiouy".indexOf(c) >= 0);
    }

    /** "planned" -> "plan", "referred" -> "refer"; but "called" stays "call". */
    private static String undouble(String s) {
        int n = s.length();
        if (n > 2 && s.charAt(n - 1) == s.charAt(n - 2) && "lsz".indexOf(s.charAt(n - 1)) < 0) {
            return s.substring(0, n - 1);
        }
        return s;
    }

    /** Lower case without accents: "Café" and "cafe" are the same word. */
    static String fold(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    /**
     * About {@code length} characters of the text around its first matching word, HTML-escaped, with every word
     * that matches a query term wrapped in {@code <mark>}. Safe to write unescaped into a page.
     */
    public static String snippet(String text, List<String> queryTerms, int length) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String plain = text.replaceAll("\\s+", " ").strip();
        Set<String> wanted = new LinkedHashSet<>(queryTerms);
        List<int[]> hits = new ArrayList<>();
        Matcher m = WORD.matcher(plain);
        while (m.find()) {
            String term = term(fold(m.group()));
            if (term != null && wanted.contains(term)) {
                hits.add(new int[] {m.start(), m.end()});
            }
        }
        int start = 0;
        if (!hits.isEmpty() && hits.get(0)[0] > length / 3) {
            start = plain.lastIndexOf(' ', hits.get(0)[0] - length / 3) + 1;
        }
        int end = Math.min(plain.length(), start + length);
        if (end < plain.length()) {
            int space = plain.lastIndexOf(' ', end);
            end = space > start ? space : end;
        }
        StringBuilder out = new StringBuilder(start > 0 ? "\u2026 " : "");
        int at = start;
        for (int[] hit : hits) {
            if (hit[0] < start || hit[1] > end) {
                continue;
            }
            out.append(escape(plain.substring(at, hit[0]))).append("<mark>")
                    .append(escape(plain.substring(hit[0], hit[1]))).append("</mark>");
            at = hit[1];
        }
        out.append(escape(plain.substring(at, end)));
        return end < plain.length() ? out.append(" \u2026").toString() : out.toString();
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
