package id.warta.article;

import java.util.List;

/**
 * A person an article mentions, under one canonical full name ("Mark Rutte"), with every place in
 * the body that names them, including a surname alone ("Rutte"). A person named only in the title
 * has no spans.
 */
public record PersonMention(String name, List<Span> mentions) {
    public PersonMention {
        mentions = List.copyOf(mentions);
    }
}
