package org.vigie.crawler.fetch;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides how to decode a text body: byte-order mark, then the declared charset (header, then
 * {@code <meta>} or the XML declaration) checked against the bytes, then detection (ICU4J).
 *
 * <p>Declarations lie often in French news: pages labelled UTF-8 but written in Windows-1252, or
 * labelled ISO-8859-1 but written in UTF-8. A declaration is kept only when the bytes agree with
 * it. ISO-8859-1 is read as its superset Windows-1252, as browsers do (WHATWG Encoding), so that
 * the apostrophes and dashes in the 0x80–0x9F range come out right.
 */
public final class CharsetResolver {

  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_ENCODING =
      Pattern.compile("<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9_:.-]+)[\"']", Pattern.CASE_INSENSITIVE);
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private CharsetResolver() {}

  /**
   * @param headerCharset the {@code charset} parameter of {@code Content-Type}, or {@code null}
   */
  public static Charset resolve(String headerCharset, byte[] body) {
    Optional<Charset> bom = fromBom(body);
    if (bom.isPresent()) return bom.get();
    Charset declared = lookup(headerCharset).orElseGet(() -> declaredInDocument(body).orElse(null));
    boolean utf8 = isValidUtf8(body);
    if (declared != null) {
      if (declared.equals(StandardCharsets.UTF_8)) return utf8 ? declared : detect(body);
      if (isLatin(declared)) return utf8 && hasNonAscii(body) ? StandardCharsets.UTF_8 : WINDOWS_1252;
      return declared;
    }
    return utf8 ? StandardCharsets.UTF_8 : detect(body);
  }

  /** The charset named in a {@code Content-Type} header value, if any. */
  public static String charsetParameter(String contentType) {
    if (contentType == null) return null;
    for (String part : contentType.split(";")) {
      String p = part.strip();
      if (p.regionMatches(true, 0, "charset=", 0, 8)) {
        return p.substring(8).replace("\"", "").replace("'", "").strip();
      }
    }
    return null;
  }

  private static Optional<Charset> declaredInDocument(byte[] body) {
    String head = new String(body, 0, Math.min(body.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = XML_ENCODING.matcher(head);
    if (m.find()) return lookup(m.group(1));
    m = META_CHARSET.matcher(head);
    if (m.find()) return lookup(m.group(1));
    return Optional.empty();
  }

  private static Charset detect(byte[] body) {
    CharsetDetector detector = new CharsetDetector();
    detector.setText(body.length > 64 * 1024 ? java.util.Arrays.copyOf(body, 64 * 1024) : body);
    CharsetMatch match = detector.detect();
    if (match != null) {
      Optional<Charset> c = lookup(match.getName());
      if (c.isPresent() && !c.get().equals(StandardCharsets.UTF_8)) {
        return isLatin(c.get()) ? WINDOWS_1252 : c.get();
      }
    }
    // Invalid UTF-8 from a French or English outlet is Windows-1252 in practice.
    return WINDOWS_1252;
  }

  private static Optional<Charset> fromBom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF)
      return Optional.of(StandardCharsets.UTF_8);
    if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF)
      return Optional.of(StandardCharsets.UTF_16BE);
    if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE)
      return Optional.of(StandardCharsets.UTF_16LE);
    return Optional.empty();
  }

  private static Optional<Charset> lookup(String name) {
    if (name == null || name.isBlank()) return Optional.empty();
    try {
      return Optional.of(Charset.forName(name.strip().toLowerCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static boolean isLatin(Charset c) {
    String n = c.name().toLowerCase(Locale.ROOT);
    return n.equals("iso-8859-1") || n.equals("windows-1252") || n.equals("us-ascii");
  }

  private static boolean isValidUtf8(byte[] body) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean hasNonAscii(byte[] body) {
    for (byte b : body) if (b < 0) return true;
    return false;
  }
}
