/**
 * The orientation room's pages: "Je suis intéressé(e)" on an offer page, a beneficiary's
 * "Mes demandes", a referent's validation queue and a structure's inbox. Every rule stays in
 * {@code OrientationService}; these views only ask it and show its answers.
 */
package fr.passerelle.orientation.ui;
