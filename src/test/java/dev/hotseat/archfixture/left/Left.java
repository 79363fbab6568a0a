package dev.hotseat.archfixture.left;

import dev.hotseat.archfixture.right.Right;

/** Half of a deliberate package cycle: PackageRulesTest checks that its rule catches it. */
public record Left(Right other) {
}
