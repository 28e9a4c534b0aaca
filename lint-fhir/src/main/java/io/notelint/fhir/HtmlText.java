package io.notelint.fhir;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A FHIR narrative or a {@code text/html} attachment as plain text a reader would see: each paragraph,
 * heading, row and division on its own line (a blank line between paragraphs, so sections stay apart),
 * list items as {@code - item} lines, {@code <br>} a line break, every other tag dropped, entities decoded.
 */
final class HtmlText {

    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>|<!--.*?-->|<!\\[CDATA\\[.*?]]>|<![^>]*>|<\\?.*?\\?>",
            Pattern.DOTALL);
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final java.util.Set<String> PARAGRAPHS = java.util.Set.of("p", "div", "h1", "h2", "h3", "h4", "h5",
            "h6", "table", "ul", "ol", "section", "blockquote", "pre");
    private static final java.util.Set<String> LINES = java.util.Set.of("tr", "dt", "dd");
    private static final java.util.Set<String> DROPPED = java.util.Set.of("script", "style", "head", "title");

    private HtmlText() {
    }

    static String toText(String html) {
        StringBuilder out = new StringBuilder();
        Matcher m = TAG.matcher(html);
        int at = 0;
        String dropping = null;
        while (m.find()) {
            if (dropping == null) {
                appendText(out, html.substring(at, m.start()));
            }
            at = m.end();
            if (m.group(2) == null) {
                continue; // a comment or declaration
            }
            String tag = m.group(2).toLowerCase(Locale.ROOT);
            boolean closing = !m.group(1).isEmpty();
            if (dropping != null) {
                if (closing && tag.equals(dropping)) {
                    dropping = null;
                }
                continue;
            }
            if (DROPPED.contains(tag) && !closing && m.group(3).isEmpty()) {
                dropping = tag;
            } else if (tag.equals("br")) {
                out.append('\n');
            } else if (tag.equals("li")) {
                if (!closing) {
                    newline(out, 1);
                    out.append("- ");
                }
            } else if (PARAGRAPHS.contains(tag)) {
                newline(out, 2);
            } else if (LINES.contains(tag)) {
                newline(out, 1);
            } else if (tag.equals("td") || tag.equals("th")) {
                if (closing) {
                    out.append(' ');
                }
            }
        }
        if (dropping == null) {
            appendText(out, html.substring(at));
        }
        return tidy(out.toString());
    }

    /** Text between tags: runs of white space are one space, as a browser shows them. */
    private static void appendText(StringBuilder out, String raw) {
        String s = decode(raw.replaceAll("[ \\t\\r\\n\\f]+", " "));
        if (s.startsWith(" ") && (out.length() == 0 || out.charAt(out.length() - 1) == '\n' || out.charAt(out.length() - 1) == ' ')) {
            s = s.substring(1);
        }
        out.append(s);
    }

    /** Ends the current line and makes sure {@code count} line breaks end the text so far. */
    private static void newline(StringBuilder out, int count) {
        if (out.length() == 0) {
            return;
        }
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
        int have = 0;
        for (int i = out.length() - 1; i >= 0 && out.charAt(i) == '\n'; i--) {
            have++;
        }
        for (int i = have; i < count; i++) {
            out.append('\n');
        }
    }

    private static String tidy(String s) {
        String[] lines = s.split("\n", -1);
        StringBuilder out = new StringBuilder();
        int blank = 0;
        for (String line : lines) {
            String l = line.strip();
            if (l.isEmpty()) {
                blank++;
                continue;
            }
            if (out.length() > 0) {
                out.append(blank > 0 ? "\n\n" : "\n");
            }
            blank = 0;
            out.append(l);
        }
        return out.toString();
    }

    private static String decode(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String r;
            if (e.startsWith("#x") || e.startsWith("#X")) {
                r = codePoint(Integer.parseInt(e.substring(2), 16));
            } else if (e.startsWith("#")) {
                r = codePoint(Integer.parseInt(e.substring(1)));
            } else {
                r = switch (e) {
                    case "amp" -> "&";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "quot" -> "\"";
                    case "apos" -> "'";
                    case "nbsp" -> " ";
                    case "ndash" -> "\u2013";
                    case "mdash" -> "\u2014";
                    case "hellip" -> "\u2026";
                    default -> m.group();
                };
            }
            m.appendReplacement(out, Matcher.quoteReplacement(r));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String codePoint(int cp) {
        return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : "\uFFFD";
    }
}
