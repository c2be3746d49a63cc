package id.warta.search;

import id.warta.WartaException;

/** No article has this id. The API answers 404. */
public class ArticleNotFoundException extends WartaException {

    public ArticleNotFoundException(String id) {
        super("no article has the id '" + id + "'");
    }
}
