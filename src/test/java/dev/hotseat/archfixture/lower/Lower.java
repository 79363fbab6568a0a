package dev.hotseat.archfixture.lower;

import dev.hotseat.archfixture.upper.Upper;

/** A deliberate back-edge: a lower layer naming a higher one. PackageRulesTest checks that the layer rule catches it. */
public record Lower(Upper above) {
}
