package org.cpchub.ejb.strategy;

/** One data line of an import file as text, with its line number (the header is line 1). */
record ImportRow(int line, String code, String period, String value, String numerator, String denominator,
                 String commentary) {

    boolean isBlank() {
        return blank(code) && blank(period) && blank(value) && blank(numerator) && blank(denominator)
                && blank(commentary);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
