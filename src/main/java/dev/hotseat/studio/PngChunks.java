package dev.hotseat.studio;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The PNG chunk layer only: reads the {@code tEXt} chunks of a PNG and writes new ones before {@code IEND}. The
 * image itself is the JDK's business (ImageIO); Character Cards live in {@code tEXt} chunks named {@code chara}
 * and {@code ccv3}.
 */
final class PngChunks {
    static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private PngChunks() {
    }

    /** Whether the bytes start like a PNG. */
    static boolean isPng(byte[] bytes) {
        return bytes.length >= SIGNATURE.length && Arrays.equals(Arrays.copyOf(bytes, SIGNATURE.length), SIGNATURE);
    }

    /**
     * Every {@code tEXt} chunk, keyword (lower case: SillyTavern reads "Chara" as "chara") to text (Latin-1, as the
     * PNG specification says); the first of a keyword wins. Throws {@link CardException} naming the byte offset when the file is cut short or a chunk is damaged.
     */
    static Map<String, String> texts(byte[] png) {
        if (!isPng(png)) {
            throw new CardException("the upload is not a PNG (it does not start with the PNG signature)");
        }
        Map<String, String> texts = new LinkedHashMap<>();
        int at = SIGNATURE.length;
        while (true) {
            if (at + 8 > png.length) {
                throw new CardException("the PNG is truncated: it ends at byte " + png.length
                        + " before its IEND chunk; export the card again");
            }
            ByteBuffer head = ByteBuffer.wrap(png, at, 8);
            long length = Integer.toUnsignedLong(head.getInt());
            String type = new String(png, at + 4, 4, StandardCharsets.ISO_8859_1);
            if (length > png.length - at - 12L) {
                throw new CardException("the PNG is truncated: chunk '" + type + "' at byte " + at + " says "
                        + length + " bytes but the file ends at byte " + png.length + "; export the card again");
            }
            int data = at + 8;
            CRC32 crc = new CRC32();
            crc.update(png, at + 4, 4 + (int) length);
            long stored = Integer.toUnsignedLong(ByteBuffer.wrap(png, data + (int) length, 4).getInt());
            if (crc.getValue() != stored) {
                throw new CardException("the PNG is damaged: chunk '" + type + "' at byte " + at
                        + " fails its checksum; export the card again");
            }
            if (type.equals("tEXt")) {
                int zero = data;
                while (zero < data + length && png[zero] != 0) {
                    zero++;
                }
                if (zero < data + length) {
                    String keyword = new String(png, data, zero - data, StandardCharsets.ISO_8859_1).toLowerCase(java.util.Locale.ROOT);
                    texts.putIfAbsent(keyword, new String(png, zero + 1, (int) (data + length - zero - 1),
                            StandardCharsets.ISO_8859_1));
                }
            }
            if (type.equals("IEND")) {
                return texts;
            }
            at = data + (int) length + 4;
        }
    }

    /** The PNG with these {@code tEXt} chunks added just before {@code IEND}, and any old ones of the same keywords dropped. */
    static byte[] withTexts(byte[] png, Map<String, String> texts) {
        return rewrite(png, texts.keySet(), texts);
    }

    /** The PNG without its {@code tEXt} chunks of these keywords; every other chunk, the picture's too, byte for byte. */
    static byte[] without(byte[] png, java.util.Set<String> keywords) {
        return rewrite(png, keywords, Map.of());
    }

    private static byte[] rewrite(byte[] png, java.util.Set<String> drop, Map<String, String> add) {
        texts(png); // refuses a broken image before anything is built on it
        ByteArrayOutputStream out = new ByteArrayOutputStream(png.length + 1024);
        out.write(png, 0, SIGNATURE.length);
        int at = SIGNATURE.length;
        while (true) {
            int length = ByteBuffer.wrap(png, at, 4).getInt();
            String type = new String(png, at + 4, 4, StandardCharsets.ISO_8859_1);
            if (type.equals("IEND")) {
                add.forEach((keyword, text) -> writeText(out, keyword, text));
                out.write(png, at, png.length - at);
                return out.toByteArray();
            }
            int data = at + 8;
            boolean dropped = type.equals("tEXt") && drop.stream().anyMatch(k -> startsWithKeyword(png, data, k));
            if (!dropped) {
                out.write(png, at, length + 12);
            }
            at += length + 12;
        }
    }

    private static boolean startsWithKeyword(byte[] png, int data, String keyword) {
        byte[] k = keyword.getBytes(StandardCharsets.ISO_8859_1);
        return data + k.length < png.length && png[data + k.length] == 0 && keyword.equalsIgnoreCase(
                new String(png, data, k.length, StandardCharsets.ISO_8859_1));
    }

    private static void writeText(ByteArrayOutputStream out, String keyword, String text) {
        byte[] body = (keyword + '\0' + text).getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer chunk = ByteBuffer.allocate(12 + body.length);
        chunk.putInt(body.length).put("tEXt".getBytes(StandardCharsets.ISO_8859_1)).put(body);
        CRC32 crc = new CRC32();
        crc.update(chunk.array(), 4, 4 + body.length);
        chunk.putInt((int) crc.getValue());
        out.write(chunk.array(), 0, chunk.capacity());
    }
}
