package org.cpchub.ejb.publication;

import java.io.Serializable;
import java.util.List;

/** The public minutes of one item that is not exempt. */
public record PublicItemMinutes(
        String narrativeHtml,
        List<String> membersNoted,
        List<String> declarations,
        boolean noDeclarations,
        List<PublicAction> actions,
        List<PublicResolution> resolutions,
        String correction) implements Serializable {
    public PublicItemMinutes {
        membersNoted = List.copyOf(membersNoted);
        declarations = List.copyOf(declarations);
        actions = List.copyOf(actions);
        resolutions = List.copyOf(resolutions);
    }

    // Bean-style getters: Jakarta EL 5 does not resolve record components.

    public String getNarrativeHtml() {
        return narrativeHtml;
    }

    public List<String> getMembersNoted() {
        return membersNoted;
    }

    public List<String> getDeclarations() {
        return declarations;
    }

    public boolean isNoDeclarations() {
        return noDeclarations;
    }

    public List<PublicAction> getActions() {
        return actions;
    }

    public List<PublicResolution> getResolutions() {
        return resolutions;
    }

    public String getCorrection() {
        return correction;
    }
}
