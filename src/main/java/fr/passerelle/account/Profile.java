package fr.passerelle.account;

import java.util.List;

/** What an account may know about itself (GET /api/v1/me): no e-mail, no hash. */
public record Profile(String username, String displayName, Role role, List<Membership> structures,
                      List<Membership> pendingRequests, List<String> departements) {
}
