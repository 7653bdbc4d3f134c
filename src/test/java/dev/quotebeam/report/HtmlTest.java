package dev.quotebeam.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class HtmlTest {
  @Test
  void textEscapesMarkupAndQuotes() {
    assertEquals("&lt;b onclick=&quot;x&#39;&quot;&gt;A&amp;B&lt;/b&gt;", Html.text("<b onclick=\"x'\">A&B</b>"));
  }

  @Test
  void textOfNullIsEmpty() {
    assertEquals("", Html.text(null));
  }

  @Test
  void scriptJsonCannotCloseTheScriptElementAndKeepsItsValue() throws Exception {
    ObjectMapper json = new ObjectMapper();
    String value = "</script><script>alert(1)</script><!-- & \u2028";
    String safe = Html.scriptJson(json.writeValueAsString(value));
    assertEquals(-1, safe.indexOf('<'));
    assertEquals(-1, safe.indexOf('\u2028'));
    assertEquals(value, json.readValue(safe, String.class));
  }
}
