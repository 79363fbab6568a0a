package dev.hotseat.studio;

import java.util.Map;

/** Card PNGs for tests outside this package: the image with one tEXt chunk added. */
public final class CardFixtures {
    private CardFixtures() {
    }

    public static byte[] withChunk(byte[] png, String keyword, String text) {
        return PngChunks.withTexts(png, Map.of(keyword, text));
    }
}
