package dev.quotebeam.clean;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates that news pages write, in machine or human form, as an ISO-8601 string that keeps what the page
 * says and invents nothing.
 *
 * <p>{@link #parseMachine} reads attribute values (ISO-8601 with or without time and offset, RFC 1123,
 * {@code yyyyMMdd}); {@link #findInText} finds the first human date in prose: {@code March 5, 2019},
 * {@code Mar. 5, 2019}, {@code 5 March 2019}, {@code 5. März 2019}, {@code 5 de marzo de 2019},
 * {@code 05.03.2019}, {@code 2019-03-05}, with month names in English, German, French, Spanish, Italian, Portuguese
 * and Dutch. A span of days gives its first day: {@code 14. - 20. Januar 2022} and {@code January 14-20, 2022}
 * give the 14th.
 *
 * <p>The publisher's offset is kept, so that the first ten characters are the publisher's local day: a time with an
 * offset keeps it ({@code "2019-03-05T23:30:00-05:00"}), a time in UTC ({@code Z}, {@code UTC}, {@code GMT}, a zero
 * offset, epoch seconds) ends in {@code Z}, a time without any offset stays a local date-time
 * ({@code "2019-03-05T23:30:00"}), and a day alone stays a bare date ({@code "2019-03-05"}), never an invented
 * midnight. Years outside 1990-2100 are rejected rather than output. Slashed numeric dates are read month first
 * unless the first number exceeds 12. Examples: {@code "2019-03-05T10:00:00+02:00"} gives
 * {@code "2019-03-05T10:00:00+02:00"}, {@code "Published Tuesday, March 5, 2019"} gives {@code "2019-03-05"}.
 * Stateless and thread-safe.
 */
final class DateParser {
  static final int MIN_YEAR = 1990;
  static final int MAX_YEAR = 2100;

  private static final Pattern ISO =
      Pattern.compile(
          "^\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ]+(\\d{1,2}):(\\d{2})(?::(\\d{1,2})(?:[.,]\\d{1,9})?)?\\s*"
              + "(Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?)?");
  private static final Pattern COMPACT = Pattern.compile("^\\s*((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:\\D|$)");
  private static final Pattern EPOCH = Pattern.compile("^\\s*(1\\d{9})(\\d{3})?\\s*$");
  private static final String MONTH = "(?<!\\p{L})(\\p{L}{3,10})\\.?";
  private static final Pattern TEXT_MDY =
      Pattern.compile(MONTH + "\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?(?:\\s?[-–]\\s?\\d{1,2}(?:st|nd|rd|th)?)?,?\\s{1,3}"
          + "((?:19|20)\\d{2})(?!\\d)");
  /** The first day of a span ending at a day-month-year date: {@code "14. - "} of {@code "14. - 20. Januar 2022"}. */
  private static final Pattern SPAN_START =
      Pattern.compile("(?<![\\d.])(\\d{1,2})(?:\\.\\s{0,2}[-–]\\s{0,2}|[-–])$");
  private static final int SPAN_START_CHARS = 8;
  private static final Pattern TEXT_DMY =
      Pattern.compile(
          "(?<![\\d.])(\\d{1,2})(?:st|nd|rd|th|er|\\.|º)?\\s{0,3}(?:de\\s|of\\s)?\\s{0,2}"
              + MONTH
              + ",?\\s{1,3}(?:de\\s{1,2})?((?:19|20)\\d{2})(?!\\d)");
  private static final Pattern NUM_DMY =
      Pattern.compile("(?<![\\d./])(\\d{1,2})([./])(\\d{1,2})\\2((?:19|20)\\d{2})(?![\\d/])");
  private static final Pattern NUM_YMD =
      Pattern.compile("(?<![\\d./])((?:19|20)\\d{2})([-/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d/])");

  private static final Pattern NUM_SHORT_YEAR =
      Pattern.compile("(?<![\\d./:])(\\d{1,2})([./])(\\d{1,2})\\2(\\d{2})(?![\\d/:]|\\.\\d)");
  /** Two-digit years from this one up are read as 19xx, below {@link #LAST_SHORT_YEAR} as 20xx; between, rejected. */
  private static final int FIRST_OLD_SHORT_YEAR = MIN_YEAR % 100;
  private static final int LAST_SHORT_YEAR = 50;

  private static final Map<String, Integer> MONTHS = months();
  private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT);
  private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT);
  private static final DateTimeFormatter OFFSET_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);

  private DateParser() {}

  /** Parses a machine-written date (attribute values, JSON-LD, HTTP dates); null when unreadable or implausible. */
  static String parseMachine(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.trim();
    Matcher m = ISO.matcher(v);
    if (m.find()) {
      return iso(m);
    }
    try {
      return plausible(ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime());
    } catch (DateTimeException e) {
      // not an HTTP date; try the other forms
    }
    m = COMPACT.matcher(v);
    if (m.find()) {
      return ymd(m.group(1), m.group(2), m.group(3));
    }
    m = EPOCH.matcher(v);
    if (m.find()) {
      return plausible(Instant.ofEpochSecond(Long.parseLong(m.group(1))).atOffset(ZoneOffset.UTC));
    }
    return findInText(v);
  }

  /** Finds the first plausible human-written date in {@code text}; null when there is none. */
  static String findInText(String text) {
    if (text == null) {
      return null;
    }
    String best = null;
    int bestAt = Integer.MAX_VALUE;
    Matcher m = TEXT_MDY.matcher(text);
    while (m.find() && m.start() < bestAt) {
      Integer month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
      String d = month == null ? null : ymd(m.group(3), month, m.group(2));
      if (d != null) {
        best = d;
        bestAt = m.start();
        break;
      }
    }
    m = TEXT_DMY.matcher(text);
    while (m.find() && m.start() < bestAt) {
      Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
      String d = month == null ? null : ymd(m.group(3), month, spanStart(text, m.start(), m.group(1)));
      if (d != null) {
        best = d;
        bestAt = m.start();
        break;
      }
    }
    m = NUM_YMD.matcher(text);
    while (m.find() && m.start() < bestAt) {
      String d = ymd(m.group(1), m.group(3), m.group(4));
      if (d != null) {
        best = d;
        bestAt = m.start();
        break;
      }
    }
    m = NUM_DMY.matcher(text);
    while (m.find() && m.start() < bestAt) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(3));
      boolean monthFirst = m.group(2).equals("/") && a <= 12;
      String d = monthFirst ? ymd(m.group(4), a, String.valueOf(b)) : ymd(m.group(4), b, String.valueOf(a));
      if (d != null) {
        best = d;
        bestAt = m.start();
        break;
      }
    }
    return best;
  }

  /**
   * The day a span of days starts on, when the day-month-year date at {@code at} ends one ({@code "14. - 20. Januar
   * 2022"} starts on the 14th), else {@code day}: a weekly report or an event is dated by its first day.
   */
  private static String spanStart(String text, int at, String day) {
    Matcher m = SPAN_START.matcher(text).region(Math.max(0, at - SPAN_START_CHARS), at).useTransparentBounds(true);
    return m.find() && Integer.parseInt(m.group(1)) < Integer.parseInt(day) ? m.group(1) : day;
  }

  /**
   * Finds the first numeric date with a two-digit year, {@code 28.01.22} or {@code 26/10/13}, read like the four-digit
   * forms of {@link #findInText}; null when there is none. Such dates are also version numbers and scores, so callers
   * use this only inside elements that say they hold a date. Years 90-99 are read as 19xx, 00-49 as 20xx, others
   * rejected: {@code "Party, 30.10.23"} gives {@code "2023-10-30"}.
   */
  static String findShortYear(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = NUM_SHORT_YEAR.matcher(text);
    while (m.find()) {
      int yy = Integer.parseInt(m.group(4));
      if (yy >= LAST_SHORT_YEAR && yy < FIRST_OLD_SHORT_YEAR) {
        continue;
      }
      String year = String.valueOf((yy >= FIRST_OLD_SHORT_YEAR ? 1900 : 2000) + yy);
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(3));
      boolean monthFirst = m.group(2).equals("/") && a <= 12;
      String d = monthFirst ? ymd(year, a, String.valueOf(b)) : ymd(year, b, String.valueOf(a));
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  private static String iso(Matcher m) {
    try {
      LocalDate date =
          LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      if (m.group(4) == null) {
        return plausible(date);
      }
      int second = m.group(6) == null ? 0 : Math.min(59, Integer.parseInt(m.group(6)));
      LocalDateTime local = date.atTime(Integer.parseInt(m.group(4)) % 24, Integer.parseInt(m.group(5)), second);
      if (m.group(7) == null) {
        return plausible(date) == null ? null : LOCAL_TIME.format(local);
      }
      return plausible(local.atOffset(offset(m.group(7))));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static ZoneOffset offset(String o) {
    if (o.equals("Z") || o.equals("UTC") || o.equals("GMT")) {
      return ZoneOffset.UTC;
    }
    String digits = o.substring(1).replace(":", "");
    int hours = Integer.parseInt(digits.substring(0, 2));
    int minutes = digits.length() >= 4 ? Integer.parseInt(digits.substring(2, 4)) : 0;
    int sign = o.charAt(0) == '-' ? -1 : 1;
    return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
  }

  private static String ymd(String year, String month, String day) {
    return ymd(year, Integer.parseInt(month), day);
  }

  private static String ymd(String year, int month, String day) {
    try {
      return plausible(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static String plausible(LocalDate date) {
    return date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR ? null : date.toString();
  }

  /** The time with its offset, {@code Z} for UTC; seconds always written, fractions dropped. */
  private static String plausible(OffsetDateTime time) {
    if (plausible(time.toLocalDate()) == null) {
      return null;
    }
    DateTimeFormatter format = time.getOffset().getTotalSeconds() == 0 ? UTC_TIME : OFFSET_TIME;
    return format.format(time.truncatedTo(ChronoUnit.SECONDS));
  }

  private static Map<String, Integer> months() {
    String[][] names = {
      {"january", "jan", "januar", "jänner", "janvier", "enero", "gennaio", "janeiro", "januari", "ene", "gen"},
      {"february", "feb", "februar", "février", "fevrier", "febrero", "febbraio", "fevereiro", "februari", "févr",
        "fev", "fév"},
      {"march", "mar", "märz", "maerz", "mär", "mars", "marzo", "março", "maart", "mrz"},
      {"april", "apr", "avril", "abril", "aprile", "avr", "abr"},
      {"may", "mai", "mayo", "maggio", "maio", "mei", "mag"},
      {"june", "jun", "juni", "juin", "junio", "giugno", "junho", "giu"},
      {"july", "jul", "juli", "juillet", "julio", "luglio", "julho", "juil", "lug"},
      {"august", "aug", "août", "aout", "agosto", "augustus", "ago"},
      {"september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "setembro", "set"},
      {"october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "outubro", "ott", "out"},
      {"november", "nov", "novembre", "noviembre", "novembro"},
      {"december", "dec", "dezember", "dez", "décembre", "decembre", "diciembre", "dicembre", "dezembro", "dic",
        "déc"}
    };
    java.util.HashMap<String, Integer> map = new java.util.HashMap<>();
    for (int i = 0; i < names.length; i++) {
      for (String n : names[i]) {
        map.put(n, i + 1);
      }
    }
    return Map.copyOf(map);
  }
}
