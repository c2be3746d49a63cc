package id.warta.article;

import java.util.List;

/**
 * A person an article mentions, under one canonical full name ("Mark Rutte"), with every place in
 * the body that names them, including a surname alone ("Rutte"). Persons are those the body names,
 * so the list of mentions is never empty.
 */
public record PersonMention(String name, List<Span> mentions) {
    public PersonMention {
        mentions = List.copyOf(mentions);
    }
}
