package dev.hotseat.persona;

import java.util.Map;

/**
 * How a rubric turns what a reply showed into 0–100, as the rubric file says: each role's criteria add their
 * weights up to the role's share ({@code shares}, summing to 100); habits take their weight away; a reply that does
 * nothing about the problem when the moment needs it stops at {@code withoutAction}.
 */
public record Scoring(Map<Role, Integer> shares, int withoutAction) {

    public Scoring {
        shares = Map.copyOf(shares);
    }

    /** Used when a rubric file gives no scoring: being heard, acting and following up. */
    public static final Scoring DEFAULT = new Scoring(Map.of(Role.HEARD, 35, Role.ACTION, 50, Role.FOLLOWUP, 15), 25);

    public int share(Role role) {
        return shares.getOrDefault(role, 0);
    }
}
