<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Accessibility</name>
    <message>
        <source>Card kinds, touchpoint channels and lane types: drag one onto the map, or press Enter to add it to the selected lane or the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map&apos;s title, product, objective and team goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customers the map is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fields of the selected card, stage, lane or phase; with nothing selected, what the map holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change to the map, the latest last: choose one to go back to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the map still lacks by the method&apos;s rules: choose a finding to select what it names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved views: which lanes and which persona the map shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The impact and effort matrix of the opportunities and ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter adds it to the selected lane and stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter adds a lane of this type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the lanes of one persona only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score %1 (from -2 to +2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 objects selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete removes them; arrow keys select one card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stages, %2 lanes, %3 cards. Arrow keys select a card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey map: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, stage %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane %1 (%2). Arrow keys move to the next card, F2 edits the title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moment of truth: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapsed: double-click to expand it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlreadyOpen</name>
    <message>
        <source>Map already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already open in another cjeditor window (since %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only lets you look and save a copy under another name. Two editors saving the same file would overwrite each other’s changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another editor has this map open. Save As to edit a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: another editor has this map open. Save As to edit a copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>unexpected error</source>
        <translation>unexpected error</translation>
    </message>
    <message>
        <source>Could not write the recovery copy: %1</source>
        <translation>Could not write the recovery copy: %1</translation>
    </message>
</context>
<context>
    <name>BriefDock</name>
    <message>
        <source>Brief</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanish</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Map language</source>
        <translation>Map language</translation>
    </message>
    <message>
        <source>The language the map is written in (names of new lanes and stages)</source>
        <translation>The language the map is written in (names of new lanes and stages)</translation>
    </message>
    <message>
        <source>Current: how the journey is today; future: the ideal route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map&apos;s title, printed on the poster</source>
        <translation>The map&apos;s title, printed on the poster</translation>
    </message>
    <message>
        <source>Which one product or service does this journey evaluate?</source>
        <translation>Which one product or service does this journey evaluate?</translation>
    </message>
    <message>
        <source>Why are we making this map?</source>
        <translation>Why are we making this map?</translation>
    </message>
    <message>
        <source>The goal written down so the whole team keeps the same focus</source>
        <translation>The goal written down so the whole team keeps the same focus</translation>
    </message>
</context>
<context>
    <name>ChangeSentences</name>
    <message>
        <source>map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lane %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved %1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangesWidget</name>
    <message>
        <source>Click a change to show it on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personas (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phases (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes by id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes by id: the maps differ at most in their dates or in how the file is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is only in the other file: not on this map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personas are edited in the Personas panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved views are in the Views panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map&apos;s title, goals and authors are in the Brief panel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartMenu</name>
    <message>
        <source>Overlay &amp;Emotion Curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw every shown emotion lane as one chart, one curve per persona (saved in the chosen view)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckDock</name>
    <message>
        <source>Map check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a finding to show what it names on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 8 keys ok</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareDock</name>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From this map to “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From “%1” to this map:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey maps (*.cjmap)</source>
        <translation type="unfinished">Journey maps (*.cjmap)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished">All files (*)</translation>
    </message>
</context>
<context>
    <name>CounterpartCompare</name>
    <message>
        <source>Compare with &amp;Counterpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the other map of the pair (current ↔ future) over this one: its emotion curve and the stages that differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with the map in the brief&apos;s Counterpart field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a counterpart map in the brief first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the map first: its counterpart is found relative to its file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This map has no counterpart: choose one in the brief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with “%1”: %2 stage(s) differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterpartField</name>
    <message>
        <source>Choose the other map of the pair (current ↔ future)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No counterpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the map first: the counterpart is stored relative to its file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a journey map (a .cjmap file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counterpart must be on the same drive as the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterpart map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey maps (*.cjmap)</source>
        <translation type="unfinished">Journey maps (*.cjmap)</translation>
    </message>
</context>
<context>
    <name>DiskWatcher</name>
    <message>
        <source>“%1” was deleted or moved by another program. The map is now only in this window: save it to keep it.</source>
        <translation>“%1” was deleted or moved by another program. The map is now only in this window: save it to keep it.</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>File changed on disk</translation>
    </message>
    <message>
        <source>“%1” was changed by another program since you opened or saved it.</source>
        <translation>“%1” was changed by another program since you opened or saved it.</translation>
    </message>
    <message>
        <source>Reload it and lose your unsaved changes, keep your version by saving it under another name, or overwrite the other program&apos;s changes with your version?</source>
        <translation>Reload it and lose your unsaved changes, keep your version by saving it under another name, or overwrite the other program&apos;s changes with your version?</translation>
    </message>
    <message>
        <source>Reload it, keep your version by saving it under another name, or overwrite the other program&apos;s changes with your version?</source>
        <translation>Reload it, keep your version by saving it under another name, or overwrite the other program&apos;s changes with your version?</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Keep Mine…</source>
        <translation>Keep Mine…</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Overwrite</translation>
    </message>
    <message>
        <source>Reloaded %1</source>
        <translation>Reloaded %1</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Something went wrong: %1</translation>
    </message>
    <message>
        <source>The window stays open and your unsaved changes are kept in a recovery copy. Save your work now.</source>
        <translation>The window stays open and your unsaved changes are kept in a recovery copy. Save your work now.</translation>
    </message>
    <message>
        <source>Details were written to the log file:</source>
        <translation>Details were written to the log file:</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>PDF poster (vector, for printing)</source>
        <translation>PDF poster (vector, for printing)</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG image</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG drawing</translation>
    </message>
    <message>
        <source>Web page (HTML, opens offline in any browser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slides (PDF, 16:9, one slide per stage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Sho&amp;ws:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Resolution:</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>Custom size</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Size:</translation>
    </message>
    <message>
        <source>Custom:</source>
        <translation>Custom:</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Orientation:</translation>
    </message>
    <message>
        <source>Fit the map to the page</source>
        <translation>Fit the map to the page</translation>
    </message>
    <message>
        <source>Actual size (1:1, the page grows)</source>
        <translation>Actual size (1:1, the page grows)</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>S&amp;cale:</translation>
    </message>
    <message>
        <source>Smallest &amp;legible paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the smallest of A4 to A0 on which card titles print at 8 pt or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bleed:</source>
        <translation>&amp;Bleed:</translation>
    </message>
    <message>
        <source>Print on several sheets (tiles)</source>
        <translation>Print on several sheets (tiles)</translation>
    </message>
    <message>
        <source>S&amp;heet size:</source>
        <translation>S&amp;heet size:</translation>
    </message>
    <message>
        <source>Each sheet overlaps its neighbours by this much, to glue or tape them together.</source>
        <translation>Each sheet overlaps its neighbours by this much, to glue or tape them together.</translation>
    </message>
    <message>
        <source>Pages after the poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More pages in the same PDF, after the map (the command line&apos;s --pages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact × effort ma&amp;trix of opportunities and ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile per &amp;persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map&apos;s health chec&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;verlap:</source>
        <translation>O&amp;verlap:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>CSV table (the cards, one row each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (cards, stages and lanes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mermaid journey (for a README or a wiki)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole map, all personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved view: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one that prints larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Legal</translation>
    </message>
    <message>
        <source>Tabloid</source>
        <translation>Tabloid</translation>
    </message>
    <message>
        <source>CSV table: %1 cards, one row each, %2 columns, UTF-8. Any spreadsheet opens it; File → Import table… reads it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook: the sheet “cards” with %1 cards, one row each, and the sheets “stages” (%2) and “lanes” (%3) with all their fields. File → Import table… reads it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 picture cards are left out: a table holds no pictures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mermaid journey for a README or a wiki: %1 sections (the stages) and %2 tasks (the action cards), scored by each persona&apos;s emotion. The other lanes, phases and connections are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slides: %1 pages of 13.33 × 7.5 in (16:9), a title slide with the brief and the personas, then one slide per stage with its moment, its cards lane by lane and the emotion curve. No text under 14 pt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pt on paper: too small to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pt on paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures under 150 ppi, they will look soft: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That would take %1 sheets (at most %2): choose a smaller paper size or larger sheets.</source>
        <translation>That would take %1 sheets (at most %2): choose a smaller paper size or larger sheets.</translation>
    </message>
    <message>
        <source>Web page of the whole map, one file that opens offline in any browser: zoom and pan, a card&apos;s details on click, the persona filter and the saved views. Nothing is fetched from the internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image of the whole map: %1 × %2 pixels at %3 dpi.</source>
        <translation>PNG image of the whole map: %1 × %2 pixels at %3 dpi.</translation>
    </message>
    <message>
        <source>At %1 dpi it would be over %2 megapixels; export a PDF for full detail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing of the whole map: %1 × %2 mm.</source>
        <translation>SVG drawing of the whole map: %1 × %2 mm.</translation>
    </message>
    <message>
        <source>Actual size: the page grows to %1 × %2 mm.</source>
        <translation>Actual size: the page grows to %1 × %2 mm.</translation>
    </message>
    <message>
        <source>Actual size on a %3 page, %1 × %2 mm.</source>
        <translation>Actual size on a %3 page, %1 × %2 mm.</translation>
    </message>
    <message>
        <source>%3 %4, %1 × %2 mm; the map at %5 %.</source>
        <translation>%3 %4, %1 × %2 mm; the map at %5 %.</translation>
    </message>
    <message>
        <source>%1 mm bleed</source>
        <translation>%1 mm bleed</translation>
    </message>
    <message>
        <source>crop marks</source>
        <translation>crop marks</translation>
    </message>
    <message>
        <source>1 sheet</source>
        <translation>1 sheet</translation>
    </message>
    <message>
        <source>%1 sheets (%2 × %3)</source>
        <translation>%1 sheets (%2 × %3)</translation>
    </message>
    <message>
        <source>%1 of %2 %3, plus an assembly page.</source>
        <translation>%1 of %2 %3, plus an assembly page.</translation>
    </message>
    <message>
        <source>portrait</source>
        <translation>portrait</translation>
    </message>
    <message>
        <source>landscape</source>
        <translation>landscape</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG drawings (*.svg)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mermaid journeys (*.mmd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>Export map</translation>
    </message>
    <message>
        <source>Crop &amp;marks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Exporting “%1”…</source>
        <translation>Exporting “%1”…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
    <message>
        <source>Export failed.</source>
        <translation>Export failed.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>“%1” could not be exported.</source>
        <translation>“%1” could not be exported.</translation>
    </message>
    <message>
        <source>No file was written; a file of that name, if there was one, is as it was.</source>
        <translation>No file was written; a file of that name, if there was one, is as it was.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words of a card&apos;s title, text or tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more in folded or filtered lanes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to cjeditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent maps yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a customer journey map: the stages your customer goes through, what they do, think and feel in each, and where you can do better. Start from a template, or open the example to see a finished map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New map from a &amp;template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a template to start a new map from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A finished journey map to look at and try the editor on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a journey map (.cjmap) from a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent maps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show this screen when cjeditor starts without a map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Select the next card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+arrow keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise or lower the selected emotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Up, Ctrl+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First or last card of the lane (Ctrl: of the map)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home, End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a stage, lane or phase header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up from a column&apos;s top card, Left from a lane&apos;s first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected stage or lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next panel, or back to the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F6, Shift+F6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2, Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New line in a card title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the title as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer journey map tells, stage by stage, what a customer does, thinks and feels while dealing with a business, and where the business can do better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Stages are the columns, in the order the customer lives them (for example: discover, compare, buy, receive, use). Insert ▸ Stage adds one after the selected stage; double-click a stage to rename it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Lanes are the rows: each lane type holds one kind of card (see the glossary). Drag a lane type from the palette onto the map, or use Insert ▸ Lane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Cards go in the cell where a lane meets a stage: drag them from the palette, or select a cell and press Insert. Double-click or F2 edits a title; Enter keeps it, Esc leaves it as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. The emotional curve: one emotion per stage, from −2 to +2; drag a face up or down to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Mark the moments of truth on the stages where the customer decides (right-click a stage ▸ Moment of truth).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. Link each opportunity to the pain points it answers (Properties), then export the map as a poster: File ▸ Export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the map is drawn: the Map check panel measures it against the eight keys of a good map; click a finding to see what it names. Give opportunities and ideas an impact and an effort, then drag them in the Prioritise panel&apos;s matrix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Views panel saves the lanes shown, a persona and the overlaid emotion curves (one curve per persona) as a view for an audience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current and future: in the Brief, set the map&apos;s state and choose its counterpart; View ▸ Compare with Counterpart draws the other map&apos;s curve as a dashed ghost and marks the stages that differ (+ added, − removed, ~ changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card or a stage can link to another map (a sub-journey): right-click ▸ Link to Map…; double-click its badge to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File ▸ Export writes posters (PDF, tiled on small sheets if needed), images, a web page, slides, tables (CSV, Excel) and Mermaid journeys; File ▸ Import Table… reads tables and Mermaid journeys back; File ▸ Compare with File… lists what changed since another version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys move from card to card, and on to the stage and lane headers; Ctrl+arrows move the selected card (into the next lane that takes it, past the end of its cell), stage or lane. F6 goes to the next panel and back to the map. A collapsed lane shows how many cards it hides: double-click it, or click its ▸ marker, to expand it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moments of truth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cjeditor guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to build a map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportChoiceDialog</name>
    <message>
        <source>Import table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How should “%1” be imported?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a &amp;new map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to this map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new window with the imported map, not yet saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its cards go into the stages and lanes of the same id or name; other stages and lanes are added at the end. One undo takes it all back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkField</name>
    <message>
        <source>Link to another journey map (a sub-journey)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the linked map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadProblemsDialog</name>
    <message>
        <source>Cannot open map</source>
        <translation>Cannot open map</translation>
    </message>
    <message>
        <source>“%1” was not opened: it is not a valid journey map.</source>
        <translation>“%1” was not opened: it is not a valid journey map.</translation>
    </message>
    <message>
        <source>“%1” was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not opened: it was saved by a newer cjeditor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not opened: it cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not opened: it is too large for a journey map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not changed. Problems found:</source>
        <translation>The file was not changed. Problems found:</translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>&lt;opened map&gt;</source>
        <translation>&lt;opened map&gt;</translation>
    </message>
    <message>
        <source>That is not shown on the canvas (a persona filter hides it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a lane, a cell or a card first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lane takes no new cards.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapStatusBar</name>
    <message>
        <source>Stages: %1 · Lanes: %2 · Cards: %3</source>
        <translation>Stages: %1 · Lanes: %2 · Cards: %3</translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation>Zoom %1 %</translation>
    </message>
</context>
<context>
    <name>NewMapDialog</name>
    <message>
        <source>New journey map</source>
        <translation>New journey map</translation>
    </message>
    <message>
        <source>&amp;Start from a template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the template&apos;s stage and lane names (the interface keeps its own).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanish</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>%1 (%2 stages)</source>
        <translation>%1 (%2 stages)</translation>
    </message>
</context>
<context>
    <name>PaletteDock</name>
    <message>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>Drag onto a lane of the map to add this card</source>
        <translation>Drag onto a lane of the map to add this card</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cards</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Lanes</translation>
    </message>
    <message>
        <source>Drag onto the map, or double-click, to add a lane of this type</source>
        <translation>Drag onto the map, or double-click, to add a lane of this type</translation>
    </message>
</context>
<context>
    <name>PersonaFilter</name>
    <message>
        <source>Show only the lanes of one persona (and the shared lanes)</source>
        <translation>Show only the lanes of one persona (and the shared lanes)</translation>
    </message>
    <message>
        <source>All personas</source>
        <translation>All personas</translation>
    </message>
</context>
<context>
    <name>PersonasDock</name>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Picture…</source>
        <translation>Picture…</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>No picture</translation>
    </message>
    <message>
        <source>Persona picture</source>
        <translation>Persona picture</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>That file is not a picture.</source>
        <translation>That file is not a picture.</translation>
    </message>
</context>
<context>
    <name>PlaceholderView</name>
    <message>
        <source>The map view could not be shown: %1

The map is intact: you can still save and export it. Details are in the log file:
%2</source>
        <translation>The map view could not be shown: %1

The map is intact: you can still save and export it. Details are in the log file:
%2</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery copy every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While a map has unsaved changes, a recovery copy is kept at least this often (and a moment after you stop editing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the previous version as name.cjmap.bak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time cjeditor starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrioritiseDock</name>
    <message>
        <source>Prioritise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a card to a cell to set its impact and effort; drag it to the list to clear them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact × effort matrix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PropertiesDock</name>
    <message>
        <source>Properties</source>
        <translation>Properties</translation>
    </message>
    <message>
        <source>Select a card, a stage, a lane or a phase to edit it.</source>
        <translation>Select a card, a stage, a lane or a phase to edit it.</translation>
    </message>
    <message>
        <source>%1 items selected.</source>
        <translation>%1 items selected.</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Lane</translation>
    </message>
    <message>
        <source>Its stages count for the customer acquisition cost (CAC)</source>
        <translation>Its stages count for the customer acquisition cost (CAC)</translation>
    </message>
    <message>
        <source>1 stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer decides here</source>
        <translation>The customer decides here</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Delete connection</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>“%1” has changed since: saving asks before replacing it.</source>
        <translation>“%1” has changed since: saving asks before replacing it.</translation>
    </message>
    <message>
        <source>“%1” has changed since this copy was made (it was saved later, or another program changed it). If you restore the copy, saving asks before replacing the file.</source>
        <translation>“%1” has changed since this copy was made (it was saved later, or another program changed it). If you restore the copy, saving asks before replacing the file.</translation>
    </message>
    <message>
        <source>Recover unsaved maps</source>
        <translation>Recover unsaved maps</translation>
    </message>
    <message>
        <source>cjeditor did not close normally. These maps had changes that were not saved; a recovery copy of each was kept.</source>
        <translation>cjeditor did not close normally. These maps had changes that were not saved; a recovery copy of each was kept.</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Original file</source>
        <translation>Original file</translation>
    </message>
    <message>
        <source>Copy made</source>
        <translation>Copy made</translation>
    </message>
    <message>
        <source>(never saved)</source>
        <translation>(never saved)</translation>
    </message>
    <message>
        <source>Restore opens them with their changes (save them to keep them). Later keeps the copies for the next start.</source>
        <translation>Restore opens them with their changes (save them to keep them). Later keeps the copies for the next start.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>The copy was moved to %1: it is kept there, and not offered again.</source>
        <translation>The copy was moved to %1: it is kept there, and not offered again.</translation>
    </message>
    <message>
        <source>Recovered the changes made until %1. Save the map to keep them.</source>
        <translation>Recovered the changes made until %1. Save the map to keep them.</translation>
    </message>
</context>
<context>
    <name>SaveErrors</name>
    <message>
        <source>The disk is full.</source>
        <translation>The disk is full.</translation>
    </message>
    <message>
        <source>You are not allowed to write there (the folder or the file is read-only).</source>
        <translation>You are not allowed to write there (the folder or the file is read-only).</translation>
    </message>
    <message>
        <source>The disk is read-only.</source>
        <translation>The disk is read-only.</translation>
    </message>
    <message>
        <source>The folder does not exist any more (was it moved, deleted or unplugged?).</source>
        <translation>The folder does not exist any more (was it moved, deleted or unplugged?).</translation>
    </message>
    <message>
        <source>A folder with that name is in the way.</source>
        <translation>A folder with that name is in the way.</translation>
    </message>
    <message>
        <source>Part of the path is a file, not a folder.</source>
        <translation>Part of the path is a file, not a folder.</translation>
    </message>
    <message>
        <source>The name is too long.</source>
        <translation>The name is too long.</translation>
    </message>
    <message>
        <source>The disk reported an input/output error.</source>
        <translation>The disk reported an input/output error.</translation>
    </message>
    <message>
        <source>“%1” could not be saved.</source>
        <translation>“%1” could not be saved.</translation>
    </message>
    <message>
        <source>The file on disk was not changed, and the map is still open with all your changes.</source>
        <translation>The file on disk was not changed, and the map is still open with all your changes.</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>Save the map under another name or in another folder?</source>
        <translation>Save the map under another name or in another folder?</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Save As…</translation>
    </message>
</context>
<context>
    <name>TableImport</name>
    <message>
        <source>Not a table: a CSV table (.csv), an Excel workbook (.xlsx) or a Mermaid journey (.mmd, or a .md file holding one) can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables and Mermaid journeys (*.csv *.xlsx *.mmd *.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mermaid journeys (*.mmd *.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished">All files (*)</translation>
    </message>
    <message>
        <source>Import table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported “%1” as a new map; Save gives it a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds nothing to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card “%1” cannot be added: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added from “%1”: %2 cards, %3 new stages, %4 new lanes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not imported; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was imported, with %2 warnings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewsDock</name>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a view to switch to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the lanes, persona and overlay below as a named view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">Delete</translation>
    </message>
    <message>
        <source>Lanes shown (tick, and order with Up and Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay emotion curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw every shown emotion lane as one chart, one curve per persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All personas</source>
        <translation type="unfinished">All personas</translation>
    </message>
    <message>
        <source>Whole map (no saved view)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A view shows at least one lane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A view called “%1” exists already: choose another name.</source>
        <translation>A view called “%1” exists already: choose another name.</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>Create a new journey map from a template</source>
        <translation>Create a new journey map from a template</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open a journey map</source>
        <translation>Open a journey map</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save the map</source>
        <translation>Save the map</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <source>Save the map under a new name</source>
        <translation>Save the map under a new name</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vert</translation>
    </message>
    <message>
        <source>Discard the changes and reload the file from disk</source>
        <translation>Discard the changes and reload the file from disk</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Export the map: a PDF poster or slides, an image, a web page, a table or a Mermaid journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A map from a CSV or Excel table or a Mermaid journey, new or added to this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare with File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List what changed between this map and another .cjmap file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Close this map</source>
        <translation>Close this map</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Close every map and quit</source>
        <translation>Close every map and quit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Select &amp;All</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the title of the selected card, stage, lane or phase in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find cards by the words of their title, text or tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Actual Size</translation>
    </message>
    <message>
        <source>&amp;Fit Map in Window</source>
        <translation>&amp;Fit Map in Window</translation>
    </message>
    <message>
        <source>Card &amp;Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a card of the lane&apos;s kind to the selected cell and edit its title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>&amp;Stage</translation>
    </message>
    <message>
        <source>Add a stage after the selected one</source>
        <translation>Add a stage after the selected one</translation>
    </message>
    <message>
        <source>Lane &amp;Below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a lane of the same type below the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hase</source>
        <translation>P&amp;hase</translation>
    </message>
    <message>
        <source>Add a phase</source>
        <translation>Add a phase</translation>
    </message>
    <message>
        <source>Pe&amp;rsona</source>
        <translation>Pe&amp;rsona</translation>
    </message>
    <message>
        <source>Add a persona</source>
        <translation>Add a persona</translation>
    </message>
    <message>
        <source>Add a card to the selected lane and stage</source>
        <translation>Add a card to the selected lane and stage</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to build a journey map, and the keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;lossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lane types and the moments of truth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates, the example map and recent maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About cjeditor</source>
        <translation>&amp;About cjeditor</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Panels</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insert</translation>
    </message>
    <message>
        <source>&amp;Lane</source>
        <translation>&amp;Lane</translation>
    </message>
    <message>
        <source>&amp;Card</source>
        <translation>&amp;Card</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Clear List</translation>
    </message>
</context>
<context>
    <name>WindowFiles</name>
    <message>
        <source>Open journey map</source>
        <translation>Open journey map</translation>
    </message>
    <message>
        <source>Journey maps (*.cjmap)</source>
        <translation>Journey maps (*.cjmap)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Save journey map</source>
        <translation>Save journey map</translation>
    </message>
    <message>
        <source>“%1” is open in another window. Close it first or choose another name.</source>
        <translation>“%1” is open in another window. Close it first or choose another name.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <source>Discard every change made since “%1” was last saved?</source>
        <translation>Discard every change made since “%1” was last saved?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing?</source>
        <translation>Save the changes to “%1” before closing?</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don’t save them.</source>
        <translation>Your changes will be lost if you don’t save them.</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it?</source>
        <translation>“%1” already exists. Replace it?</translation>
    </message>
</context>
<context>
    <name>WindowManager</name>
    <message>
        <source>About cjeditor</source>
        <translation>About cjeditor</translation>
    </message>
    <message>
        <source>cjeditor %1

Draw customer journey maps: stages, swimlanes, touchpoints, moments of truth and the emotional curve, and print them as posters.</source>
        <translation>cjeditor %1

Draw customer journey maps: stages, swimlanes, touchpoints, moments of truth and the emotional curve, and print them as posters.</translation>
    </message>
</context>
<context>
    <name>canvas</name>
    <message>
        <source>A name cannot be empty.</source>
        <translation>A name cannot be empty.</translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>Add card</translation>
    </message>
    <message>
        <source>Add lane below</source>
        <translation>Add lane below</translation>
    </message>
    <message>
        <source>Answers a pain point…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards</source>
        <translation type="unfinished">Cards</translation>
    </message>
    <message>
        <source>Choose a journey map (a .cjmap file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>Collapse</translation>
    </message>
    <message>
        <source>Collapsed: %1. Double-click the lane or click its marker to expand it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Cut</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete lane</source>
        <translation>Delete lane</translation>
    </message>
    <message>
        <source>Delete phase</source>
        <translation>Delete phase</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>Delete stage</translation>
    </message>
    <message>
        <source>Drop a PNG or JPEG file on an images lane to add a picture.</source>
        <translation>Drop a PNG or JPEG file on an images lane to add a picture.</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation>Edit title</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>Expand</translation>
    </message>
    <message>
        <source>Expand lane “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand the lane before adding cards to it.</source>
        <translation>Expand the lane before adding cards to it.</translation>
    </message>
    <message>
        <source>Expand the lane before moving cards into it.</source>
        <translation>Expand the lane before moving cards into it.</translation>
    </message>
    <message>
        <source>Group into a new phase</source>
        <translation>Group into a new phase</translation>
    </message>
    <message>
        <source>Insert stage after</source>
        <translation>Insert stage after</translation>
    </message>
    <message>
        <source>Insert stage before</source>
        <translation>Insert stage before</translation>
    </message>
    <message>
        <source>Is it on another drive?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey maps (*.cjmap)</source>
        <translation type="unfinished">Journey maps (*.cjmap)</translation>
    </message>
    <message>
        <source>Link the selected card or stage to another journey map (a sub-journey)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to Map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked map: %1
Double-click to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links are relative to the map&apos;s file: save it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>Moment of truth</translation>
    </message>
    <message>
        <source>Move card “%1” down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move card “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move card “%1” up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Only in the current map: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in the future map: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Linked Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the map that the selected card or stage links to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>Remo&amp;ve Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the link of the selected cards and stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename lane</source>
        <translation>Rename lane</translation>
    </message>
    <message>
        <source>Rename phase</source>
        <translation>Rename phase</translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation>Rename stage</translation>
    </message>
    <message>
        <source>Save it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the map first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one card or stage that links to a map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cards would leave the map.</source>
        <translation>The cards would leave the map.</translation>
    </message>
    <message>
        <source>The clipboard does not hold cards this editor can read.</source>
        <translation>The clipboard does not hold cards this editor can read.</translation>
    </message>
    <message>
        <source>The picture is larger than 10 MiB.</source>
        <translation>The picture is larger than 10 MiB.</translation>
    </message>
    <message>
        <source>This lane takes no cards made from text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This map has no file yet, so “%1” cannot be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This map has not been saved yet, and links are relative to its file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown lane type.</source>
        <translation>Unknown lane type.</translation>
    </message>
    <message>
        <source>What changed in this stage since the current map:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the future map changes in this stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be linked from this map&apos;s folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be linked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” now spans %2 of its %3 stages: the map ends there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to…</source>
        <translation>Connect to…</translation>
    </message>
    <message>
        <source>Line below this lane</source>
        <translation>Line below this lane</translation>
    </message>
    <message>
        <source>Drag onto another card to connect them</source>
        <translation>Drag onto another card to connect them</translation>
    </message>
    <message>
        <source>These cards are already connected in this direction.</source>
        <translation>These cards are already connected in this direction.</translation>
    </message>
    <message>
        <source>Select one card to connect it to another.</source>
        <translation>Select one card to connect it to another.</translation>
    </message>
    <message>
        <source>%1 cards hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more cards were narrowed too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link to Map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Linked Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 card hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card title takes at most %1 characters: longer lines were cut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A map cannot link to itself: choose another map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection label</source>
        <translation>Connection label</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Label:</translation>
    </message>
    <message>
        <source>Edit label…</source>
        <translation>Edit label…</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Style</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Delete connection</translation>
    </message>
    <message>
        <source>Type to filter the cards</source>
        <translation>Type to filter the cards</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>A map needs at least one stage.</source>
        <translation>A map needs at least one stage.</translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>Add card</translation>
    </message>
    <message>
        <source>Add lane</source>
        <translation>Add lane</translation>
    </message>
    <message>
        <source>Add persona</source>
        <translation>Add persona</translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation>Add phase</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Add stage</translation>
    </message>
    <message>
        <source>Change %1 of card “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 of lane “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 of phase “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 of stage “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change emotion</source>
        <translation>Change emotion</translation>
    </message>
    <message>
        <source>Change persona picture</source>
        <translation>Change persona picture</translation>
    </message>
    <message>
        <source>Collapse lane “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %n cards</source>
        <translation>Delete %n cards</translation>
    </message>
    <message>
        <source>Delete card</source>
        <translation>Delete card</translation>
    </message>
    <message>
        <source>Delete lane</source>
        <translation>Delete lane</translation>
    </message>
    <message>
        <source>Delete persona</source>
        <translation>Delete persona</translation>
    </message>
    <message>
        <source>Delete phase</source>
        <translation>Delete phase</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>Delete stage</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit brief</source>
        <translation>Edit brief</translation>
    </message>
    <message>
        <source>Edit card</source>
        <translation>Edit card</translation>
    </message>
    <message>
        <source>Edit card “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit lane</source>
        <translation>Edit lane</translation>
    </message>
    <message>
        <source>Edit lane “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit persona</source>
        <translation>Edit persona</translation>
    </message>
    <message>
        <source>Edit phase</source>
        <translation>Edit phase</translation>
    </message>
    <message>
        <source>Edit phase “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit stage</source>
        <translation>Edit stage</translation>
    </message>
    <message>
        <source>Edit stage “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand lane “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert stage</source>
        <translation>Insert stage</translation>
    </message>
    <message>
        <source>Keep the links to other maps after moving the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link %1 items to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link card “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link stage “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move card</source>
        <translation>Move card</translation>
    </message>
    <message>
        <source>Move cards</source>
        <translation>Move cards</translation>
    </message>
    <message>
        <source>Move lane</source>
        <translation>Move lane</translation>
    </message>
    <message>
        <source>Move stage</source>
        <translation>Move stage</translation>
    </message>
    <message>
        <source>Only opportunities and ideas have impact and effort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>Remove the link of card “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the link of stage “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the links of %1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename card “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename lane “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename phase “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename stage “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize card</source>
        <translation>Resize card</translation>
    </message>
    <message>
        <source>Select a card or a stage to link it to another map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set impact and effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This map is open read-only: use Save As to edit a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect cards</source>
        <translation>Connect cards</translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation>Edit connection</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Delete connection</translation>
    </message>
    <message>
        <source>Delete connections</source>
        <translation>Delete connections</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set blueprint line</source>
        <translation>Set blueprint line</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>One per line</source>
        <translation>One per line</translation>
    </message>
    <message>
        <source>%1: write a number.</source>
        <translation>%1: write a number.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number.</source>
        <translation>%1: “%2” is not a number.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Choose a colour</translation>
    </message>
    <message>
        <source>%1: “%2” is not a colour: write it as #RRGGBB or #RGB.</source>
        <translation>%1: “%2” is not a colour: write it as #RRGGBB or #RGB.</translation>
    </message>
</context>
<context>
    <name>inserting</name>
    <message>
        <source>No lane takes this card; add a lane first: %1</source>
        <translation>No lane takes this card; add a lane first: %1</translation>
    </message>
    <message>
        <source>Drop a PNG or JPEG file on an images lane to add a picture.</source>
        <translation>Drop a PNG or JPEG file on an images lane to add a picture.</translation>
    </message>
</context>
<context>
    <name>linked_maps</name>
    <message>
        <source>%1 does not exist (a card or stage of “%2” links to it).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>textfit</name>
    <message>
        <source>%1: each line takes at most %2; the rest (%3) was left out.</source>
        <translation>%1: each line takes at most %2; the rest (%3) was left out.</translation>
    </message>
    <message>
        <source>%1: takes at most %2; the rest (%3) was left out.</source>
        <translation>%1: takes at most %2; the rest (%3) was left out.</translation>
    </message>
</context>
</TS>
