package id.warta.article;

import java.util.List;

/** An organisation an article mentions ("NATO", "DPR"), with the places in the body that name it. */
public record OrganizationMention(String name, List<Span> mentions) {
    public OrganizationMention {
        mentions = List.copyOf(mentions);
    }
}
