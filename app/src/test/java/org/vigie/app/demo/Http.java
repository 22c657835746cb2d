package org.vigie.app.demo;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Real HTTP against the replay sites, and namespace-aware XML parsing of what they answer. */
final class Http {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private Http() {}

  static HttpResponse<String> get(URI uri, String... headers) {
    return send(HttpRequest.newBuilder(uri).GET(), headers);
  }

  static HttpResponse<String> head(URI uri, String... headers) {
    return send(HttpRequest.newBuilder(uri).HEAD(), headers);
  }

  private static HttpResponse<String> send(HttpRequest.Builder b, String... headers) {
    b.timeout(Duration.ofSeconds(10)).header("User-Agent", "VigieTest/1.0");
    if (headers.length > 0) b.headers(headers);
    try {
      return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static Document xml(String text) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      return f.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + text, e);
    }
  }

  /** Text of every element with this local name, in any namespace. */
  static List<String> texts(Document doc, String localName) {
    NodeList nodes = doc.getElementsByTagNameNS("*", localName);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) out.add(nodes.item(i).getTextContent().strip());
    return out;
  }

  /** The {@code href} of every Atom {@code link rel=alternate}. */
  static List<String> atomLinks(Document doc) {
    NodeList nodes = doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      var e = (org.w3c.dom.Element) nodes.item(i);
      if (e.getAttribute("rel").equals("alternate") && e.getParentNode().getLocalName().equals("entry")) {
        out.add(e.getAttribute("href"));
      }
    }
    return out;
  }
}
