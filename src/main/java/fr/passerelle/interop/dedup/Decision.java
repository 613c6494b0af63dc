package fr.passerelle.interop.dedup;

/** An admin's word on two offers: they belong together (merge) or not (split). */
record Decision(String offerId, String otherId, boolean together) {

    /** The stored order: one row per unordered pair. */
    static Decision of(String a, String b, boolean together) {
        return a.compareTo(b) < 0 ? new Decision(a, b, together) : new Decision(b, a, together);
    }
}
