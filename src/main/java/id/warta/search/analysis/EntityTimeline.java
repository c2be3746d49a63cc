package id.warta.search.analysis;

import id.warta.search.WordMatch;

import java.util.List;

/**
 * How attention moves: for each entity, matching articles per {@code interval} (day, week, month or year)
 * in calendar days of {@code zone}. Every entity has the same buckets, empty ones with zero: from the
 * search's first day to its last, or, where the range is open, from the first to the last mention of
 * any of the entities.
 */
public record EntityTimeline(WordMatch match, String interval, String zone, List<EntitySeries> entities) {

    public EntityTimeline {
        entities = List.copyOf(entities);
    }
}
