<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>Entente::AcledImporter</name>
    <message numerus="yes">
        <source>%n more error(s) not listed</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>Entente::Basemap</name>
    <message>
        <source>the file has no country shapes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Entente::BratImporter</name>
    <message numerus="yes">
        <source>%n more error(s) not listed</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>Entente::Cli</name>
    <message>
        <source>Import corpus files into a project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print a project's counts, dates and actors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the support network of a time window (JSON, GEXF, GraphML)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export a view or the analyst report as PDF, SVG or PNG</source>
        <translation>Exporter une vue ou le rapport d'analyse en PDF, SVG ou PNG</translation>
    </message>
    <message>
        <source>Entente: timelines, actor maps and support networks from annotated news.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A project (.entente) or corpus (.json) to open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the bundled demo corpus.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save a PNG of the window once drawn, then quit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>trace, debug, info, warn, error or off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>entente: --log-level expects trace, debug, info, warn, error or off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the project's records as CSV tables or brat documents</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Entente::DataExport</name>
    <message>
        <source>%1: the folder cannot be created.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Entente::EvidenceSummary</name>
    <message>
        <source>unknown actor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2</source>
        <comment>place, country</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (explicit interval)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>as reported, on the articles' dates: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>undated: no interval given and no dated article; kept in every time window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>event title (date)</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown relation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source> (written %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>(%1)</source>
        <comment>participant role</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>CAMEO code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source> (mutual)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Aspect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid</source>
        <translation>Validité</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>Via</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>country name (code)</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also called</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Based in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>takes part in one event</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>takes part in %n events</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>via %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>undated</source>
        <translation>non daté</translation>
    </message>
    <message>
        <source>one quote</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n quotes</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>(%1)</source>
        <comment>relation details</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No relations recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>Event: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relation: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actor: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Selection</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n items selected</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Select %1 in every view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select the event “%1” and read its evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select the relation “%1” and read its evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing selected. Click an event on the timeline, an actor or a line on the map or in the network to read the evidence behind it.</source>
        <translation>Rien de sélectionné. Cliquez sur un événement de la frise, un acteur ou une ligne de la carte ou du réseau pour lire les preuves qui les fondent.</translation>
    </message>
    <message>
        <source>Fatalities</source>
        <translation>Victimes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Source scale</source>
        <translation>Échelle de la source</translation>
    </message>
    <message>
        <source>Location precision</source>
        <translation>Précision du lieu</translation>
    </message>
    <message>
        <source>Date precision</source>
        <translation>Précision de la date</translation>
    </message>
    <message>
        <source>Goldstein scale</source>
        <translation>Échelle de Goldstein</translation>
    </message>
    <message>
        <source>Quad class</source>
        <translation>Classe QuadClass</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Average tone</source>
        <translation>Ton moyen</translation>
    </message>
    <message>
        <source>Source link</source>
        <translation>Lien de la source</translation>
    </message>
