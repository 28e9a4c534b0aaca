package io.notelint.fhir;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Binary;

/**
 * A note's text from its attachment: inline {@code data} (base64) or a {@code url} naming a {@code Binary}
 * of the same input; {@code text/plain} and {@code text/markdown} as they are, {@code text/html} as the
 * text a reader sees ({@link HtmlText}). A PDF, an image or any other non-text type is refused, as is an
 * attachment with no data, data that is not base64 or not UTF-8, and a url that resolves nowhere.
 */
final class AttachmentText {

    private AttachmentText() {
    }

    /**
     * @param ref     the note, for messages
     * @param binary  finds a Binary by reference ({@code Binary/x}, or {@code #x} contained), or null
     */
    static String of(String ref, List<Attachment> attachments, Function<String, Binary> binary) throws MappingException {
        if (attachments.isEmpty()) {
            throw new MappingException("missing-attachment", ref + ": no content.attachment holds the note's text");
        }
        Attachment chosen = null;
        for (Attachment a : attachments) {
            if (isText(type(a))) {
                chosen = a;
                break;
            }
        }
        if (chosen == null) {
            String t = type(attachments.get(0));
            throw new MappingException("unsupported-attachment", ref + ": the attachment is " + t
                    + "; NoteLint reads text/plain, text/markdown and text/html");
        }
        String type = type(chosen);
        byte[] bytes;
        if (chosen.hasDataElement() && chosen.getDataElement().getValueAsString() != null) {
            bytes = base64(ref, chosen.getDataElement().getValueAsString());
        } else if (chosen.hasUrl()) {
            String url = chosen.getUrl();
            Binary b = binary.apply(url.startsWith("#") ? url : Refs.of(new org.hl7.fhir.r4.model.Reference(url)));
            if (b == null) {
                throw new MappingException("unresolved-reference", ref + ": the attachment's url " + safe(url)
                        + " names no Binary in this input");
            }
            if (b.hasContentType() && !isText(b.getContentType().toLowerCase(Locale.ROOT))) {
                throw new MappingException("unsupported-attachment", ref + ": the attachment is "
                        + b.getContentType() + "; NoteLint reads text/plain, text/markdown and text/html");
            }
            if (!b.hasDataElement() || b.getDataElement().getValueAsString() == null) {
                throw new MappingException("missing-attachment", ref + ": the Binary its url names has no data");
            }
            bytes = base64(ref, b.getDataElement().getValueAsString());
        } else {
            throw new MappingException("missing-attachment", ref + ": the attachment has neither data nor a url");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new MappingException("invalid-utf8", ref + ": the attachment's text is not UTF-8");
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return type.startsWith("text/html") ? HtmlText.toText(text) : text;
    }

    /** The attachment's media type in lower case; no type is read as text/plain. */
    private static String type(Attachment a) {
        return a.hasContentType() ? a.getContentType().toLowerCase(Locale.ROOT).trim() : "text/plain";
    }

    private static boolean isText(String type) {
        return type.startsWith("text/plain") || type.startsWith("text/markdown") || type.startsWith("text/html")
                || type.startsWith("text/x-markdown");
    }

    private static byte[] base64(String ref, String data) throws MappingException {
        try {
            return Base64.getMimeDecoder().decode(strictChars(data));
        } catch (IllegalArgumentException e) {
            throw new MappingException("invalid-attachment", ref + ": the attachment's data is not valid base64");
        }
    }

    /** The MIME decoder skips foreign characters; a note's data must be base64 and nothing else. */
    private static String strictChars(String data) {
        for (int i = 0; i < data.length(); i++) {
            char c = data.charAt(i);
            if (!(Character.isLetterOrDigit(c) && c < 128) && c != '+' && c != '/' && c != '=' && !Character.isWhitespace(c)) {
                throw new IllegalArgumentException("not base64");
            }
        }
        return data;
    }

    /** A url in a message: it is an address, not note text, but kept short. */
    private static String safe(String url) {
        return url.length() > 80 ? url.substring(0, 80) + "..." : url;
    }
}
