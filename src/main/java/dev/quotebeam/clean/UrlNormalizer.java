package dev.quotebeam.clean;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Gives a canonical form of a page URL, so that two links to one article compare equal.
 *
 * <p>Lower-cases scheme and host, drops the fragment, tracking parameters ({@code utm_*}, {@code fbclid},
 * {@code gclid}) and a trailing slash; keeps other query parameters in their order. Unparseable or non-http(s)
 * values give null. Example: {@code HTTPS://WWW.Example.com/a/b/?utm_source=x&id=3#top} gives
 * {@code https://www.example.com/a/b?id=3}. Stateless and thread-safe.
 */
final class UrlNormalizer {
  private UrlNormalizer() {}

  static String normalize(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(url.trim().replace(" ", "%20"));
      String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getRawAuthority() == null) {
        return null;
      }
      String path = uri.getRawPath() == null ? "" : uri.getRawPath();
      while (path.endsWith("/")) {
        path = path.substring(0, path.length() - 1);
      }
      StringBuilder out = new StringBuilder(scheme).append("://").append(uri.getRawAuthority().toLowerCase(Locale.ROOT));
      out.append(path);
      String query = query(uri.getRawQuery());
      if (!query.isEmpty()) {
        out.append('?').append(query);
      }
      return out.toString();
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /** Host of {@code url} without a leading {@code www.}, or null. */
  static String host(String url) {
    if (url == null) {
      return null;
    }
    try {
      String host = new URI(url.trim().replace(" ", "%20")).getHost();
      if (host == null || host.isEmpty()) {
        return null;
      }
      host = host.toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private static String query(String raw) {
    if (raw == null || raw.isEmpty()) {
      return "";
    }
    List<String> kept = new ArrayList<>();
    for (String param : raw.split("&")) {
      String name = param.split("=", 2)[0].toLowerCase(Locale.ROOT);
      if (!param.isEmpty() && !name.startsWith("utm_") && !name.equals("fbclid") && !name.equals("gclid")) {
        kept.add(param);
      }
    }
    return String.join("&", kept);
  }
}
