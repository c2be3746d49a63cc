package id.warta.ingest;

/** Why a record was not indexed, with the record as read, for the rejects file and the summary. */
public record Rejection(String location, String record, String reason) {

    /** The reason without its details ("invalid UTF-8 at byte 12" -> "invalid UTF-8"), for counting. */
    public String kind() {
        int cut = reason.length();
        for (String stop : new String[] {" at ", " (", ": ", " of "}) {
            int i = reason.indexOf(stop);
            if (i > 0 && i < cut) {
                cut = i;
            }
        }
        return reason.substring(0, cut);
    }
}
