#!/usr/bin/env python3
"""Fills French translations into entente_fr.ts for the strings listed here.
Run after `cmake --build build --target update_translations`; strings not listed stay
unfinished (shown in English)."""
import sys
import xml.etree.ElementTree as ET

FR = {
    'Browse': 'Parcourir',
    'Sortable tables of the events, actors and relations in the filter': 'Tableaux triables des événements, acteurs et relations du filtre',
    'Events (%L1)': 'Événements (%L1)',
    'Actors (%L1)': 'Acteurs (%L1)',
    'Relations (%L1)': 'Relations (%L1)',
    'Date': 'Date',
    'Event': 'Événement',
    'Type': 'Type',
    'Place': 'Lieu',
    'Participants': 'Participants',
    'Evidence': 'Preuves',
    'Actor': 'Acteur',
    'Kind': 'Nature',
    'Country': 'Pays',
    'Events': 'Événements',
    'Relations': 'Relations',
    'Source': 'Source',
    'Relation': 'Relation',
    'Target': 'Cible',
    'Valid': 'Validité',
    'Via': 'Via',
    'undated': 'non daté',
    'as reported, %1': 'selon les articles, %1',
    'The events in the time window and filter': 'Les événements de la fenêtre temporelle et du filtre',
    'The actors of the visible events and relations': 'Les acteurs des événements et relations visibles',
    'The relations valid in the time window and filter': 'Les relations valides dans la fenêtre temporelle et le filtre',
    'Export &Data': 'Exporter les &données',
    '&CSV Tables…': 'Tableaux &CSV…',
    '&brat Documents…': 'Documents &brat…',
    'Events, actors and relations as three CSV files, for spreadsheets': 'Événements, acteurs et relations en trois fichiers CSV, pour les tableurs',
    'Each article with its annotations as brat .txt and .ann files': 'Chaque article avec ses annotations en fichiers brat .txt et .ann',
    'Export Data': 'Exporter les données',
    'Open a project first.': "Ouvrez d'abord un projet.",
    'Folder for the CSV Tables': 'Dossier des tableaux CSV',
    'Folder for the brat Documents': 'Dossier des documents brat',
    'Fatalities': 'Victimes',
    'Notes': 'Notes',
    'Source scale': 'Échelle de la source',
    'Location precision': 'Précision du lieu',
    'Date precision': 'Précision de la date',
    'Goldstein scale': 'Échelle de Goldstein',
    'Quad class': 'Classe QuadClass',
    'Mentions': 'Mentions',
    'Average tone': 'Ton moyen',
    'Source link': 'Lien de la source',
    'No text to quote: this source records only a link.': 'Aucun texte à citer : cette source ne donne qu’un lien.',
    'Open the source in the web browser': 'Ouvrir la source dans le navigateur',
    'The source has no text in this project; follow its link': 'La source n’a pas de texte dans ce projet ; suivez son lien',
    'The files have errors; nothing was imported.': "Les fichiers contiennent des erreurs ; rien n'a été importé.",
    'Cancel': 'Annuler',
    'Filter': 'Filtre',
    'Search actors and events… (Ctrl+F)': 'Rechercher acteurs et événements… (Ctrl+F)',
    'Shows only events whose title or participants match, and relations whose actors match by name or alias':
        'N’affiche que les événements dont le titre ou les participants correspondent, et les relations dont les acteurs correspondent par nom ou alias',
    'Event types': "Types d'événements",
    'Show only some event types': "N'afficher que certains types d'événements",
    'Relation types': 'Types de relations',
    'Show only some relation types': "N'afficher que certains types de relations",
    'Clear window': 'Effacer la fenêtre',
    'Show the whole time range again (Esc in the timeline)': 'Réafficher toute la période (Échap dans la frise)',
    'Window: %1 – %2': 'Fenêtre : %1 – %2',
    'Window: all time': 'Fenêtre : toute la période',
    'Event types (%1)': "Types d'événements (%1)",
    'Relation types (%1)': 'Types de relations (%1)',
    'Import': 'Importation',
    'Copy': 'Copier',
    'Copy the summary and every message to the clipboard': 'Copier le résumé et tous les messages dans le presse-papiers',
    'articles': 'articles', 'actors': 'acteurs', 'places': 'lieux', 'events': 'événements', 'relations': 'relations',
    '%1: %2 added, %3 updated, %4 unchanged': '%1 : %2 ajoutés, %3 modifiés, %4 inchangés',
    'changed %1 %2.%3: %4 → %5': 'modifié %1 %2.%3 : %4 → %5',
    'Imported %1.': '%1 importé.',
    'Entente': 'Entente',
    'Actor map': 'Carte des acteurs',
    'Support network': 'Réseau de soutiens',
    'Evidence': 'Preuves',
    'Timeline': 'Frise chronologique',
    '&File': '&Fichier',
    '&New Project…': '&Nouveau projet…',
    '&Open…': '&Ouvrir…',
    'Open a project (.entente) or a corpus (.json) as a new project': 'Ouvrir un projet (.entente) ou un corpus (.json) comme nouveau projet',
    '&Import into Project…': '&Importer dans le projet…',
    'Load &Map Layer…': 'Charger une &couche cartographique…',
    'Draw a GeoJSON file (regions, front lines, sites) over the actor map':
        'Dessiner un fichier GeoJSON (régions, lignes de front, sites) sur la carte des acteurs',
    'Open &Recent': 'Ouvrir un fichier &récent',
    'Open &Demo': 'Ouvrir la &démo',
    '&Export…': '&Exporter…',
    'Export a view or the analyst report as PDF, SVG or PNG': "Exporter une vue ou le rapport d'analyse en PDF, SVG ou PNG",
    '&Quit': '&Quitter',
    '&Go': '&Aller',
    '&Back': '&Précédent',
    '&Forward': '&Suivant',
    'Clear &Selection': 'Effacer la &sélection',
    'Clear Time &Window': 'Effacer la &fenêtre temporelle',
    '&Find…': '&Rechercher…',
    '&View': '&Affichage',
    '&Reset Layout': '&Réinitialiser la disposition',
    '&Help': 'Ai&de',
    '&About Entente': '&À propos d’Entente',
    'About Entente': 'À propos d’Entente',
    'Entente %1\nTimelines, actor maps and support networks from annotated news articles.':
        'Entente %1\nFrises, cartes des acteurs et réseaux de soutiens à partir d’articles de presse annotés.',
    '%1 — Entente': '%1 — Entente',
    '%1 of %2 events · %3 of %4 actors · %5 of %6 relations': '%1 sur %2 événements · %3 sur %4 acteurs · %5 sur %6 relations',
    'Open': 'Ouvrir',
    'Projects and corpora (*.entente *.json);;Entente projects (*.entente);;Corpus files (*.json);;All files (*)':
        'Projets et corpus (*.entente *.json);;Projets Entente (*.entente);;Fichiers de corpus (*.json);;Tous les fichiers (*)',
    'Import into Project': 'Importer dans le projet',
    'Corpus files (*.json);;All files (*)': 'Fichiers de corpus (*.json);;Tous les fichiers (*)',
    'New Project': 'Nouveau projet',
    'Entente projects (*.entente)': 'Projets Entente (*.entente)',
    'The project %1 does not exist.': "Le projet %1 n'existe pas.",
    'Could not create the project %1.': 'Impossible de créer le projet %1.',
    'Open or create a project before importing several files.': "Ouvrez ou créez un projet avant d'importer plusieurs fichiers.",
    'Could not unpack the demo corpus.': "Impossible d'extraire le corpus de démonstration.",
    'Could not open the project %1.': "Impossible d'ouvrir le projet %1.",
    'The import failed; the project was left as it was.': "L'importation a échoué ; le projet est resté tel quel.",
    'Opening %1…': 'Ouverture de %1…',
    '&Lanes:': '&Lignes :',
    'Actors': 'Acteurs',
    'One lane per actor, or one per event type': "Une ligne par acteur, ou une par type d'événement",
    'Fit': 'Tout afficher',
    'Show every event (Home, or double-click the timeline)': 'Afficher tous les événements (Début, ou double-clic sur la frise)',
    'Zoom in': 'Zoom avant',
    'Zoom in around the centre (+, or the mouse wheel)': 'Zoom avant autour du centre (+, ou la molette)',
    'Zoom out': 'Zoom arrière',
    'Zoom out around the centre (-, or the mouse wheel)': 'Zoom arrière autour du centre (-, ou la molette)',
    'Fold all': 'Tout replier',
    'Fold every lane to a density strip': 'Replier chaque ligne en bande de densité',
    'Unfold all': 'Tout déplier',
    'Unfold every lane': 'Déplier chaque ligne',
    'Show all dates in the other views again (Esc)': 'Réafficher toutes les dates dans les autres vues (Échap)',
    'Legend': 'Légende',
    'Show or hide the legend': 'Afficher ou masquer la légende',
    'Nothing selected. Click an event on the timeline, an actor or a line on the map or in the network to read the evidence behind it.':
        'Rien de sélectionné. Cliquez sur un événement de la frise, un acteur ou une ligne de la carte ou du réseau pour lire les preuves qui les fondent.',
}
PLURAL = {
    '%1 could not be imported: %n error(s). Nothing was imported; the project is unchanged.':
        ('%1 n’a pas pu être importé : %n erreur. Rien n’a été importé ; le projet est inchangé.',
         '%1 n’a pas pu être importé : %n erreurs. Rien n’a été importé ; le projet est inchangé.'),
    'Importing %n file(s)…': ('Importation de %n fichier…', 'Importation de %n fichiers…'),
    'Wrote %n file(s) into %1.': ('%n fichier écrit dans %1.', '%n fichiers écrits dans %1.'),
}

def main(path):
    tree = ET.parse(path)
    done = 0
    for message in tree.getroot().iter('message'):
        source = message.find('source').text
        translation = message.find('translation')
        if source in PLURAL:
            translation.attrib.pop('type', None)
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in PLURAL[source]:
                ET.SubElement(translation, 'numerusform').text = form
            done += 1
        elif source in FR:
            translation.attrib.pop('type', None)
            translation.text = FR[source]
            done += 1
    tree.write(path, encoding='utf-8', xml_declaration=True)
    print(f'{done} messages translated')

if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else 'translations/entente_fr.ts')
