package id.warta.extract;
import id.warta.article.ArticleEntities;
/** TEMPORARY stub until the extract branch merges. */
public final class EntityExtractor {
    public ArticleEntities extract(String title, String body) { return ArticleEntities.NONE; }
}
