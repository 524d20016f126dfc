<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Autosaver</name>
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
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Product or service</source>
        <translation>Product or service</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Team goal</source>
        <translation>Team goal</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Authors</translation>
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
        <source>The map's title, printed on the poster</source>
        <translation>The map's title, printed on the poster</translation>
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
    <name>DiskWatcher</name>
    <message>
        <source>File changed on disk</source>
        <translation>File changed on disk</translation>
    </message>
    <message>
        <source>“%1” was changed by another program since you opened or saved it.</source>
        <translation>“%1” was changed by another program since you opened or saved it.</translation>
    </message>
    <message>
        <source>Reload it and lose your unsaved changes, keep your version by saving it under another name, or overwrite the other program's changes with your version?</source>
        <translation>Reload it and lose your unsaved changes, keep your version by saving it under another name, or overwrite the other program's changes with your version?</translation>
    </message>
    <message>
        <source>Reload it, keep your version by saving it under another name, or overwrite the other program's changes with your version?</source>
        <translation>Reload it, keep your version by saving it under another name, or overwrite the other program's changes with your version?</translation>
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
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>All personas</source>
        <translation>All personas</translation>
    </message>
    <message>
        <source>&amp;Persona:</source>
        <translation>&amp;Persona:</translation>
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
        <source>Crop marks</source>
        <translation>Crop marks</translation>
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
        <source>That would take %1 sheets (at most %2): choose a smaller paper size or larger sheets.</source>
        <translation>That would take %1 sheets (at most %2): choose a smaller paper size or larger sheets.</translation>
    </message>
    <message>
        <source>A PNG of %1 × %2 pixels is too large: lower the resolution or export a PDF.</source>
        <translation>A PNG of %1 × %2 pixels is too large: lower the resolution or export a PDF.</translation>
    </message>
    <message>
        <source>PNG image of the whole map: %1 × %2 pixels at %3 dpi.</source>
        <translation>PNG image of the whole map: %1 × %2 pixels at %3 dpi.</translation>
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
        <source>Export map</source>
        <translation>Export map</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it?</source>
        <translation>“%1” already exists. Replace it?</translation>
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
        <source>The file was not changed. Problems found:</source>
        <translation>The file was not changed. Problems found:</translation>
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
        <source>Untitled</source>
        <translation>Untitled</translation>
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
        <source>Start from a template:</source>
        <translation>Start from a template:</translation>
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
        <source>Map language:</source>
        <translation>Map language:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
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
        <source>Touchpoints</source>
        <translation>Touchpoints</translation>
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
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>Frustrations</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
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
        <source>The map view is not available.</source>
        <translation>The map view is not available.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Interface language:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>While a map has unsaved changes, a recovery copy is kept at least this often (and a moment after you stop editing).</source>
        <translation>While a map has unsaved changes, a recovery copy is kept at least this often (and a moment after you stop editing).</translation>
    </message>
    <message>
        <source>Recovery copy every:</source>
        <translation>Recovery copy every:</translation>
    </message>
    <message>
        <source>Keep the previous version as name.cjmap.bak</source>
        <translation>Keep the previous version as name.cjmap.bak</translation>
    </message>
    <message>
        <source>Saving:</source>
        <translation>Saving:</translation>
    </message>
    <message>
        <source>A new language applies the next time cjeditor starts.</source>
        <translation>A new language applies the next time cjeditor starts.</translation>
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
        <source>The customer decides here</source>
        <translation>The customer decides here</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
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
        <source>Export the map as a PDF poster, a PNG image or an SVG</source>
        <translation>Export the map as a PDF poster, a PNG image or an SVG</translation>
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
        <source>&amp;Stage</source>
        <translation>&amp;Stage</translation>
    </message>
    <message>
        <source>Add a stage after the selected one</source>
        <translation>Add a stage after the selected one</translation>
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
</context>
<context>
    <name>WindowManager</name>
    <message>
        <source>is not a regular file (it is a pipe or a device), so it was not read</source>
        <translation>is not a regular file (it is a pipe or a device), so it was not read</translation>
    </message>
    <message>
        <source>… and %1 more problem(s)</source>
        <translation>… and %1 more problem(s)</translation>
    </message>
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
        <source>%n card(s) could not be placed.</source>
        <translation>%n card(s) could not be placed.</translation>
    </message>
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
        <source>Cannot add %s: </source>
        <translation>Cannot add %s: </translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>Collapse</translation>
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
        <source>Edit card title</source>
        <translation>Edit card title</translation>
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
        <source>Moment of truth</source>
        <translation>Moment of truth</translation>
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
        <source>New phase</source>
        <translation>New phase</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>New stage</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Paste</translation>
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
        <source>This lane already has an emotion in that stage.</source>
        <translation>This lane already has an emotion in that stage.</translation>
    </message>
    <message>
        <source>Unknown lane type.</source>
        <translation>Unknown lane type.</translation>
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
        <source>Change emotion</source>
        <translation>Change emotion</translation>
    </message>
    <message>
        <source>Change persona picture</source>
        <translation>Change persona picture</translation>
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
        <source>Edit brief</source>
        <translation>Edit brief</translation>
    </message>
    <message>
        <source>Edit card</source>
        <translation>Edit card</translation>
    </message>
    <message>
        <source>Edit lane</source>
        <translation>Edit lane</translation>
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
        <source>Edit stage</source>
        <translation>Edit stage</translation>
    </message>
    <message>
        <source>Insert stage</source>
        <translation>Insert stage</translation>
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
        <source>Paste</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>Resize card</source>
        <translation>Resize card</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>One per line</source>
        <translation>One per line</translation>
    </message>
    <message>
        <source>set</source>
        <translation>set</translation>
    </message>
    <message>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Choose a colour</translation>
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
    <name>labels</name>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <source>Expectation</source>
        <translation>Expectation</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>Pain point</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunity</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectives</translation>
    </message>
    <message>
        <source>Customer actions</source>
        <translation>Customer actions</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Touchpoints</translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation>Expectations</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>Thoughts</translation>
    </message>
    <message>
        <source>Emotions</source>
        <translation>Emotions</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Pain points</translation>
    </message>
    <message>
        <source>Customer feedback</source>
        <translation>Customer feedback</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <source>Ideas and experiments</source>
        <translation>Ideas and experiments</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metrics</translation>
    </message>
    <message>
        <source>Backstage processes</source>
        <translation>Backstage processes</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Before buying</source>
        <translation>Before buying</translation>
    </message>
    <message>
        <source>While buying</source>
        <translation>While buying</translation>
    </message>
    <message>
        <source>After buying</source>
        <translation>After buying</translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation>Customer service</translation>
    </message>
    <message>
        <source>Common channels</source>
        <translation>Common channels</translation>
    </message>
    <message>
        <source>Social networks</source>
        <translation>Social networks</translation>
    </message>
    <message>
        <source>Online ads</source>
        <translation>Online ads</translation>
    </message>
    <message>
        <source>Marketing content</source>
        <translation>Marketing content</translation>
    </message>
    <message>
        <source>Company events</source>
        <translation>Company events</translation>
    </message>
    <message>
        <source>Peer referral</source>
        <translation>Peer referral</translation>
    </message>
    <message>
        <source>Company staff</source>
        <translation>Company staff</translation>
    </message>
    <message>
        <source>Product catalogue</source>
        <translation>Product catalogue</translation>
    </message>
    <message>
        <source>E-commerce</source>
        <translation>E-commerce</translation>
    </message>
    <message>
        <source>Product reviews</source>
        <translation>Product reviews</translation>
    </message>
    <message>
        <source>Point of sale</source>
        <translation>Point of sale</translation>
    </message>
    <message>
        <source>Thank-you letter</source>
        <translation>Thank-you letter</translation>
    </message>
    <message>
        <source>Feedback survey</source>
        <translation>Feedback survey</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Billing</translation>
    </message>
    <message>
        <source>Subscription renewal</source>
        <translation>Subscription renewal</translation>
    </message>
    <message>
        <source>Support channels</source>
        <translation>Support channels</translation>
    </message>
    <message>
        <source>Customer success programme</source>
        <translation>Customer success programme</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Onboarding</translation>
    </message>
    <message>
        <source>Loyalty programme</source>
        <translation>Loyalty programme</translation>
    </message>
    <message>
        <source>Self-service resources</source>
        <translation>Self-service resources</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Physical store</source>
        <translation>Physical store</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>Mobile app</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observed</translation>
    </message>
    <message>
        <source>Assumed</source>
        <translation>Assumed</translation>
    </message>
    <message>
        <source>Proactive</source>
        <translation>Proactive</translation>
    </message>
    <message>
        <source>Reactive</source>
        <translation>Reactive</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Partly met</source>
        <translation>Partly met</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Survey</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Social media</translation>
    </message>
    <message>
        <source>Support call</source>
        <translation>Support call</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Web analytics</source>
        <translation>Web analytics</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>Follow-up call</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validated</translation>
    </message>
    <message>
        <source>Invalidated</source>
        <translation>Invalidated</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>ZMOT: zero moment of truth</source>
        <translation>ZMOT: zero moment of truth</translation>
    </message>
    <message>
        <source>FMOT: first moment of truth</source>
        <translation>FMOT: first moment of truth</translation>
    </message>
    <message>
        <source>AMOT: waiting for delivery</source>
        <translation>AMOT: waiting for delivery</translation>
    </message>
    <message>
        <source>SMOT: second moment of truth</source>
        <translation>SMOT: second moment of truth</translation>
    </message>
    <message>
        <source>TMOT: third moment of truth</source>
        <translation>TMOT: third moment of truth</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Span (stages)</source>
        <translation>Span (stages)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Channel label</source>
        <translation>Channel label</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Decision point</source>
        <translation>Decision point</translation>
    </message>
    <message>
        <source>Met?</source>
        <translation>Met?</translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Answers pain points</source>
        <translation>Answers pain points</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Hypothesis</source>
        <translation>Hypothesis</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Picture</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>Moment of truth</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Width</translation>
    </message>
    <message>
        <source>Lane type</source>
        <translation>Lane type</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Collapsed</source>
        <translation>Collapsed</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
</context>
</TS>