</context>
<context>
    <name>Entente::EvidenceText</name>
    <message>
        <source>unknown date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>date format: a whole month</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>date format: a whole month, short</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format: a day</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format: a day, short</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>year precision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>month precision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>day precision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>undated</source>
        <translation>non daté</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>date (its precision)</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>interval</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>since %1</source>
        <comment>interval with an open end</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>until %1</source>
        <comment>interval with an open start</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at an unknown time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>supported by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recognised by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opposed by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>condemned by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>commanded by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>has as member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>acted for by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 supports %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is allied with %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cooperates with %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 recognises %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 opposes %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 fights %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 condemns %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 commands %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a member of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 acts for %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>+ friendly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>− hostile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hierarchy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>government</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>armed group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>intergovernmental organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>coalition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>city</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %</source>
        <comment>confidence in percent</comment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Entente::Export</name>
    <message>
        <source>Timeline</source>
        <translation>Frise chronologique</translation>
    </message>
    <message>
        <source>Actor map</source>
        <translation>Carte des acteurs</translation>
    </message>
    <message>
        <source>Support network</source>
        <translation>Réseau de soutiens</translation>
    </message>
    <message>
        <source>All three views</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Analyst report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entente report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Entente::GdeltImporter</name>
    <message>
        <source>Make public statement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Appeal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Express intent to cooperate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consult</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Engage in diplomatic cooperation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Engage in material cooperation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Provide aid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yield</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Investigate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Demand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disapprove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Threaten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Protest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exhibit force posture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reduce relations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coerce</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use unconventional mass violence</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n more error(s) not listed</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more warning(s) not listed</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>Entente::GeoJson</name>
    <message>
        <source>an empty array</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an array of numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an array of arrays</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>too many errors; stopped reading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected "FeatureCollection", "Feature" or a geometry type, found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an array of features</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a Feature object, found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected "Feature", found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a string or a number, found %1; ignored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected an object or null, found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing; expected a geometry object, or null for none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a geometry object, found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a geometry type (Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon or GeometryCollection), found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an array of geometries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing; a %1 needs "coordinates"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an array of line strings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an array of polygons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a position [longitude, latitude], found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (one level of brackets too many?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>position [%1, %2] is not longitude/latitude in degrees (expected latitude within -90..90 and longitude within -180..180; is the file in a projected coordinate system?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an array of positions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected an array of positions, found a single position (a level of brackets missing?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected at least %1 positions, found %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an array of linear rings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected an array of linear rings, found an array of positions (a level of brackets missing?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the ring is not closed (its last position should repeat the first); closed it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>coordinate system "%1" is not supported; coordinates are read as WGS 84 longitude/latitude</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a GeoJSON object such as {"type": "FeatureCollection", "features": [...]}, found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Entente::GexfWriter</name>
    <message>
        <source>Could not write the GEXF file: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Entente::GraphmlWriter</name>
    <message>
        <source>Could not write the GraphML file: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Entente::ImportJob</name>
    <message>
        <source>The files have errors; nothing was imported.</source>
        <translation>Les fichiers contiennent des erreurs ; rien n'a été importé.</translation>
    </message>
</context>
<context>
    <name>Entente::Json</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Entente::JsonReader</name>
    <message>
        <source>null</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>boolean</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>string</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>array</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected end of input; %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>comments are not allowed in JSON; %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>strings must be enclosed in double quotes; %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected NUL byte: the file is not UTF-8 text (UTF-16?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid UTF-8 byte 0x%1: the file must be UTF-8 encoded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected %1; %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the input is %1 bytes; the limit is %2 bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is UTF-16 encoded; expected UTF-8</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the input is empty; expected a JSON value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a string in double quotes as object key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected ':' after object key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected end of input after the top-level value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>trailing comma; expected another object member after ','</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>trailing comma; expected another array element after ','</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected ',' or '}' after object member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected ',' or ']' after array element</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nesting deeper than %1 levels; the limit guards against malicious files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>duplicate key "%1" in object (first at line %2, column %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a JSON value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid literal; expected true, false or null</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NaN and Infinity are not valid JSON numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a JSON value (object, array, string, number, true, false or null)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unterminated string; expected a closing '"'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line break inside a string; expected \n or a closing '"'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>control character U+%1 inside a string; expected it escaped as \u%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid UTF-8 byte 0x%1 in a string: the file must be UTF-8 encoded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>object key of %1 bytes; keys are limited to 65535 bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid escape '\%1'; expected one of \" \\ \/ \b \f \n \r \t \uXXXX</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected four hex digits after \u</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lone low surrogate \u%1; expected a high surrogate (\uD800-\uDBFF) before it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lone high surrogate \u%1; expected a low surrogate (\uDC00-\uDFFF) right after it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a digit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>leading zeros are not allowed in numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a digit after the decimal point</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a digit in the exponent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>file not found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is %1 bytes; the limit is %2 bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is larger than the limit of %1 bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Entente::NativeImporter</name>
    <message>
        <source>expected %1, found %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n more error(s) not listed</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>unknown field "%1" ignored (reported once)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing required field "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is empty; expected some text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>number %1 is out of range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>country "%1" is not an ISO 3166-1 alpha-3 code; expected three upper-case letters such as "LBY"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a single date (YYYY, YYYY-MM or YYYY-MM-DD), not an interval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected an interval start/end such as 2019-04-04/2020-06-05, with '..' for an open end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the interval ends before it starts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected two dates YYYY[-MM[-DD]] joined by '/', with '..' for an open end, and no time of day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected YYYY, YYYY-MM or YYYY-MM-DD (a calendar date, no time of day) or an interval start/end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected YYYY, YYYY-MM or YYYY-MM-DD (a calendar date, no time of day)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid date "%1" in "%2"; %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown %1 "%2"; expected one of: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>offset %1 is negative; offsets count code points from 0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the span is reversed: end %1 comes before start %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the span is empty: end %1 equals start; expected end &gt; start (end is exclusive)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>end %1 is out of range: the text of article "%2" has %3 code points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the text at %1..%2 is %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the quote is empty (%1); expected the text of the span</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>quote %1 did not match the offsets (%2); re-anchored from %3..%4 to %5..%6</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>quote %1 does not match the offsets (%2) and does not occur in article "%3"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>quote %1 does not match the offsets (%2) and occurs %3 times in article "%4", so it cannot be re-anchored; fix start and end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>actor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>relation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the top level is %1; expected an object with "format": "entente-corpus"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file holds no articles, actors, places, events or relations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing "format"; expected "format": "entente-corpus" (is this an Entente corpus?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unsupported format %1; expected "entente-corpus"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing "version"; supported versions: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unsupported version %1; supported versions: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>duplicate %1 id "%2" (first used in %3[%4] at line %5, column %6); ids must be unique within %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown %1 "%2": defined neither in this file's "%3" nor in the project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>("%1" is the id of a %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the project holds no text for article "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>language "%1" is not a BCP 47 tag; expected a tag such as "en", "ar" or "fr-CA"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a mention names an actor or a place, not both</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing "actor" or "place": a mention names exactly one of them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>actor kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>place kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" %2 is out of range; expected WGS 84 degrees from -%3 to %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" given without "%2"; a position needs both</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>place "%1" has no position; expected "lat" and "lon", or a "country" that locates it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>event type "%1" is not one of the suggested types (%2); kept as given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid date "../.." in "date"; an event needs at least one known end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>relation type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown aspect "%1"; expected one of: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"aspect" qualifies "supports" relations; kept, but this one is "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>source and target are the same actor "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>confidence %1 is out of range; expected a number from 0 to 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>actor "%1" is never mentioned in any article</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Entente::NetworkExporter</name>
    <message>
        <source>Support network</source>
        <translation>Réseau de soutiens</translation>
    </message>
    <message>
        <source>Support network, %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The output is not open for writing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Entente::NetworkJson</name>
    <message>
        <source>Could not write the network JSON: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Entente::NetworkLegend</name>
    <message>
        <source>1 actor</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n actors</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>no side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No relations in this window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 bloc</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n blocs</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>%1 · every tie fits the split</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 tie against the split</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n ties against the split</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Blocs:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ties (width: evidence):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>undated (holds at any time)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actors:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size: betweenness (who stands between)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size: evidence behind the actor's ties</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>against the split into blocs</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Entente::NetworkRenderer</name>
    <message>
        <source>Laying out the network…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No relations in this window</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Entente::NetworkStyle</name>
    <message>
        <source>state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>government</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>armed group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>intergovernmental body</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>coalition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Entente::NetworkToolTip</name>
    <message>
        <source>1 tie</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n ties</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>1 evidence quote</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n evidence quotes</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Bloc: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Betweenness %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click to select, drag to pin, double-click to focus on its neighbourhood</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>via %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 relation</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n relations</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Aspects: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Holds: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undated evidence: holds at any time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Against the split into blocs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click to select its relations and evidence</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Entente::NetworkView</name>
    <message>
        <source>via %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Entente::Project</name>
    <message>
        <source>No project file was given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is a folder, not a project file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project "%1" does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project "%1" cannot be written (check the permissions of the file and its folder); open it read-only instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is an SQLite database but not an Entente project.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project "%1" was saved by a newer version of Entente (project format %2; this version reads formats up to %3). Open it with a newer version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is an empty file, not an Entente project.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project "%1" uses an older format (%2) that must be upgraded: open it once for writing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not an Entente project (it is not an SQLite database).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open or create "%1": %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project "%1" cannot be written: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project "%1" is busy (another program is writing to it): %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open the project "%1": %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project "%1" is open read-only; nothing was imported.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Entente::ProjectController</name>
    <message>
        <source>Entente</source>
        <translation>Entente</translation>
    </message>
</context>
<context>
    <name>Entente::ProjectImport</name>
    <message>
        <source>%1: the event "%2" has no date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>actor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>relation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the %2 "%3" refers to the place "%4", which is neither in the imported files nor in the project.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the %2 "%3" refers to the actor "%4", which is neither in the imported files nor in the project.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the %2 "%3" cites the article "%4", which is neither in the imported files nor in the project.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the span %2-%3 lies outside the text of the article "%4".</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n span(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>The project could not be written: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the article "%2" is already in the project with a different text. Its mentions and evidence point at places in the old text, so it cannot be replaced; import the new text under a new id.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>Entente::Projection</name>
    <message>
        <source>Equirectangular (standard parallel %1°)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Natural Earth</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Entente::Task</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Entente::Timeline</name>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>Types d'événements</translation>
    </message>
    <message>
        <source>↔ %1 %2</source>
        <comment>undirected relation: type, other actor</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>→ %1 %2</source>
        <comment>outgoing relation: type, target</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>← %1 %2</source>
        <comment>incoming relation: source, type</comment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Entente::TimelineToolTip</name>
    <message>
        <source>%n evidence passage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%n evidence passages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%n event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%n events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%n event shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%n events shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%n relation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%n relations</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Entente::TopoJson</name>
    <message>
        <source>expected "Topology", found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected an object with "scale" and "translate", found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected two numbers [x, y], found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected an array of arcs, found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected an arc: an array of at least two positions, found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a position [x, y], found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a geometry object, found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected an array of geometries, found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a geometry type (Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon, GeometryCollection or null), found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a non-empty array of arc indices, found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected an arc index (an integer), found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>arc index %1 is out of range: the topology has %2 arcs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected an array of rings, found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the ring is not closed; closed it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the ring has fewer than four positions; left it out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a TopoJSON object {"type": "Topology", ...}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected an object of named geometries, found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no object named "%1"; the file has: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>entente</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>undated</source>
        <translation>non daté</translation>
    </message>
    <message>
        <source>as reported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (as reported)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>→ %1 %2</source>
        <comment>outgoing tie: type, target</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>← %1 %2</source>
        <comment>incoming tie: source, type</comment>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>… and %n more tie(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>cannot be read (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the format is not recognised (expected a native .json corpus, brat .txt/.ann, an ACLED .csv or a GDELT .tsv/.CSV export); name it with --format.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bloc %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For all of them, export the project as CSV, or export the report of a narrower time window or of selected actors.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>supports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>allied with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cooperates with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recognises</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opposes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>condemns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>commands</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>member of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>acts for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is %1 MiB, more than the limit of %2 MiB</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>entente::AcledFile</name>
    <message>
        <source>the file is empty; expected an ACLED CSV export with a header row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not an ACLED CSV file: the first line should be a header naming columns such as event_id_cnty, event_date, event_type and actor1, separated by commas or semicolons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing required column "event_id_cnty" (or "data_id")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing required column "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a latitude; expected a number from -90 to 90</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a longitude; expected a number from -180 to 180</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>found %1 fields, expected %2 as in the header (a truncated line or an unquoted separator?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the event id is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>event "%1" is already on line %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a date; expected yyyy-mm-dd, dd-mm-yyyy or "15 January 2010"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a time precision; expected 1, 2 or 3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a number of fatalities; expected a whole number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>actor1 is empty; every ACLED event has one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ACLED %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file has a header but no events</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>entente::ActorTableModel</name>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>The actor's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>State, government, armed group, person…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>The country the actor belongs to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Events it takes part in, in the whole project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relations</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>Relations it is a side of, in the whole project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1
also: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>entente::ArticleView</name>
    <message>
        <source>Back to quotes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back to the evidence quotes (Esc, Alt+Left)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Article text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The article “%1” is not in the project any more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>actor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actors and places named in the text are highlighted; the passage you opened is marked as evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>language: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actor: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actor: %1 (%2)
Click to select it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Place: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Place: %1 (%2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>entente::BratAnnParser</name>
    <message>
        <source>duplicate id %1 (already used on line %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>truncated line: expected an id, a tab and the annotation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not an annotation id (expected e.g. T1, R1, E1, A1, N1, #1 or *)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>truncated line: expected "%1&lt;tab&gt;Name Target [Value]"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>truncated line: expected "%1&lt;tab&gt;Reference Target DB:ID&lt;tab&gt;name"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>truncated line: expected "%1&lt;tab&gt;AnnotatorNotes Target&lt;tab&gt;note"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a normalisation (expected DB:ID, e.g. Wikidata:Q1016)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not an annotation id (expected a line starting with T, R, E, A, M, N, # or *)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>truncated line: expected "%1&lt;tab&gt;Type start end&lt;tab&gt;text"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>truncated line: expected a type and offsets "start end" before the text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a span (expected two offsets "start end", fragments joined by ';')</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reversed offsets %1 %2 (expected start before end)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>empty span %1 %2 (expected start before end)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>truncated line: expected a type and arguments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not an event head (expected Type:Trigger, e.g. Attack:T3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not an argument (expected Role:Id, e.g. Arg1:T1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>truncated line: expected two arguments "Arg1:T1 Arg2:T2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a relation takes two arguments, %1 given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>truncated line: expected "*&lt;tab&gt;Equiv T1 T2 [T3...]"</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>entente::BratDocumentReader</name>
    <message>
        <source>span %1 %2 ends past the end of the text (%n character(s))</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the quote %1 does not match the text at its offsets, which is %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown id %1 (no line of this file defines it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a text-bound annotation (expected a T id)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a normalisation of %1, which is not an entity, is not used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>entity type "%1" is not in the mapping: %n annotation(s) of this type not imported (map the type to an actor kind, a place or "ignore")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bad date: the normalisation %1 of this date is not an ISO date (expected YYYY, YYYY-MM, YYYY-MM-DD or an interval start/end)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bad date %1 (expected YYYY, YYYY-MM, YYYY-MM-DD or an interval start/end with ".." for an open end)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bad confidence %1 (expected a number from 0 to 1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>aspect "%1" is not one of %2; kept as written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>attribute "%1" on %2 is not used: not imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 and %2 are not both actors or both places: not merged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>normalised as %1 but marked equivalent to an entity normalised as %2; %2 is kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the event is marked as negated (it did not happen): not imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>event type "%1" is not in the mapping: imported as "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a second place %1 (%2): only the first is kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the date %1 %2 is not an ISO date and has no normalisation: not used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>argument %1:%2 is an event or a trigger: not kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the event has no date (no Date attribute, no date note or argument, no document date): not imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>relation type "%1" is not in the mapping: not imported (map it to one of %2 or "ignore")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the relation is marked as negated: not imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 is not an actor: the relation is not imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>both arguments are the same actor %1: not imported</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>entente::BratImporter</name>
    <message>
        <source>the text file %1 is missing (a brat document is a .txt with its .ann beside it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the annotation file %1 is missing (a brat document is a .txt with its .ann beside it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is %1 bytes, more than the limit of %2 bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the annotations are not valid UTF-8</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>entente::BratMapping</name>
    <message>
        <source>expected a section name in brackets, e.g. [entities]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown section [%1] (expected [entities], [relations], [events] or [options])</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected "name = value"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a section such as [entities] before the first rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a brat type name (no spaces, '=', ':' or brackets)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected "defaults = keep" or "defaults = none"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not an entity target (expected an actor kind such as %2, "place", "place:&lt;kind&gt;" with kind one of %3, "date" or "ignore")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a relation type (expected one of %2 or "ignore")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected an event type word such as "clash", or "ignore"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a confidence between 0 and 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown option "%1" (expected document_date, speculation_confidence or defaults)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot be written (%2).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>entente::BratWriter</name>
    <message>
        <source>event %1 has no evidence in the articles written: left out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>relation %1 has no evidence in the articles written: left out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>article %1 has no text: not written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>article %1 is written as %2.txt; read back, its id is brat:%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is written as %2 of %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>event %1: participant %2 is not mentioned in %3: left out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>event %1: place %2 is not mentioned in %3: left out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>relation %1: %2 is not mentioned in %3: left out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>relation %1: brat has no place for "via" or "claimed by"; left out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the folder cannot be created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot be written (%2).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>entente::BrowsePanel</name>
    <message>
        <source>The events in the time window and filter</source>
        <translation>Les événements de la fenêtre temporelle et du filtre</translation>
    </message>
    <message>
        <source>The actors of the visible events and relations</source>
        <translation>Les acteurs des événements et relations visibles</translation>
    </message>
    <message>
        <source>The relations valid in the time window and filter</source>
        <translation>Les relations valides dans la fenêtre temporelle et le filtre</translation>
    </message>
    <message>
        <source>Events (%L1)</source>
        <translation>Événements (%L1)</translation>
    </message>
    <message>
        <source>Actors (%L1)</source>
        <translation>Acteurs (%L1)</translation>
    </message>
    <message>
        <source>Relations (%L1)</source>
        <translation>Relations (%L1)</translation>
    </message>
</context>
<context>
    <name>entente::CsvExporter</name>
    <message>
        <source>%1 is not a folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>entente::DelimitedReader</name>
    <message>
        <source>the file ends inside a quoted field that starts on line %1 (a missing closing " or a truncated file)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the record starting on line %1 is longer than %2 MiB (a stray "?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a NUL byte on line %1: this is not a text file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>entente::EventTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>When it happened, as precisely as the sources say</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>The event's title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>The kind of event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Where it happened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>The actors taking part</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Quotes from articles that report it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>entente::EvidencePanel</name>
    <message>
        <source>An actor has no evidence of its own: choose one of its relations above to read the quotes behind it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose one of the actors above to see its relations.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The selected item is not in this project.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>one evidence quote</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n evidence quotes</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>one article</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n articles</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>No evidence quotes are recorded for this.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1; the first %2 are shown</source>
        <comment>N evidence quotes; the first M are shown</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 from %2</source>
        <comment>N evidence quotes from M articles</comment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>entente::ExportDialog</name>
    <message>
        <source>Only the area on screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF (vector)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SVG (vector)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG (image)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Portrait</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> dpi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the views as they are on screen (zoom and scroll) instead of fitting the whole content.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;What:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG &amp;resolution:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>entente::ExportSource</name>
    <message>
        <source>all dates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>time window: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>event types: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>relation types: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>actors: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>text: “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>selected: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no filter (everything in the project)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>entente::Exporter</name>
    <message>
        <source>%1 · %2 · made with Entente</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Untitled project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no project to export.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The report is a multi-page document: export it as PDF.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported by Entente</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The image is too large for this DPI.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not draw the export.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>entente::FilterBar</name>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Search actors and events… (Ctrl+F)</source>
        <translation>Rechercher acteurs et événements… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Shows only events whose title or participants match, and relations whose actors match by name or alias</source>
        <translation>N’affiche que les événements dont le titre ou les participants correspondent, et les relations dont les acteurs correspondent par nom ou alias</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>Types d'événements</translation>
    </message>
    <message>
        <source>Show only some event types</source>
        <translation>N'afficher que certains types d'événements</translation>
    </message>
    <message>
        <source>Relation types</source>
        <translation>Types de relations</translation>
    </message>
    <message>
        <source>Show only some relation types</source>
        <translation>N'afficher que certains types de relations</translation>
    </message>
    <message>
        <source>Clear window</source>
        <translation>Effacer la fenêtre</translation>
    </message>
    <message>
        <source>Show the whole time range again (Esc in the timeline)</source>
        <translation>Réafficher toute la période (Échap dans la frise)</translation>
    </message>
    <message>
        <source>Window: %1 – %2</source>
        <translation>Fenêtre : %1 – %2</translation>
    </message>
    <message>
        <source>Window: all time</source>
        <translation>Fenêtre : toute la période</translation>
    </message>
    <message>
        <source>Event types (%1)</source>
        <translation>Types d'événements (%1)</translation>
    </message>
    <message>
        <source>Relation types (%1)</source>
        <translation>Types de relations (%1)</translation>
    </message>
</context>
<context>
    <name>entente::GdeltFile</name>
    <message>
        <source>%1 → %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is empty; expected GDELT event rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing required column "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a GDELT events file: found %1 fields, expected 57 or 58 (GDELT 1.0) or 61 (GDELT 2.0) tab-separated fields, or a header row starting with GLOBALEVENTID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a latitude; expected a number from -90 to 90</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a longitude; expected a number from -180 to 180</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>found %1 fields, expected %2 (a truncated line?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not an event id; expected a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a date; expected YYYYMMDD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a quad class; expected 1, 2, 3 or 4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the CAMEO event code is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>event %1 is already on line %2; this row is skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CAMEO %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>entente::ImportOptionsDialog</name>
    <message>
        <source>Import Options</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mapping: the defaults.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mapping: as at the last import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check how these files will be read. Nothing is imported until you choose Import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The files to import, with the format each was recognised as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Detect per file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Native corpus (.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>brat standoff (.txt + .ann)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ACLED export (.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GDELT events (.CSV, .tsv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read every file of this import in one format, or let each file's content and name say</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>brat annotation types</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each type found in the documents, how often, and what it becomes. Highlighted types have no rule.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>brat type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Becomes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose what each annotation type becomes in the project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The publication date of every document whose file name does not start with a date; also the date of events that carry none of their own. Events with no date are not imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document &amp;date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Load Mapping…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the rules from a mapping file (docs/formats/brat.md)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save Mapping…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the mapping as shown, defaults included, to a file for `entente import --mapping` or a later import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>De&amp;faults</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go back to the built-in mapping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load Mapping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>brat mappings (*.ini *.conf *.txt);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save Mapping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>brat mappings (*.ini);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>entity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>relation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not mapped: reported and skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>actor: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>place: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>date (for event arguments)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ignore (read past, no warning)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>relation: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not mapped: kept as "%1" with a warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No rule for "%1": its events would be imported with the type "%2" and a warning. Choose an event type, or "ignore".</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>No rule for "%1": its %n annotation(s) would be reported and skipped. Choose what the type becomes, or "ignore" to skip it without a warning.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>An event type is one word, such as "clash".</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n annotation(s) of type "%1"</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>What "%1" becomes in the project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chosen for every file of this import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recognised from the file's content or name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not recognised</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n file(s) not recognised: choose their format above.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>The document date must be YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The event type for "%1" must be one word.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No annotations were found in the brat documents.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mapping was not loaded:
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mapping: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mapping was not saved:
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mapping: saved as %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>entente::ImportResultDialog</name>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the summary and every message to the clipboard</source>
        <translation>Copier le résumé et tous les messages dans le presse-papiers</translation>
    </message>
    <message numerus="yes">
        <source>%1 could not be imported: %n error(s). Nothing was imported; the project is unchanged.</source>
        <translation><numerusform>%1 n’a pas pu être importé : %n erreur. Rien n’a été importé ; le projet est inchangé.</numerusform><numerusform>%1 n’a pas pu être importé : %n erreurs. Rien n’a été importé ; le projet est inchangé.</numerusform></translation>
    </message>
    <message>
        <source>articles</source>
        <translation>articles</translation>
    </message>
    <message>
        <source>actors</source>
        <translation>acteurs</translation>
    </message>
    <message>
        <source>places</source>
        <translation>lieux</translation>
    </message>
    <message>
        <source>events</source>
        <translation>événements</translation>
    </message>
    <message>
        <source>relations</source>
        <translation>relations</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 unchanged</source>
        <translation>%1 : %2 ajoutés, %3 modifiés, %4 inchangés</translation>
    </message>
    <message>
        <source>changed %1 %2.%3: %4 → %5</source>
        <translation>modifié %1 %2.%3 : %4 → %5</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 importé.</translation>
    </message>
</context>
<context>
    <name>entente::MainWindow</name>
    <message>
        <source>Entente</source>
        <translation>Entente</translation>
    </message>
    <message>
        <source>Actor map</source>
        <translation>Carte des acteurs</translation>
    </message>
    <message>
        <source>Support network</source>
        <translation>Réseau de soutiens</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Frise chronologique</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Import into Project…</source>
        <translation>&amp;Importer dans le projet…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load &amp;Map Layer…</source>
        <translation>Charger une &amp;couche cartographique…</translation>
    </message>
    <message>
        <source>Draw a GeoJSON file (regions, front lines, sites) over the actor map</source>
        <translation>Dessiner un fichier GeoJSON (régions, lignes de front, sites) sur la carte des acteurs</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Open &amp;Demo</source>
        <translation>Ouvrir la &amp;démo</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export a view or the analyst report as PDF, SVG or PNG</source>
        <translation>Exporter une vue ou le rapport d'analyse en PDF, SVG ou PNG</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Clear &amp;Selection</source>
        <translation>Effacer la &amp;sélection</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear Time &amp;Window</source>
        <translation>Effacer la &amp;fenêtre temporelle</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Réinitialiser la disposition</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About Entente</source>
        <translation>&amp;À propos d’Entente</translation>
    </message>
    <message>
        <source>About Entente</source>
        <translation>À propos d’Entente</translation>
    </message>
    <message>
        <source>Entente %1
Timelines, actor maps and support networks from annotated news articles.</source>
        <translation>Entente %1
Frises, cartes des acteurs et réseaux de soutiens à partir d’articles de presse annotés.</translation>
    </message>
    <message>
        <source>%1 — Entente</source>
        <translation>%1 — Entente</translation>
    </message>
    <message>
        <source>%1 of %2 events · %3 of %4 actors · %5 of %6 relations</source>
        <translation>%1 sur %2 événements · %3 sur %4 acteurs · %5 sur %6 relations</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Import into Project</source>
        <translation>Importer dans le projet</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>Entente projects (*.entente)</source>
        <translation>Projets Entente (*.entente)</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>Parcourir</translation>
    </message>
    <message>
        <source>Sortable tables of the events, actors and relations in the filter</source>
        <translation>Tableaux triables des événements, acteurs et relations du filtre</translation>
    </message>
    <message>
        <source>Open a project (.entente), or import a corpus (native .json, brat, ACLED or GDELT) as a new project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export &amp;Data</source>
        <translation>Exporter les &amp;données</translation>
    </message>
    <message>
        <source>&amp;CSV Tables…</source>
        <translation>Tableaux &amp;CSV…</translation>
    </message>
    <message>
        <source>Events, actors and relations as three CSV files, for spreadsheets</source>
        <translation>Événements, acteurs et relations en trois fichiers CSV, pour les tableurs</translation>
    </message>
    <message>
        <source>&amp;brat Documents…</source>
        <translation>Documents &amp;brat…</translation>
    </message>
    <message>
        <source>Each article with its annotations as brat .txt and .ann files</source>
        <translation>Chaque article avec ses annotations en fichiers brat .txt et .ann</translation>
    </message>
    <message>
        <source>Projects and importable files (*.entente *.json *.ann *.txt *.csv *.tsv *.CSV);;Entente projects (*.entente);;Native corpora (*.json);;brat documents (*.ann *.txt);;ACLED exports (*.csv);;GDELT event files (*.CSV *.tsv *.csv);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importable files (*.json *.ann *.txt *.csv *.tsv *.CSV);;Native corpora (*.json);;brat documents (*.ann *.txt);;ACLED exports (*.csv);;GDELT event files (*.CSV *.tsv *.csv);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Data</source>
        <translation>Exporter les données</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>Ouvrez d'abord un projet.</translation>
    </message>
    <message>
        <source>Folder for the CSV Tables</source>
        <translation>Dossier des tableaux CSV</translation>
    </message>
    <message>
        <source>Folder for the brat Documents</source>
        <translation>Dossier des documents brat</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) into %1.</source>
        <translation><numerusform>%n fichier écrit dans %1.</numerusform><numerusform>%n fichiers écrits dans %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) the format cannot carry were left out: see the details.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>entente::MapLegend</name>
    <message numerus="yes">
        <source> +%n</source>
        <comment>more members</comment>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Blocs:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ties:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(the strongest %1 of %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Events:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>several (count)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>entente::MapPanel</name>
    <message>
        <source>Fit</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Show every place and involved country (Home)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>+</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom in (+, or the mouse wheel)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>−</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom out (-, or the mouse wheel)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Equirectangular 32°</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Natural Earth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Projection: equirectangular with true shapes near 32° N (the Mediterranean), or Natural Earth for a world overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fill each country with the bloc its state backs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Show actors at their bases, with labels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Show events at their places, grouped when close together</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ties</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show support and opposition arrows, width by evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hierarchy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also show commands, member-of and acts-for ties</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My layers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the GeoJSON layers you loaded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Show or hide the legend</source>
        <translation>Afficher ou masquer la légende</translation>
    </message>
    <message>
        <source>Load layer…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draw a GeoJSON file (regions, front lines, sites) over the map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear layers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the GeoJSON layers you loaded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load Map Layer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GeoJSON files (*.geojson *.json);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>… and %n more error(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>The layer %1 could not be loaded.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>entente::MapRenderer</name>
    <message>
        <source>%1 km</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Made with Natural Earth</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>entente::MapToolTip</name>
    <message>
        <source>no side in this window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bloc %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bloc %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State actor: %1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not involved in this window</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Actors: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Based in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country: %1 (no base given: shown at its capital or centre)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Camp: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Place: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Participants: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>at %n place(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>, …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click to select these events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click to zoom in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>source, type, target</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (%1)</source>
        <comment>aspect</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source> via %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence passage(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>entente::MapUserLayer</name>
    <message>
        <source>the file has no feature with a geometry to draw</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>entente::MapView</name>
    <message>
        <source>Actor map: wheel to zoom, drag to pan, Home to fit the data. Click a country, an actor, an event or an arrow to select it everywhere.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>entente::NetworkPanel</name>
    <message>
        <source>Size: evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size: betweenness</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What node size shows: the evidence behind an actor's ties, or how often it stands between other actors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hierarchy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the ties of command and membership (commands, member of, acts for)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Show the key to blocs, ties, actor kinds and node size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fit</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Show the whole network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re-layout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lay the network out afresh (pinned actors stay where they are)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the network on show for Gephi, yEd, Cytoscape or NetworkX</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GEXF (Gephi)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GraphML…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blocs split the actors so that friendly ties fall inside them and hostile ties between them; ties against the split are those no division can satisfy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no network to export yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GEXF files (*.gexf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GraphML files (*.graphml)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>entente::NetworkView</name>
    <message>
        <source>Support network: wheel to zoom, drag the background to pan, drag an actor to pin it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Focus on Neighbourhood</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unpin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pin Here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unpin All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fit</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Re-layout</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>entente::OverviewStrip</name>
    <message>
        <source>other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no type)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Events per period, stacked by type (colours as in the timeline legend). Drag to set the time window, drag inside it to move it, double-click to clear it, click to show that date in the timeline.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>entente::ProjectController</name>
    <message>
        <source>The project %1 does not exist.</source>
        <translation>Le projet %1 n'existe pas.</translation>
    </message>
    <message>
        <source>Could not create the project %1.</source>
        <translation>Impossible de créer le projet %1.</translation>
    </message>
    <message>
        <source>Open or create a project before importing several files.</source>
        <translation>Ouvrez ou créez un projet avant d'importer plusieurs fichiers.</translation>
    </message>
    <message>
        <source>Could not unpack the demo corpus.</source>
        <translation>Impossible d'extraire le corpus de démonstration.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation><numerusform>Importation de %n fichier…</numerusform><numerusform>Importation de %n fichiers…</numerusform></translation>
    </message>
    <message>
        <source>Could not open the project %1.</source>
        <translation>Impossible d'ouvrir le projet %1.</translation>
    </message>
    <message>
        <source>The import failed; the project was left as it was.</source>
        <translation>L'importation a échoué ; le projet est resté tel quel.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
</context>
<context>
    <name>entente::QuoteCard</name>
    <message>
        <source>Open the article with this passage marked (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1”</source>
        <comment>a quoted passage</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>undated</source>
        <translation>non daté</translation>
    </message>
    <message>
        <source>Evidence quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No text to quote: this source records only a link.</source>
        <translation>Aucun texte à citer : cette source ne donne qu’un lien.</translation>
    </message>
    <message>
        <source>Open the source in the web browser</source>
        <translation>Ouvrir la source dans le navigateur</translation>
    </message>
    <message>
        <source>The source has no text in this project; follow its link</source>
        <translation>La source n’a pas de texte dans ce projet ; suivez son lien</translation>
    </message>
</context>
<context>
    <name>entente::RelationTableModel</name>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>The actor the relation goes from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Supports, opposes, fights…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>The actor the relation goes to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid</source>
        <translation>Validité</translation>
    </message>
    <message>
        <source>When the relation held: its interval, the dates of the articles that report it, or undated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Via</source>
        <translation>Via</translation>
    </message>
    <message>
        <source>The intermediary, when the support goes through one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Quotes from articles that back it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>undated</source>
        <translation>non daté</translation>
    </message>
    <message>
        <source>as reported, %1</source>
        <translation>selon les articles, %1</translation>
    </message>
</context>
<context>
    <name>entente::ReportContent</name>
    <message>
        <source>Entente report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Project: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time window: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Contents: %n actor(s), </source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), </source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s) in view; </source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bloc(s).</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>This project is large: to stay readable the tables list at most %1 actors (the most connected), %2 events and %3 relations (the most evidenced). All events are counted per month and all relations between blocs, per type. The sources cover the items listed, with at most %4 quotes. Each section says what it leaves out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Blocs: sides such that support falls within them and opposition across them, as far as the relations allow.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bloc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Most connected members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No actors in view.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n less connected actor(s) left out (degree %1 or less).</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message numerus="yes">
        <source>All %n event(s) in view, per month:</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n other type(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Types</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Most evidenced event</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n undated event(s) are not in a month.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1 most evidenced events, by date (%n left out):</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>undated</source>
        <translation>non daté</translation>
    </message>
    <message>
        <source>No events in view.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Relations</translation>
    </message>
    <message numerus="yes">
        <source>All %n relation(s) in view, between blocs, per type:</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Source bloc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Target bloc</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The %1 most evidenced relations (%n left out):</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No relations in view.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project is not open: sources cannot be listed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No evidence quotes for the items listed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>id %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n quote(s) cited</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>— cited for: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n further quote(s) from this article left out.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n further article(s) cited, without their quotes:</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quotes</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n article(s) cited; </source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of their quotes shown, </source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out. </source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Every quote is in the evidence panel of each item in Entente; the report of a narrower time window or of selected actors lists more of them.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>entente::ReportWriter</name>
    <message>
        <source>Could not start the PDF.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Analyst report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not finish the PDF.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>entente::TimeAxis</name>
    <message>
        <source>days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>weeks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>quarters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>decades</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2</source>
        <comment>short weekday, day of month</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Q%1</source>
        <comment>quarter of a year</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month name, year</comment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>entente::TimelineLegend</name>
    <message>
        <source>Event types</source>
        <translation>Types d'événements</translation>
    </message>
    <message>
        <source>(no type)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>interval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>month or year only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>many events (density)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relations</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>friendly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hostile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hierarchy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>as reported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>undated</source>
        <translation>non daté</translation>
    </message>
</context>
<context>
    <name>entente::TimelinePanel</name>
    <message>
        <source>&amp;Lanes:</source>
        <translation>&amp;Lignes :</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>Types d'événements</translation>
    </message>
    <message>
        <source>One lane per actor, or one per event type</source>
        <translation>Une ligne par acteur, ou une par type d'événement</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Show every event (Home, or double-click the timeline)</source>
        <translation>Afficher tous les événements (Début, ou double-clic sur la frise)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom in around the centre (+, or the mouse wheel)</source>
        <translation>Zoom avant autour du centre (+, ou la molette)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom out around the centre (-, or the mouse wheel)</source>
        <translation>Zoom arrière autour du centre (-, ou la molette)</translation>
    </message>
    <message>
        <source>Fold all</source>
        <translation>Tout replier</translation>
    </message>
    <message>
        <source>Fold every lane to a density strip</source>
        <translation>Replier chaque ligne en bande de densité</translation>
    </message>
    <message>
        <source>Unfold all</source>
        <translation>Tout déplier</translation>
    </message>
    <message>
        <source>Unfold every lane</source>
        <translation>Déplier chaque ligne</translation>
    </message>
    <message>
        <source>Clear window</source>
        <translation>Effacer la fenêtre</translation>
    </message>
    <message>
        <source>Show all dates in the other views again (Esc)</source>
        <translation>Réafficher toutes les dates dans les autres vues (Échap)</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Show or hide the legend</source>
        <translation>Afficher ou masquer la légende</translation>
    </message>
</context>
<context>
    <name>entente::TimelineRenderer</name>
    <message>
        <source>(no actor)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no type)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No events to show</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>entente::TimelineToolTip</name>
    <message>
        <source>day precision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>month precision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>year precision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>interval, %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>participant (role)</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>date as written (precision)</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Participants: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Place: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>source, relation type, target</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Aspect: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As reported on %1 (no explicit period)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undated: no period known</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Via: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Claimed by: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Click to select, zoom in to see each event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click to select the actor; the triangle folds the lane</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click to fold or unfold the lane</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>entente::TimelineView</name>
    <message>
        <source>Timeline: wheel to zoom, drag to pan, Shift+drag to set the time window, Esc to clear it, double-click to fit everything.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>entente::ViewFrame</name>
    <message>
        <source>Basemap: Natural Earth (public domain). Arrows: support and opposition, weighted by evidence.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n actor(s) in the network, %1 bloc(s); node colour is the bloc.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Entente</source>
        <translation>Entente</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) on %1 lane(s).</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n less active lane(s) did not fit and are left out.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>%1: not available in this version</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>entente::cli</name>
    <message>
        <source>Usage: entente [options] [PROJECT]
       entente COMMAND [options] ...

Without a command, opens the main window (on PROJECT if given).

Options:
  --demo               open the bundled demo corpus
  --screenshot FILE    save a PNG of the window once drawn, then quit
  --log-level LEVEL    trace, debug, info, warn, error or off
  -h, --help           show this help
  -v, --version        show the version

Commands:
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>
Run 'entente COMMAND --help' for a command's options.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>entente: --log-level expects trace, debug, info, warn, error or off
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exports a view, the three views side by side, or the multi-page analyst report of a project, as vector PDF, SVG or PNG. Works without a display.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project file (.entente).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What to export: timeline, map, network, all or report (default).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pdf, svg or png (default: from the output file's suffix, else pdf).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start of the time window (YYYY[-MM[-DD]]).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End of the time window (YYYY[-MM[-DD]]).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An actor id narrows the export to that actor; an event or relation id is recorded as selected. Repeatable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page size: A4 (default) or Letter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Landscape pages (the three views side by side always are).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG resolution (36-600, default 150).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: entente export PROJECT --view timeline|map|network|all|report --format pdf|svg|png -o FILE [--from DATE] [--to DATE] [--select ID] [--page A4|Letter] [--landscape] [--dpi N]
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>entente export: unknown view '%1' (expected timeline, map, network, all or report)
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>entente export: unknown format '%1' (expected pdf, svg or png)
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>entente export: the report is a multi-page document: use --format pdf
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>entente export: unknown page size '%1' (expected A4 or Letter)
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>entente export: --dpi expects a number from 36 to 600
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>entente export: '%1' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>entente export: --from is after --to
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>entente export: cannot write %1: the folder does not exist or is not writable
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>entente export: --select: no actor, event or relation has the id '%1'
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>wrote %1 (%2, %3 bytes) in %4 s</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>imported %n file(s) into %1 in %2 s</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>updated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>articles</source>
        <translation>articles</translation>
    </message>
    <message>
        <source>actors</source>
        <translation>acteurs</translation>
    </message>
    <message>
        <source>places</source>
        <translation>lieux</translation>
    </message>
    <message>
        <source>events</source>
        <translation>événements</translation>
    </message>
    <message>
        <source>relations</source>
        <translation>relations</translation>
    </message>
    <message numerus="yes">
        <source>changed fields (%n):</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>warnings (%n):</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Imports corpus files into a project, creating the project when it does not exist. Every file is checked before anything is written: if any file has an error, nothing is imported and the project is left as it was.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>entente import: %n error(s); nothing was imported</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Prints a project's counts, the date range of its events and its actors ordered by how many relations they take part in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List at most N actors (0 = all; default 20).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: entente info [--limit N] PROJECT
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mentions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>evidence spans</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>events from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no dated events)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>actors by relation count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>(%n more; use --limit 0 to list all)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Writes a project's support network as of a time window: the actors with their bloc and degree, and the relations between them aggregated per pair and type, with their evidence, validity and intermediaries. The same network, blocs and centrality as the network view of the main window.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start of the window: a date such as 2019, 2019-11 or 2019-11-27 (its first day).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End of the window, a date as for --from (its last day).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>json (default), gexf or graphml.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write to FILE (replaced only once complete) instead of standard output.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: entente network [--from DATE] [--to DATE] [--format json|gexf|graphml] [-o FILE] PROJECT
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>entente network: unknown format '%1' (expected json, gexf or graphml)
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>entente network: --%1 expects a date such as 2019, 2019-11 or 2019-11-27, not '%2'
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>entente network: --from %1 is after --to %2
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>wrote %1: %2 actors, %3 ties, %4 blocs
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writes the project's records for other tools into a folder: CSV tables of events, actors and relations (RFC 4180, UTF-8), or brat standoff documents (.txt and .ann per article). For the network as GEXF or GraphML, see 'entente network'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>csv or brat.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder to write into (created if missing).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>entente export-data: unknown format '%1' (expected csv or brat)
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: entente export-data PROJECT --format csv|brat -o FOLDER
</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>wrote %n file(s) into %1</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>not carried by %1 (%n):</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Files to import: native corpora (.json), brat documents (.txt with .ann), ACLED exports (.csv), GDELT event files; a folder stands for the files in it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Input format: %1 (default: auto, detected from each file's content and extension).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>brat: a mapping file from brat types to actor kinds, relation and event types (see docs/formats/brat.md).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>brat: the publication date of documents whose file name does not start with one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>entente import: unknown format '%1' (expected: auto, %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>entente import: --document-date '%1' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: entente import [--format FORMAT] PROJECT FILE...
</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>