package fr.passerelle.orientation;

import java.util.UUID;

/** One notification to one account about one request. */
record Notice(long accountId, UUID orientationId, NoticeKind kind) {
}
