package org.cpchub.ejb.publication;

import java.io.Serializable;

/** A clause of an item's RESOLVED list, numbered 1.1, 1.2 ... */
public record PublicResolution(
        String number,
        String text) implements Serializable {
    // Bean-style getters: Jakarta EL 5 does not resolve record components.

    public String getNumber() {
        return number;
    }

    public String getText() {
        return text;
    }
}
