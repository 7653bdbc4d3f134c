package dev.quotebeam.clean;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives the value tree of a JSON text: objects become {@link LinkedHashMap}s (key order kept), arrays
 * {@link List}s, and every scalar a {@link String} (numbers, booleans and non-standard tokens such as {@code NaN}
 * keep their spelling; {@code null} becomes null).
 *
 * <p>Lenient, because pages embed JSON-LD sloppily: an HTML comment around the block, trailing commas, and several
 * concatenated values (read as one array) are accepted. Nesting deeper than {@value #MAX_DEPTH} levels is refused
 * so that hostile input cannot exhaust the stack. Example: {@code {"a":[1,"x"]}} gives {@code {a=[1, x]}}.
 * Errors throw {@link IllegalArgumentException} or {@link IndexOutOfBoundsException}.
 */
final class MiniJson {
  static final int MAX_DEPTH = 64;

  private final String s;
  private int i;

  static Object parse(String json) {
    return new MiniJson(json).readDocument();
  }


  private MiniJson(String s) {
    String t = s.trim();
    if (t.startsWith("<!--")) {
      t = t.substring(4);
    }
    if (t.endsWith("-->")) {
      t = t.substring(0, t.length() - 3);
    }
    this.s = t.trim();
  }

  private Object readDocument() {
    Object value = read(0);
    skipWs();
    if (i < s.length() && s.charAt(i) != ';') {
      // Several concatenated objects: read them all as one array.
      List<Object> all = new ArrayList<>();
      all.add(value);
      while (i < s.length()) {
        skipWs();
        if (i < s.length() && (s.charAt(i) == ',' || s.charAt(i) == ';')) {
          i++;
          continue;
        }
        if (i < s.length()) {
          all.add(read(0));
        }
        skipWs();
      }
      return all;
    }
    return value;
  }

  private Object read(int depth) {
    if (depth > MAX_DEPTH) {
      throw new IllegalArgumentException("JSON nested too deep");
    }
    skipWs();
    char c = s.charAt(i);
    if (c == '{') {
      i++;
      Map<String, Object> map = new LinkedHashMap<>();
      skipWs();
      while (s.charAt(i) != '}') {
        String key = readString();
        skipWs();
        expect(':');
        map.put(key, read(depth + 1));
        skipWs();
        if (s.charAt(i) == ',') {
          i++;
          skipWs();
        }
      }
      i++;
      return map;
    }
    if (c == '[') {
      i++;
      List<Object> list = new ArrayList<>();
      skipWs();
      while (s.charAt(i) != ']') {
        list.add(read(depth + 1));
        skipWs();
        if (s.charAt(i) == ',') {
          i++;
          skipWs();
        }
      }
      i++;
      return list;
    }
    if (c == '"') {
      return readString();
    }
    int start = i;
    while (i < s.length() && ",}] \t\r\n".indexOf(s.charAt(i)) < 0) {
      i++;
    }
    if (start == i) {
      throw new IllegalArgumentException("unexpected " + c);
    }
    String token = s.substring(start, i);
    return token.equals("null") ? null : token;
  }

  private String readString() {
    skipWs();
    expect('"');
    StringBuilder sb = new StringBuilder();
    while (true) {
      char c = s.charAt(i++);
      if (c == '"') {
        return sb.toString();
      }
      if (c == '\\') {
        char e = s.charAt(i++);
        switch (e) {
          case 'n' -> sb.append('\n');
          case 't' -> sb.append('\t');
          case 'r' -> sb.append('\r');
          case 'b', 'f' -> sb.append(' ');
          case 'u' -> {
            sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
            i += 4;
          }
          default -> sb.append(e);
        }
      } else {
        sb.append(c);
      }
    }
  }

  private void expect(char c) {
    if (s.charAt(i) != c) {
      throw new IllegalArgumentException("expected " + c + " at " + i);
    }
    i++;
  }

  private void skipWs() {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
  }
}
