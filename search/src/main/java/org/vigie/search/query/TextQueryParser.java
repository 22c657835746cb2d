package org.vigie.search.query;

import java.util.ArrayList;
import java.util.List;
import org.vigie.search.InvalidQueryException;

/**
 * Parses the analyst's free text. Syntax (a subset of the Lucene/Elasticsearch query string that
 * both backends can honour identically): words, {@code "exact phrases"}, {@code OR} (or {@code
 * |}) between alternatives, {@code AND} (the default between words), {@code NOT word} or {@code
 * -word} to exclude, {@code +word} to require, and parentheses. Anything malformed raises {@link
 * InvalidQueryException} naming the position.
 */
public final class TextQueryParser {
  private final String input;
  private final List<Token> tokens;
  private int pos;

  private record Token(Kind kind, String text, int at) {}

  private enum Kind {
    WORD,
    PHRASE,
    OR,
    AND,
    NOT,
    PLUS,
    OPEN,
    CLOSE,
    END
  }

  private TextQueryParser(String input) {
    this.input = input;
    this.tokens = lex(input);
  }

  public static TextQuery parse(String text) {
    if (text == null || text.isBlank()) return new TextQuery.MatchAll();
    TextQueryParser p = new TextQueryParser(text);
    TextQuery q = p.orExpr();
    Token t = p.peek();
    if (t.kind != Kind.END) {
      throw new InvalidQueryException(t.kind == Kind.CLOSE ? "unbalanced ')'" : "unexpected '" + t.text + "'", t.at);
    }
    return q;
  }

  private TextQuery orExpr() {
    List<TextQuery> alternatives = new ArrayList<>();
    alternatives.add(andExpr());
    while (peek().kind == Kind.OR) {
      Token or = next();
      if (startsClause(peek().kind) == false) throw new InvalidQueryException("OR needs a term after it", or.at);
      alternatives.add(andExpr());
    }
    return alternatives.size() == 1 ? alternatives.getFirst() : new TextQuery.Any(alternatives);
  }

  private TextQuery andExpr() {
    List<TextQuery> required = new ArrayList<>();
    List<TextQuery> excluded = new ArrayList<>();
    Token first = peek();
    while (true) {
      Token t = peek();
      if (t.kind == Kind.AND) {
        next();
        if (startsClause(peek().kind) == false) throw new InvalidQueryException("AND needs a term after it", t.at);
        continue;
      }
      if (t.kind == Kind.NOT) {
        next();
        if (startsPrimary(peek().kind) == false) throw new InvalidQueryException("NOT needs a term after it", t.at);
        excluded.add(primary());
        continue;
      }
      if (t.kind == Kind.PLUS) {
        next();
        if (startsPrimary(peek().kind) == false) throw new InvalidQueryException("'+' needs a term after it", t.at);
        required.add(primary());
        continue;
      }
      if (startsPrimary(t.kind) == false) break;
      required.add(primary());
    }
    if (required.isEmpty() && excluded.isEmpty()) {
      Token t = peek();
      if (t.kind == Kind.END) throw new InvalidQueryException("a term is missing", first.at);
      throw new InvalidQueryException("unexpected '" + t.text + "'", t.at);
    }
    if (excluded.isEmpty() && required.size() == 1) return required.getFirst();
    return new TextQuery.All(required, excluded);
  }

  private TextQuery primary() {
    Token t = next();
    return switch (t.kind) {
      case WORD -> new TextQuery.Word(t.text);
      case PHRASE -> new TextQuery.Phrase(t.text);
      case OPEN -> {
        if (peek().kind == Kind.CLOSE) throw new InvalidQueryException("empty parentheses", t.at);
        TextQuery inner = orExpr();
        Token close = next();
        if (close.kind != Kind.CLOSE) throw new InvalidQueryException("unbalanced '(': no ')' closes it", t.at);
        yield inner;
      }
      default -> throw new InvalidQueryException("unexpected '" + t.text + "'", t.at);
    };
  }

  private static boolean startsPrimary(Kind k) {
    return k == Kind.WORD || k == Kind.PHRASE || k == Kind.OPEN;
  }

  private static boolean startsClause(Kind k) {
    return startsPrimary(k) || k == Kind.NOT || k == Kind.PLUS;
  }

  private Token peek() {
    return tokens.get(pos);
  }

  private Token next() {
    return tokens.get(pos++);
  }

  private static List<Token> lex(String s) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '"' || c == '«' || c == '“') {
        char closing = c == '«' ? '»' : c == '“' ? '”' : '"';
        int end = s.indexOf(closing, i + 1);
        if (end < 0) throw new InvalidQueryException("unbalanced quote: no closing " + closing, i);
        String phrase = s.substring(i + 1, end).strip();
        if (phrase.isEmpty()) throw new InvalidQueryException("empty phrase", i);
        out.add(new Token(Kind.PHRASE, phrase, i));
        i = end + 1;
      } else if (c == '(') {
        out.add(new Token(Kind.OPEN, "(", i++));
      } else if (c == ')') {
        out.add(new Token(Kind.CLOSE, ")", i++));
      } else if (c == '|') {
        out.add(new Token(Kind.OR, "|", i));
        i += (i + 1 < s.length() && s.charAt(i + 1) == '|') ? 2 : 1;
      } else if ((c == '-' || c == '+') && (i + 1 < s.length()) && isWordStart(s.charAt(i + 1))) {
        out.add(new Token(c == '-' ? Kind.NOT : Kind.PLUS, String.valueOf(c), i++));
      } else {
        int start = i;
        while (i < s.length() && !Character.isWhitespace(s.charAt(i)) && "()\"|«»“”".indexOf(s.charAt(i)) < 0) i++;
        String w = s.substring(start, i);
        switch (w) {
          case "OR" -> out.add(new Token(Kind.OR, w, start));
          case "AND", "&&" -> out.add(new Token(Kind.AND, w, start));
          case "NOT" -> out.add(new Token(Kind.NOT, w, start));
          default -> out.add(new Token(Kind.WORD, w, start));
        }
      }
    }
    out.add(new Token(Kind.END, "end of query", s.length()));
    return out;
  }

  private static boolean isWordStart(char c) {
    return !Character.isWhitespace(c) && c != ')' && c != '-' && c != '+';
  }

  @Override
  public String toString() {
    return "TextQueryParser[" + input + "]";
  }
}
