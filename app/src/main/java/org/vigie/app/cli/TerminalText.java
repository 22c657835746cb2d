package org.vigie.app.cli;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;

/**
 * Crawled text on a terminal. Nothing is escaped for show (an accent stays an accent), but no
 * control character from a page ever reaches the terminal raw: C0 and C1 controls and DEL (an ESC
 * or a CSI can move the cursor, rewrite earlier lines or set the window title) and the Unicode
 * bidirectional overrides (which can make a line read differently from what it contains) become
 * U+FFFD; line breaks and tabs become spaces so one hit stays one line.
 */
final class TerminalText {
  private TerminalText() {}

  static String clean(String s) {
    if (s == null) return "";
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char r = replacement(c);
      if (r != c && out == null) out = new StringBuilder(s.length()).append(s, 0, i);
      if (out != null) out.append(r);
    }
    return out == null ? s : out.toString();
  }

  private static char replacement(char c) {
    if (c == '\n' || c == '\r' || c == '\t') return ' ';
    if (isUnsafe(c)) return '\uFFFD';
    return c;
  }

  /** Controls and bidi overrides/isolates (U+202A–U+202E, U+2066–U+2069, U+200E/F, U+061C). */
  static boolean isUnsafe(int c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
        || c == 0x200E || c == 0x200F || c == 0x061C;
  }

  /**
   * For {@code --json}: JSON already escapes C0 controls; this escapes DEL, the C1 controls and the
   * bidi controls too ({@code \\u009b} rather than the raw character), so piping JSON to a terminal
   * is as safe as the human output, and a JSON parser reads back the exact text.
   */
  static final CharacterEscapes JSON_ESCAPES =
      new CharacterEscapes() {
        private final int[] ascii = CharacterEscapes.standardAsciiEscapesForJSON();

        {
          ascii[0x7F] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
          return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
          return isUnsafe(ch) ? new com.fasterxml.jackson.core.io.SerializedString(String.format("\\u%04x", ch)) : null;
        }
      };

  /** Serialises a result for {@code --json} with {@link #JSON_ESCAPES}. */
  static String json(Object value) throws com.fasterxml.jackson.core.JsonProcessingException {
    return org.vigie.core.json.VigieJson.mapper().writer().with(JSON_ESCAPES).writeValueAsString(value);
  }
}
