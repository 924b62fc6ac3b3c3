package dev.redcarpet.corpus;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text, or refuses with a one-line reason.
 *
 * <p>Policy: UTF-8, with or without a byte-order mark, is the expected encoding; UTF-16 is read
 * when it starts with a byte-order mark. Bytes that are not valid UTF-8 are handled leniently:
 * when the rest of the file is clearly UTF-8 (it holds valid non-ASCII sequences) the few bad
 * bytes become U+FFFD; when the file has no valid UTF-8 sequence at all it is read as
 * Windows-1252, the usual encoding of older saved pages, so its curly quotes survive. A file with
 * NUL bytes or mostly control characters is binary and refused.
 */
final class TextDecoder {
    /** The decoded text, and a note when it was not clean UTF-8 (null when it was). */
    record Decoded(String text, String note) {
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xFE, 0xFF)) return checked(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), null);
        if (startsWith(bytes, 0xFF, 0xFE)) return checked(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), null);
        int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) throw new CorpusException("binary content (contains NUL bytes), not a text file");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
            return checked(text, null);
        } catch (CharacterCodingException e) {
            String lenient = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
            int replaced = 0;
            int validNonAscii = 0;
            for (int i = 0; i < lenient.length(); i++) {
                char c = lenient.charAt(i);
                if (c == '\uFFFD') replaced++;
                else if (c > 0x7F) validNonAscii++;
            }
            if (validNonAscii > 0) {
                if (replaced * 20 > lenient.length()) {
                    throw new CorpusException("not valid UTF-8 text (" + replaced + " invalid byte sequences)");
                }
                return checked(lenient, "invalid UTF-8: " + replaced + " byte sequence(s) replaced with U+FFFD");
            }
            return checked(new String(bytes, start, bytes.length - start, WINDOWS_1252),
                    "not UTF-8: read as Windows-1252");
        }
    }

    private static Decoded checked(String text, String note) {
        int odd = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) throw new CorpusException("binary content (contains NUL characters), not a text file");
            boolean control = (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0x7F;
            if (control || c == '\uFFFD') odd++;
        }
        if (odd > 0 && odd * 20 > text.length()) {
            throw new CorpusException("binary content (" + odd + " of " + text.length()
                    + " characters are control codes), not a text file");
        }
        return new Decoded(text, note);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }
}
