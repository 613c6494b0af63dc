package fr.passerelle.catalogue.quality;

import fr.passerelle.account.AccountRef;
import fr.passerelle.catalogue.Offer;
import fr.passerelle.catalogue.OfferEditor;
import fr.passerelle.catalogue.OfferStatus;
import jakarta.inject.Singleton;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The quality reports operators work from: one offer's criteria, and a structure's to-do list.
 * Who may see what is {@link OfferEditor}'s rule, never re-written here.
 */
@Singleton
public class OfferQuality {

    private final OfferEditor editor;
    private final QualityScorer scorer;

    public OfferQuality(OfferEditor editor, QualityScorer scorer) {
        this.editor = editor;
        this.scorer = scorer;
    }

    /** A public offer's report for anyone; a draft's only for those who may edit or moderate it. */
    public QualityReport report(String offerId, Optional<AccountRef> who) {
        return scorer.score(editor.readable(offerId, who));
    }

    /**
     * The structure's offers that are not archived, lowest score first (then by name): what to
     * complete first. Only its operators and administrators may ask.
     */
    public List<ScoredOffer> todo(String structureId, AccountRef who) {
        return editor.offersOf(structureId, who).stream()
                .filter(o -> o.lifecycle().status() != OfferStatus.ARCHIVEE)
                .map(o -> new ScoredOffer(o, scorer.score(o)))
                .sorted(Comparator.comparingDouble((ScoredOffer s) -> s.report().score())
                        .thenComparing(s -> s.offer().nom(), String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    public record ScoredOffer(Offer offer, QualityReport report) {
    }
}
