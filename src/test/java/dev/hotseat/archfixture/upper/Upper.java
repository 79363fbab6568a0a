package dev.hotseat.archfixture.upper;

/** The higher layer of the back-edge fixture (see {@code Lower}). */
public record Upper(String name) {
}
