package org.probation.analytics.importing.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.probation.analytics.importing.pdf.FontSet.Face;
import org.probation.analytics.importing.pdf.Inline.Run;

/**
 * Runs cut into words (a word is what lies between spaces, whatever its styles: "Good" and a raised "11" make one
 * word) and words filled into lines of a width. Optionally a long word (9 letters or more) that does not fit at
 * the end of a line is hyphenated ("desist-" / "ance"). A word wider than a whole line is cut where it must,
 * without a hyphen, so that no character is lost.
 */
final class LineBreaker {

    /** Text printed in one font, size and baseline shift. */
    record Piece(String text, PDFont font, float size, float rise, boolean underline, float width) {}

    /** @param space the width of a space after it, in its last font */
    record Word(List<Piece> pieces, float width, float space) {
        String text() {
            return pieces.stream().map(Piece::text).reduce("", String::concat);
        }
    }

    /** @param last the last line of its paragraph (not stretched when justifying) */
    record Line(List<Word> words, float width, boolean last) {}

    static final float SUP_SCALE = 0.6f;
    static final float SUP_RISE = 0.35f;
    private static final Pattern HYPHENABLE = Pattern.compile("\\p{L}{9,}[,.;:?!)]*");

    private LineBreaker() {}

    static List<Word> words(List<Run> runs, Face base, float size, FontSet fonts, int seedLine) {
        List<Word> words = new ArrayList<>();
        List<Piece> current = new ArrayList<>();
        for (Run run : runs) {
            Face face = base == Face.BOLD || run.style().bold()
                    ? Face.BOLD
                    : run.style().italic() ? Face.ITALIC : base;
            float s = run.style().sup() ? Math.max(5.5f, size * SUP_SCALE) : size;
            float rise = run.style().sup() ? size * SUP_RISE : 0;
            StringBuilder pending = new StringBuilder();
            String text = run.text();
            for (int i = 0; i <= text.length(); i++) {
                boolean end = i == text.length();
                if (!end && !Character.isWhitespace(text.charAt(i))) {
                    pending.append(text.charAt(i));
                    continue;
                }
                for (FontSet.Segment seg : fonts.segments(pending.toString(), face, seedLine)) {
                    current.add(new Piece(
                            seg.text(),
                            seg.font(),
                            s,
                            rise,
                            run.style().underline(),
                            FontSet.width(seg.font(), seg.text(), s)));
                }
                pending.setLength(0);
                if (!end && !current.isEmpty()) {
                    words.add(word(current));
                    current = new ArrayList<>();
                }
            }
        }
        if (!current.isEmpty()) {
            words.add(word(current));
        }
        return words;
    }

    static List<Line> wrap(List<Word> words, float maxWidth, boolean hyphenate) {
        List<Line> lines = new ArrayList<>();
        List<Word> line = new ArrayList<>();
        float width = 0;
        List<Word> todo = new ArrayList<>(words);
        for (int i = 0; i < todo.size(); i++) {
            Word w = todo.get(i);
            float gap = line.isEmpty() ? 0 : line.getLast().space();
            if (width + gap + w.width() <= maxWidth) {
                line.add(w);
                width += gap + w.width();
                continue;
            }
            if (!line.isEmpty()) {
                Word[] parts = hyphenate ? hyphenated(w, maxWidth - width - gap) : null;
                if (parts != null) {
                    line.add(parts[0]);
                    width += gap + parts[0].width();
                    todo.add(i + 1, parts[1]);
                } else {
                    i--;
                }
                lines.add(new Line(line, width, false));
                line = new ArrayList<>();
                width = 0;
                continue;
            }
            Word[] parts = cut(w, maxWidth);
            lines.add(new Line(List.of(parts[0]), parts[0].width(), false));
            todo.add(i + 1, parts[1]);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(new Line(line, width, true));
        } else {
            Line l = lines.removeLast();
            lines.add(new Line(l.words(), l.width(), true));
        }
        return lines;
    }

    /** The longest head of a long word that fits in {@code room} with a hyphen, and the rest; null if none. */
    private static Word[] hyphenated(Word w, float room) {
        if (w.pieces().size() != 1 || w.pieces().getFirst().rise() != 0) {
            return null;
        }
        Piece p = w.pieces().getFirst();
        if (!HYPHENABLE.matcher(p.text()).matches()) {
            return null;
        }
        int letters = p.text().replaceAll("\\P{L}", "").length();
        for (int k = letters - 3; k >= 4; k--) {
            String head = p.text().substring(0, k) + "-";
            float width = FontSet.width(p.font(), head, p.size());
            if (width <= room) {
                return new Word[] {
                    word(List.of(piece(p, head))),
                    word(List.of(piece(p, p.text().substring(k))))
                };
            }
        }
        return null;
    }

    /** A word wider than a line: as many characters as fit (at least one), and the rest. */
    private static Word[] cut(Word w, float maxWidth) {
        String text = w.text();
        int fit = 1;
        for (int k = text.length() - 1; k >= 1; k--) {
            if (split(w, k)[0].width() <= maxWidth) {
                fit = k;
                break;
            }
        }
        return split(w, fit);
    }

    private static Word[] split(Word w, int at) {
        List<Piece> head = new ArrayList<>();
        List<Piece> tail = new ArrayList<>();
        int seen = 0;
        for (Piece p : w.pieces()) {
            int len = p.text().length();
            if (seen + len <= at) {
                head.add(p);
            } else if (seen >= at) {
                tail.add(p);
            } else {
                head.add(piece(p, p.text().substring(0, at - seen)));
                tail.add(piece(p, p.text().substring(at - seen)));
            }
            seen += len;
        }
        return new Word[] {word(head), word(tail)};
    }

    private static Piece piece(Piece like, String text) {
        return new Piece(
                text,
                like.font(),
                like.size(),
                like.rise(),
                like.underline(),
                FontSet.width(like.font(), text, like.size()));
    }

    private static Word word(List<Piece> pieces) {
        float width = 0;
        for (Piece p : pieces) {
            width += p.width();
        }
        Piece last = pieces.getLast();
        float size = last.rise() != 0 ? last.size() / SUP_SCALE : last.size();
        return new Word(List.copyOf(pieces), width, FontSet.width(last.font(), " ", size));
    }
}
