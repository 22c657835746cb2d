package org.vigie.crawler.fetch;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Recognises URLs of images, video, audio and other non-text files by their extension. Vigie is
 * text-only by design (coverage of sexual deepfakes and abuse imagery can embed the very images
 * it reports on), so such URLs are never fetched, stored or forwarded.
 */
public final class MediaUrls {

  private static final Set<String> EXTENSIONS =
      Set.of(
          "jpg", "jpeg", "jpe", "png", "gif", "webp", "avif", "heic", "heif", "svg", "svgz", "bmp",
          "ico", "tif", "tiff", "jxl", "mp4", "m4v", "mov", "webm", "avi", "mkv", "wmv", "flv",
          "mpg", "mpeg", "3gp", "m3u8", "ts", "mpd", "mp3", "m4a", "wav", "ogg", "oga", "ogv",
          "opus", "flac", "aac", "wma", "pdf", "zip", "rar", "7z", "exe", "dmg", "apk", "woff",
          "woff2", "ttf", "otf", "css", "js", "json");

  private MediaUrls() {}

  public static boolean isMedia(URI uri) {
    String path = uri.getPath();
    if (path == null) return false;
    int slash = path.lastIndexOf('/');
    int dot = path.lastIndexOf('.');
    if (dot <= slash) return false;
    return EXTENSIONS.contains(path.substring(dot + 1).toLowerCase(Locale.ROOT));
  }
}
