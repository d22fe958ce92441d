package org.cpchub.ejb.platform;

import java.io.Serializable;
import java.util.Set;

/** Who passed the credential check, with the role names that become their groups. */
public record SignedInUser(String username, String displayName, Set<String> roles) implements Serializable {
}
