package dev.hotseat.archfixture.right;

import dev.hotseat.archfixture.left.Left;

/** The other half of the deliberate package cycle that PackageRulesTest must catch. */
public record Right(Left other) {
}
