package fr.passerelle.interop.dedup.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import fr.passerelle.interop.dedup.DuplicateClusters;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * « Aussi référencé par : dora (Mission locale de Melun), … »: where else the same service is
 * published. Names sources and structures only. Offer pages link by path (/offres/…), so this
 * room does not import the catalogue's views.
 */
public final class AlsoListedBy {

    public static final String CLASS_NAME = "also-listed-by";
    private static final String OFFER_PATH = "/offres/";

    private AlsoListedBy() {
    }

    /** On a result card: plain text (the card's title is already its link). */
    public static Component inCard(DuplicateClusters.Mention mention) {
        Paragraph text = new Paragraph();
        text.addClassName(CLASS_NAME);
        List<DuplicateClusters.Listed> all = new ArrayList<>();
        if (mention.representative() != null) {
            all.add(mention.representative());
        }
        all.addAll(mention.others());
        text.setText(text.getTranslation("dedup.alsoListed") + " " + all.stream()
                .map(l -> text.getTranslation("dedup.alsoListed.item", l.source(), l.structure()))
                .collect(Collectors.joining(", ")));
        return text;
    }

    /** On an offer's page: each listing links to its own page; a member first points to the main one. */
    public static Component onPage(DuplicateClusters.Mention mention) {
        Div block = new Div();
        block.addClassNames(CLASS_NAME, "callout");
        if (mention.representative() != null) {
            DuplicateClusters.Listed main = mention.representative();
            Paragraph first = new Paragraph(new Text(block.getTranslation("dedup.mainOffer") + " "),
                    link(main, main.nom() + " — " + block.getTranslation("dedup.alsoListed.item", main.source(),
                            main.structure())));
            first.addClassName("also-listed-main");
            block.add(first);
        }
        if (!mention.others().isEmpty()) {
            Paragraph others = new Paragraph(new Text(block.getTranslation("dedup.alsoListed") + " "));
            for (int i = 0; i < mention.others().size(); i++) {
                DuplicateClusters.Listed other = mention.others().get(i);
                if (i > 0) {
                    others.add(new Text(", "));
                }
                others.add(link(other, block.getTranslation("dedup.alsoListed.item", other.source(),
                        other.structure())));
            }
            block.add(others);
        }
        return block;
    }

    private static Anchor link(DuplicateClusters.Listed listed, String text) {
        return new Anchor(OFFER_PATH + listed.offerId(), text);
    }
}
