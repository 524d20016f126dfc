<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Accessibility</name>
    <message>
        <source>Card kinds, touchpoint channels and lane types: drag one onto the map, or press Enter to add it to the selected lane or the map</source>
        <translation>Tipos de tarjeta, canales de punto de contacto y tipos de carril: arrastre uno al mapa o pulse Intro para añadirlo al carril seleccionado o al mapa</translation>
    </message>
    <message>
        <source>The map&apos;s title, product, objective and team goal</source>
        <translation>El título del mapa, el producto, el objetivo y la meta del equipo</translation>
    </message>
    <message>
        <source>The customers the map is about</source>
        <translation>Los clientes de los que trata el mapa</translation>
    </message>
    <message>
        <source>The fields of the selected card, stage, lane or phase; with nothing selected, what the map holds</source>
        <translation>Los campos de la tarjeta, etapa, carril o fase seleccionada; sin nada seleccionado, lo que contiene el mapa</translation>
    </message>
    <message>
        <source>Every change to the map, the latest last: choose one to go back to it</source>
        <translation>Cada cambio del mapa, el último al final: elija uno para volver a él</translation>
    </message>
    <message>
        <source>What the map still lacks by the method&apos;s rules: choose a finding to select what it names</source>
        <translation>Lo que aún le falta al mapa según las reglas del método: elija un hallazgo para seleccionar lo que nombra</translation>
    </message>
    <message>
        <source>Saved views: which lanes and which persona the map shows</source>
        <translation>Vistas guardadas: qué carriles y qué persona muestra el mapa</translation>
    </message>
    <message>
        <source>The impact and effort matrix of the opportunities and ideas</source>
        <translation>La matriz de impacto y esfuerzo de las oportunidades y las ideas</translation>
    </message>
    <message>
        <source>Enter adds it to the selected lane and stage.</source>
        <translation>Intro la añade al carril y la etapa seleccionados.</translation>
    </message>
    <message>
        <source>Enter adds a lane of this type.</source>
        <translation>Intro añade un carril de este tipo.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Lane: %1</source>
        <translation>Carril: %1</translation>
    </message>
    <message>
        <source>Persona filter</source>
        <translation>Filtro de persona</translation>
    </message>
    <message>
        <source>Show the lanes of one persona only</source>
        <translation>Mostrar solo los carriles de una persona</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sin título</translation>
    </message>
    <message>
        <source>score %1 (from -2 to +2)</source>
        <translation>puntuación %1 (de -2 a +2)</translation>
    </message>
    <message>
        <source>%1 objects selected</source>
        <translation>%1 objetos seleccionados</translation>
    </message>
    <message>
        <source>Delete removes them; arrow keys select one card.</source>
        <translation>Supr los elimina; las flechas seleccionan una tarjeta.</translation>
    </message>
    <message>
        <source>%1 stages, %2 lanes, %3 cards. Arrow keys select a card.</source>
        <translation>%1 etapas, %2 carriles, %3 tarjetas. Las flechas seleccionan una tarjeta.</translation>
    </message>
    <message>
        <source>Journey map: %1</source>
        <translation>Mapa de recorrido: %1</translation>
    </message>
    <message>
        <source>%1: %2, stage %3</source>
        <translation>%1: %2, etapa %3</translation>
    </message>
    <message>
        <source>Lane %1 (%2). Arrow keys move to the next card, F2 edits the title.</source>
        <translation>Carril %1 (%2). Las flechas pasan a la tarjeta siguiente; F2 edita el título.</translation>
    </message>
    <message>
        <source>Stage %1 of %2.</source>
        <translation>Etapa %1 de %2.</translation>
    </message>
    <message>
        <source>Moment of truth: %1.</source>
        <translation>Momento de la verdad: %1.</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Etapa: %1</translation>
    </message>
    <message>
        <source>Lane: %1 (%2)</source>
        <translation>Carril: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 cards.</source>
        <translation>%1 tarjetas.</translation>
    </message>
    <message>
        <source>Collapsed: double-click to expand it.</source>
        <translation>Plegado: haga doble clic para desplegarlo.</translation>
    </message>
    <message>
        <source>Phase: %1</source>
        <translation>Fase: %1</translation>
    </message>
</context>
<context>
    <name>AlreadyOpen</name>
    <message>
        <source>Map already open</source>
        <translation>Mapa ya abierto</translation>
    </message>
    <message>
        <source>“%1” is already open in another cjeditor window (since %2).</source>
        <translation>«%1» ya está abierto en otra ventana de cjeditor (desde %2).</translation>
    </message>
    <message>
        <source>Read-only lets you look and save a copy under another name. Two editors saving the same file would overwrite each other’s changes.</source>
        <translation>En solo lectura puede verlo y guardar una copia con otro nombre. Si dos editores guardan el mismo archivo, uno sobrescribe los cambios del otro.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Abrir solo lectura</translation>
    </message>
    <message>
        <source>Open anyway</source>
        <translation>Abrir de todos modos</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>Another editor has this map open. Save As to edit a copy.</source>
        <translation>Otro editor tiene abierto este mapa. Use Guardar como para editar una copia.</translation>
    </message>
    <message>
        <source>Read-only: another editor has this map open. Save As to edit a copy.</source>
        <translation>Solo lectura: otro editor tiene abierto este mapa. Use Guardar como para editar una copia.</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>unexpected error</source>
        <translation>un error inesperado</translation>
    </message>
    <message>
        <source>Could not write the recovery copy: %1</source>
        <translation>No se ha podido escribir la copia de recuperación: %1</translation>
    </message>
</context>
<context>
    <name>BriefDock</name>
    <message>
        <source>Brief</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Map language</source>
        <translation>Idioma del mapa</translation>
    </message>
    <message>
        <source>The language the map is written in (names of new lanes and stages)</source>
        <translation>El idioma en que está escrito el mapa (nombres de los carriles y etapas nuevos)</translation>
    </message>
    <message>
        <source>Current: how the journey is today; future: the ideal route</source>
        <translation>Actual: cómo es hoy el recorrido; futuro: la ruta ideal</translation>
    </message>
    <message>
        <source>The map&apos;s title, printed on the poster</source>
        <translation>El título del mapa, impreso en el póster</translation>
    </message>
    <message>
        <source>Which one product or service does this journey evaluate?</source>
        <translation>¿Qué producto o servicio evalúa este recorrido?</translation>
    </message>
    <message>
        <source>Why are we making this map?</source>
        <translation>¿Por qué hacemos este mapa?</translation>
    </message>
    <message>
        <source>The goal written down so the whole team keeps the same focus</source>
        <translation>La meta por escrito, para que todo el equipo mantenga el mismo foco</translation>
    </message>
</context>
<context>
    <name>ChangeSentences</name>
    <message>
        <source>map</source>
        <translation>el mapa</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>la persona</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>la fase</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>la etapa</translation>
    </message>
    <message>
        <source>lane</source>
        <translation>el carril</translation>
    </message>
    <message>
        <source>card</source>
        <translation>la tarjeta</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>la conexión</translation>
    </message>
    <message>
        <source>view</source>
        <translation>la vista</translation>
    </message>
    <message>
        <source>lane %1</source>
        <translation>carril %1</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>etapa %1</translation>
    </message>
    <message>
        <source>position %1</source>
        <translation>posición %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nada)</translation>
    </message>
    <message>
        <source>added %1 at %2</source>
        <translation>añadido: %1 (%2)</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>añadido: %1</translation>
    </message>
    <message>
        <source>removed %1 from %2</source>
        <translation>quitado: %1 (%2)</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>quitado: %1</translation>
    </message>
    <message>
        <source>moved %1: %2 → %3</source>
        <translation>movido: %1: %2 → %3</translation>
    </message>
    <message>
        <source>changed %1: %2</source>
        <translation>cambios en %1: %2</translation>
    </message>
</context>
<context>
    <name>ChangesWidget</name>
    <message>
        <source>Click a change to show it on the map</source>
        <translation>Haga clic en un cambio para verlo en el mapa</translation>
    </message>
    <message>
        <source>The map (%1)</source>
        <translation>El mapa (%1)</translation>
    </message>
    <message>
        <source>Personas (%1)</source>
        <translation>Personas (%1)</translation>
    </message>
    <message>
        <source>Phases (%1)</source>
        <translation>Fases (%1)</translation>
    </message>
    <message>
        <source>Stages (%1)</source>
        <translation>Etapas (%1)</translation>
    </message>
    <message>
        <source>Lanes (%1)</source>
        <translation>Carriles (%1)</translation>
    </message>
    <message>
        <source>Cards (%1)</source>
        <translation>Tarjetas (%1)</translation>
    </message>
    <message>
        <source>Connections (%1)</source>
        <translation>Conexiones (%1)</translation>
    </message>
    <message>
        <source>Views (%1)</source>
        <translation>Vistas (%1)</translation>
    </message>
    <message>
        <source>%1 changes by id.</source>
        <translation>%1 cambios por identificador.</translation>
    </message>
    <message>
        <source>No changes by id: the maps differ at most in their dates or in how the file is written.</source>
        <translation>Ningún cambio por identificador: los mapas difieren como mucho en sus fechas o en cómo está escrito el archivo.</translation>
    </message>
    <message>
        <source>That is only in the other file: not on this map.</source>
        <translation>Eso solo está en el otro archivo, no en este mapa.</translation>
    </message>
    <message>
        <source>Personas are edited in the Personas panel.</source>
        <translation>Las personas se editan en el panel Personas.</translation>
    </message>
    <message>
        <source>Saved views are in the Views panel.</source>
        <translation>Las vistas guardadas están en el panel Vistas.</translation>
    </message>
    <message>
        <source>The map&apos;s title, goals and authors are in the Brief panel.</source>
        <translation>El título, los objetivos y los autores del mapa están en el panel Resumen.</translation>
    </message>
</context>
<context>
    <name>ChartMenu</name>
    <message>
        <source>Overlay &amp;Emotion Curves</source>
        <translation>Superponer las &amp;curvas emocionales</translation>
    </message>
    <message>
        <source>Draw every shown emotion lane as one chart, one curve per persona (saved in the chosen view)</source>
        <translation>Dibujar todos los carriles de emociones visibles como un solo gráfico, una curva por persona (se guarda en la vista elegida)</translation>
    </message>
</context>
<context>
    <name>CheckDock</name>
    <message>
        <source>Map check</source>
        <translation>Revisión del mapa</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Click a finding to show what it names on the map</source>
        <translation>Haga clic en un hallazgo para ver en el mapa lo que nombra</translation>
    </message>
    <message>
        <source>%1 of 8 keys ok</source>
        <translation>%1 de 8 claves bien</translation>
    </message>
</context>
<context>
    <name>CompareDock</name>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>From this map to “%1”:</source>
        <translation>De este mapa a «%1»:</translation>
    </message>
    <message>
        <source>From “%1” to this map:</source>
        <translation>De «%1» a este mapa:</translation>
    </message>
    <message>
        <source>Compare with file</source>
        <translation>Comparar con un archivo</translation>
    </message>
    <message>
        <source>Journey maps (*.cjmap)</source>
        <translation>Mapas de recorrido (*.cjmap)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>CounterpartCompare</name>
    <message>
        <source>Compare with &amp;Counterpart</source>
        <translation>Co&amp;mparar con el mapa pareja</translation>
    </message>
    <message>
        <source>Draw the other map of the pair (current ↔ future) over this one: its emotion curve and the stages that differ</source>
        <translation>Dibujar sobre este mapa el otro de la pareja (actual ↔ futuro): su curva emocional y las etapas que cambian</translation>
    </message>
    <message>
        <source>Compare with the map in the brief&apos;s Counterpart field</source>
        <translation>Comparar con el mapa del campo «Mapa pareja» del resumen</translation>
    </message>
    <message>
        <source>Choose a counterpart map in the brief first</source>
        <translation>Elija antes un mapa pareja en el resumen</translation>
    </message>
    <message>
        <source>Save the map first: its counterpart is found relative to its file.</source>
        <translation>Guarde antes el mapa: su mapa pareja se busca a partir de la carpeta de su archivo.</translation>
    </message>
    <message>
        <source>This map has no counterpart: choose one in the brief.</source>
        <translation>Este mapa no tiene mapa pareja: elija uno en el resumen.</translation>
    </message>
    <message>
        <source>Compared with “%1”: %2 stage(s) differ.</source>
        <translation>Comparado con «%1»: %2 etapa(s) con cambios.</translation>
    </message>
</context>
<context>
    <name>CounterpartField</name>
    <message>
        <source>Choose the other map of the pair (current ↔ future)</source>
        <translation>Elegir el otro mapa de la pareja (actual ↔ futuro)</translation>
    </message>
    <message>
        <source>No counterpart</source>
        <translation>Sin mapa pareja</translation>
    </message>
    <message>
        <source>Save the map first: the counterpart is stored relative to its file.</source>
        <translation>Guarde antes el mapa: el mapa pareja se guarda en relación con su archivo.</translation>
    </message>
    <message>
        <source>Choose a journey map (a .cjmap file).</source>
        <translation>Elija un mapa de experiencia (un archivo .cjmap).</translation>
    </message>
    <message>
        <source>The counterpart must be on the same drive as the map.</source>
        <translation>El mapa pareja tiene que estar en la misma unidad que el mapa.</translation>
    </message>
    <message>
        <source>Counterpart map</source>
        <translation>Mapa pareja</translation>
    </message>
    <message>
        <source>Journey maps (*.cjmap)</source>
        <translation>Mapas de recorrido (*.cjmap)</translation>
    </message>
</context>
<context>
    <name>DiskWatcher</name>
    <message>
        <source>“%1” was deleted or moved by another program. The map is now only in this window: save it to keep it.</source>
        <translation>Otro programa ha borrado o movido «%1». Ahora el mapa solo está en esta ventana: guárdelo para conservarlo.</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>El archivo ha cambiado en el disco</translation>
    </message>
    <message>
        <source>“%1” was changed by another program since you opened or saved it.</source>
        <translation>Otro programa ha modificado «%1» desde que lo abrió o lo guardó.</translation>
    </message>
    <message>
        <source>Reload it and lose your unsaved changes, keep your version by saving it under another name, or overwrite the other program&apos;s changes with your version?</source>
        <translation>¿Volver a cargarlo y perder los cambios sin guardar, conservar su versión guardándola con otro nombre o sobrescribir los cambios del otro programa con su versión?</translation>
    </message>
    <message>
        <source>Reload it, keep your version by saving it under another name, or overwrite the other program&apos;s changes with your version?</source>
        <translation>¿Volver a cargarlo, conservar su versión guardándola con otro nombre o sobrescribir los cambios del otro programa con su versión?</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Volver a cargar</translation>
    </message>
    <message>
        <source>Keep Mine…</source>
        <translation>Conservar la mía…</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Sobrescribir</translation>
    </message>
    <message>
        <source>Reloaded %1</source>
        <translation>Se ha vuelto a cargar %1</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Algo ha fallado: %1</translation>
    </message>
    <message>
        <source>The window stays open and your unsaved changes are kept in a recovery copy. Save your work now.</source>
        <translation>La ventana sigue abierta y los cambios sin guardar se conservan en una copia de recuperación. Guarde su trabajo ahora.</translation>
    </message>
    <message>
        <source>Details were written to the log file:</source>
        <translation>Los detalles se han escrito en el archivo de registro:</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>PDF poster (vector, for printing)</source>
        <translation>Póster PDF (vectorial, para imprimir)</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Imagen PNG</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>Dibujo SVG</translation>
    </message>
    <message>
        <source>Web page (HTML, opens offline in any browser)</source>
        <translation>Página web (HTML, se abre sin conexión en cualquier navegador)</translation>
    </message>
    <message>
        <source>Slides (PDF, 16:9, one slide per stage)</source>
        <translation>Diapositivas (PDF, 16:9, una por etapa)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> ppp</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Resolución:</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>Tamaño personalizado</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Tamaño:</translation>
    </message>
    <message>
        <source>Custom:</source>
        <translation>Personalizado:</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Horizontal</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Vertical</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Orientación:</translation>
    </message>
    <message>
        <source>Fit the map to the page</source>
        <translation>Ajustar el mapa a la página</translation>
    </message>
    <message>
        <source>Actual size (1:1, the page grows)</source>
        <translation>Tamaño real (1:1, la página crece)</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>Es&amp;cala:</translation>
    </message>
    <message>
        <source>Smallest &amp;legible paper</source>
        <translation>Papel &amp;legible más pequeño</translation>
    </message>
    <message>
        <source>Pick the smallest of A4 to A0 on which card titles print at 8 pt or more</source>
        <translation>Elegir el más pequeño de A4 a A0 en el que los títulos de las tarjetas se imprimen a 8 pt o más</translation>
    </message>
    <message>
        <source>Sho&amp;ws:</source>
        <translation>M&amp;uestra:</translation>
    </message>
    <message>
        <source>Titles:</source>
        <translation>Títulos:</translation>
    </message>
    <message>
        <source>&amp;Bleed:</source>
        <translation>&amp;Sangrado:</translation>
    </message>
    <message>
        <source>Print on several sheets (tiles)</source>
        <translation>Imprimir en varias hojas (mosaico)</translation>
    </message>
    <message>
        <source>S&amp;heet size:</source>
        <translation>Tamaño de &amp;hoja:</translation>
    </message>
    <message>
        <source>Each sheet overlaps its neighbours by this much, to glue or tape them together.</source>
        <translation>Cada hoja se solapa con sus vecinas esta medida, para pegarlas o unirlas con cinta.</translation>
    </message>
    <message>
        <source>Pages after the poster</source>
        <translation>Páginas tras el póster</translation>
    </message>
    <message>
        <source>More pages in the same PDF, after the map (the command line&apos;s --pages).</source>
        <translation>Más páginas en el mismo PDF, tras el mapa (--pages en la línea de órdenes).</translation>
    </message>
    <message>
        <source>Impact × effort ma&amp;trix of opportunities and ideas</source>
        <translation>Matriz &amp;impacto × esfuerzo de oportunidades e ideas</translation>
    </message>
    <message>
        <source>A profile per &amp;persona</source>
        <translation>Un perfil por perso&amp;na</translation>
    </message>
    <message>
        <source>The map&apos;s health chec&amp;k</source>
        <translation>La re&amp;visión del mapa</translation>
    </message>
    <message>
        <source>O&amp;verlap:</source>
        <translation>Sol&amp;ape:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>CSV table (the cards, one row each)</source>
        <translation>Tabla CSV (las tarjetas, una por fila)</translation>
    </message>
    <message>
        <source>Excel workbook (cards, stages and lanes)</source>
        <translation>Libro de Excel (tarjetas, etapas y carriles)</translation>
    </message>
    <message>
        <source>Mermaid journey (for a README or a wiki)</source>
        <translation>Recorrido Mermaid (para un README o una wiki)</translation>
    </message>
    <message>
        <source>The whole map, all personas</source>
        <translation>Todo el mapa, todas las personas</translation>
    </message>
    <message>
        <source>Persona: %1</source>
        <translation>Persona: %1</translation>
    </message>
    <message>
        <source>Saved view: %1</source>
        <translation>Vista guardada: %1</translation>
    </message>
    <message>
        <source>The one that prints larger</source>
        <translation>La que imprime más grande</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Oficio</translation>
    </message>
    <message>
        <source>Tabloid</source>
        <translation>Tabloide</translation>
    </message>
    <message>
        <source>CSV table: %1 cards, one row each, %2 columns, UTF-8. Any spreadsheet opens it; File → Import table… reads it back.</source>
        <translation>Tabla CSV: %1 tarjetas, una por fila, %2 columnas, UTF-8. La abre cualquier hoja de cálculo; Archivo → Importar tabla… la vuelve a leer.</translation>
    </message>
    <message>
        <source>Excel workbook: the sheet “cards” with %1 cards, one row each, and the sheets “stages” (%2) and “lanes” (%3) with all their fields. File → Import table… reads it back.</source>
        <translation>Libro de Excel: la hoja «cards» con %1 tarjetas, una por fila, y las hojas «stages» (%2) y «lanes» (%3) con todos sus campos. Archivo → Importar tabla… lo vuelve a leer.</translation>
    </message>
    <message>
        <source>%1 picture cards are left out: a table holds no pictures.</source>
        <translation>Se dejan fuera %1 tarjetas de imagen: una tabla no lleva imágenes.</translation>
    </message>
    <message>
        <source>Mermaid journey for a README or a wiki: %1 sections (the stages) and %2 tasks (the action cards), scored by each persona&apos;s emotion. The other lanes, phases and connections are left out.</source>
        <translation>Recorrido Mermaid para un README o una wiki: %1 secciones (las etapas) y %2 tareas (las tarjetas de acción), puntuadas con la emoción de cada persona. Los demás carriles, las fases y las conexiones se dejan fuera.</translation>
    </message>
    <message>
        <source>Slides: %1 pages of 13.33 × 7.5 in (16:9), a title slide with the brief and the personas, then one slide per stage with its moment, its cards lane by lane and the emotion curve. No text under 14 pt.</source>
        <translation>Diapositivas: %1 páginas de 13,33 × 7,5 in (16:9), una diapositiva de título con el resumen y las personas, y después una por etapa con su momento, sus tarjetas carril a carril y la curva emocional. Ningún texto por debajo de 14 pt.</translation>
    </message>
    <message>
        <source>%1 pt on paper: too small to read</source>
        <translation>%1 pt en papel: demasiado pequeño para leerlo</translation>
    </message>
    <message>
        <source>%1 pt on paper</source>
        <translation>%1 pt en papel</translation>
    </message>
    <message>
        <source>Pictures under 150 ppi, they will look soft: %1</source>
        <translation>Imágenes por debajo de 150 ppp, se verán borrosas: %1</translation>
    </message>
    <message>
        <source>That would take %1 sheets (at most %2): choose a smaller paper size or larger sheets.</source>
        <translation>Harían falta %1 hojas (como mucho %2): elija un papel más pequeño u hojas más grandes.</translation>
    </message>
    <message>
        <source>Web page of the whole map, one file that opens offline in any browser: zoom and pan, a card&apos;s details on click, the persona filter and the saved views. Nothing is fetched from the internet.</source>
        <translation>Página web del mapa completo, un solo archivo que se abre sin conexión en cualquier navegador: acercar y desplazarse, los detalles de una tarjeta al pulsarla, el filtro de personas y las vistas guardadas. No se descarga nada de internet.</translation>
    </message>
    <message>
        <source>PNG image of the whole map: %1 × %2 pixels at %3 dpi.</source>
        <translation>Imagen PNG del mapa completo: %1 × %2 píxeles a %3 ppp.</translation>
    </message>
    <message>
        <source>At %1 dpi it would be over %2 megapixels; export a PDF for full detail.</source>
        <translation>A %1 ppp pasaría de %2 megapíxeles; exporte un PDF para verlo con todo detalle.</translation>
    </message>
    <message>
        <source>SVG drawing of the whole map: %1 × %2 mm.</source>
        <translation>Dibujo SVG del mapa completo: %1 × %2 mm.</translation>
    </message>
    <message>
        <source>Actual size: the page grows to %1 × %2 mm.</source>
        <translation>Tamaño real: la página crece hasta %1 × %2 mm.</translation>
    </message>
    <message>
        <source>Actual size on a %3 page, %1 × %2 mm.</source>
        <translation>Tamaño real en una página %3, %1 × %2 mm.</translation>
    </message>
    <message>
        <source>%3 %4, %1 × %2 mm; the map at %5 %.</source>
        <translation>%3 %4, %1 × %2 mm; el mapa al %5 %.</translation>
    </message>
    <message>
        <source>%1 mm bleed</source>
        <translation>%1 mm de sangrado</translation>
    </message>
    <message>
        <source>crop marks</source>
        <translation>marcas de corte</translation>
    </message>
    <message>
        <source>1 sheet</source>
        <translation>1 hoja</translation>
    </message>
    <message>
        <source>%1 sheets (%2 × %3)</source>
        <translation>%1 hojas (%2 × %3)</translation>
    </message>
    <message>
        <source>%1 of %2 %3, plus an assembly page.</source>
        <translation>%1 de %2 %3, más una página de montaje.</translation>
    </message>
    <message>
        <source>portrait</source>
        <translation>vertical</translation>
    </message>
    <message>
        <source>landscape</source>
        <translation>horizontal</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dibujos SVG (*.svg)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Páginas web (*.html)</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>Tablas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Mermaid journeys (*.mmd)</source>
        <translation>Recorridos Mermaid (*.mmd)</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>Exportar el mapa</translation>
    </message>
    <message>
        <source>Crop &amp;marks</source>
        <translation>&amp;Marcas de corte</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Exporting “%1”…</source>
        <translation>Exportando «%1»…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado en %1</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se ha escrito ningún archivo.</translation>
    </message>
    <message>
        <source>Export failed.</source>
        <translation>La exportación ha fallado.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>“%1” could not be exported.</source>
        <translation>No se ha podido exportar «%1».</translation>
    </message>
    <message>
        <source>No file was written; a file of that name, if there was one, is as it was.</source>
        <translation>No se ha escrito ningún archivo; si ya había uno con ese nombre, sigue como estaba.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find:</source>
        <translation>Buscar:</translation>
    </message>
    <message>
        <source>Words of a card&apos;s title, text or tags</source>
        <translation>Palabras del título, el texto o las etiquetas de una tarjeta</translation>
    </message>
    <message>
        <source>Find cards</source>
        <translation>Buscar tarjetas</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Resultado anterior (Mayúsculas+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Resultado anterior</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Resultado siguiente (F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Resultado siguiente</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Cerrar la barra de búsqueda (Esc)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Cerrar la barra de búsqueda</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>No card found</source>
        <translation>Ninguna tarjeta encontrada</translation>
    </message>
    <message>
        <source>%1 more in folded or filtered lanes</source>
        <translation>%1 más en carriles plegados o filtrados</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Welcome to cjeditor</source>
        <translation>Bienvenido a cjeditor</translation>
    </message>
    <message>
        <source>No recent maps yet.</source>
        <translation>Todavía no hay mapas recientes.</translation>
    </message>
    <message>
        <source>Start screen</source>
        <translation>Pantalla de inicio</translation>
    </message>
    <message>
        <source>Draw a customer journey map: the stages your customer goes through, what they do, think and feel in each, and where you can do better. Start from a template, or open the example to see a finished map.</source>
        <translation>Dibuje un mapa del recorrido del cliente: las etapas por las que pasa su cliente, lo que hace, piensa y siente en cada una, y dónde puede mejorar. Empiece con una plantilla o abra el ejemplo para ver un mapa terminado.</translation>
    </message>
    <message>
        <source>New map from a &amp;template:</source>
        <translation>Mapa nuevo a partir de una &amp;plantilla:</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Choose a template to start a new map from it</source>
        <translation>Elija una plantilla para empezar con ella un mapa nuevo</translation>
    </message>
    <message>
        <source>Open the &amp;example</source>
        <translation>Abrir el &amp;ejemplo</translation>
    </message>
    <message>
        <source>A finished journey map to look at and try the editor on</source>
        <translation>Un mapa de recorrido terminado, para verlo y probar el editor con él</translation>
    </message>
    <message>
        <source>&amp;Open a map…</source>
        <translation>&amp;Abrir un mapa…</translation>
    </message>
    <message>
        <source>Open a journey map (.cjmap) from a folder</source>
        <translation>Abrir un mapa de recorrido (.cjmap) de una carpeta</translation>
    </message>
    <message>
        <source>&amp;Recent maps:</source>
        <translation>Mapas &amp;recientes:</translation>
    </message>
    <message>
        <source>Recent maps</source>
        <translation>Mapas recientes</translation>
    </message>
    <message>
        <source>&amp;Show this screen when cjeditor starts without a map</source>
        <translation>&amp;Mostrar esta pantalla cuando cjeditor se inicie sin un mapa</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Select the next card</source>
        <translation>Seleccionar la tarjeta siguiente</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Flechas</translation>
    </message>
    <message>
        <source>Move the selected card</source>
        <translation>Mover la tarjeta seleccionada</translation>
    </message>
    <message>
        <source>Ctrl+arrow keys</source>
        <translation>Control+flechas</translation>
    </message>
    <message>
        <source>Raise or lower the selected emotion</source>
        <translation>Subir o bajar la emoción seleccionada</translation>
    </message>
    <message>
        <source>Ctrl+Up, Ctrl+Down</source>
        <translation>Control+arriba, Control+abajo</translation>
    </message>
    <message>
        <source>First or last card of the lane (Ctrl: of the map)</source>
        <translation>Primera o última tarjeta del carril (Ctrl: del mapa)</translation>
    </message>
    <message>
        <source>Home, End</source>
        <translation>Inicio, Fin</translation>
    </message>
    <message>
        <source>Select a stage, lane or phase header</source>
        <translation>Seleccionar la cabecera de una etapa, un carril o una fase</translation>
    </message>
    <message>
        <source>Up from a column&apos;s top card, Left from a lane&apos;s first</source>
        <translation>Arriba desde la primera tarjeta de una columna, Izquierda desde la primera de un carril</translation>
    </message>
    <message>
        <source>Move the selected stage or lane</source>
        <translation>Mover la etapa o el carril seleccionados</translation>
    </message>
    <message>
        <source>Go to the next panel, or back to the map</source>
        <translation>Ir al siguiente panel, o volver al mapa</translation>
    </message>
    <message>
        <source>F6, Shift+F6</source>
        <translation>F6, Mayúsculas+F6</translation>
    </message>
    <message>
        <source>Edit the selected title</source>
        <translation>Editar el título seleccionado</translation>
    </message>
    <message>
        <source>F2, Enter</source>
        <translation>F2, Intro</translation>
    </message>
    <message>
        <source>New line in a card title</source>
        <translation>Nueva línea en el título de una tarjeta</translation>
    </message>
    <message>
        <source>Shift+Enter</source>
        <translation>Mayúsculas+Intro</translation>
    </message>
    <message>
        <source>Leave the title as it was</source>
        <translation>Dejar el título como estaba</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>A customer journey map tells, stage by stage, what a customer does, thinks and feels while dealing with a business, and where the business can do better.</source>
        <translation>Un mapa de experiencia del cliente (customer journey map) cuenta, etapa a etapa, lo que un cliente hace, piensa y siente al tratar con una empresa, y dónde la empresa puede hacerlo mejor.</translation>
    </message>
    <message>
        <source>1. Stages are the columns, in the order the customer lives them (for example: discover, compare, buy, receive, use). Insert ▸ Stage adds one after the selected stage; double-click a stage to rename it.</source>
        <translation>1. Las etapas son las columnas, en el orden en que el cliente las vive (por ejemplo: descubrir, comparar, comprar, recibir, usar). Insertar ▸ Etapa añade una después de la etapa seleccionada; haga doble clic en una etapa para renombrarla.</translation>
    </message>
    <message>
        <source>2. Lanes are the rows: each lane type holds one kind of card (see the glossary). Drag a lane type from the palette onto the map, or use Insert ▸ Lane.</source>
        <translation>2. Los carriles son las filas: cada tipo de carril guarda un tipo de tarjeta (vea el glosario). Arrastre un tipo de carril de la paleta al mapa, o use Insertar ▸ Carril.</translation>
    </message>
    <message>
        <source>3. Cards go in the cell where a lane meets a stage: drag them from the palette, or select a cell and press Insert. Double-click or F2 edits a title; Enter keeps it, Esc leaves it as it was.</source>
        <translation>3. Las tarjetas van en la celda donde un carril se cruza con una etapa: arrástrelas desde la paleta, o seleccione una celda y pulse Insert. Doble clic o F2 edita un título; Intro lo guarda, Esc lo deja como estaba.</translation>
    </message>
    <message>
        <source>4. The emotional curve: one emotion per stage, from −2 to +2; drag a face up or down to change it.</source>
        <translation>4. La curva emocional: una emoción por etapa, de −2 a +2; arrastre una cara hacia arriba o hacia abajo para cambiarla.</translation>
    </message>
    <message>
        <source>5. Mark the moments of truth on the stages where the customer decides (right-click a stage ▸ Moment of truth).</source>
        <translation>5. Marque los momentos de la verdad en las etapas donde el cliente decide (clic derecho en una etapa ▸ Momento de la verdad).</translation>
    </message>
    <message>
        <source>6. Link each opportunity to the pain points it answers (Properties), then export the map as a poster: File ▸ Export.</source>
        <translation>6. Enlace cada oportunidad con los puntos de dolor que resuelve (Propiedades) y exporte el mapa como póster: Archivo ▸ Exportar.</translation>
    </message>
    <message>
        <source>When the map is drawn: the Map check panel measures it against the eight keys of a good map; click a finding to see what it names. Give opportunities and ideas an impact and an effort, then drag them in the Prioritise panel&apos;s matrix.</source>
        <translation>Con el mapa dibujado: el panel Revisión del mapa lo mide con las ocho claves de un buen mapa; haga clic en un hallazgo para ver lo que señala. Dé a las oportunidades y a las ideas un impacto y un esfuerzo, y arrástrelas en la matriz del panel Priorizar.</translation>
    </message>
    <message>
        <source>The Views panel saves the lanes shown, a persona and the overlaid emotion curves (one curve per persona) as a view for an audience.</source>
        <translation>El panel Vistas guarda los carriles que se muestran, una persona y las curvas emocionales superpuestas (una curva por persona) como una vista para un público.</translation>
    </message>
    <message>
        <source>Current and future: in the Brief, set the map&apos;s state and choose its counterpart; View ▸ Compare with Counterpart draws the other map&apos;s curve as a dashed ghost and marks the stages that differ (+ added, − removed, ~ changed).</source>
        <translation>Actual y futuro: en el Resumen, indique el estado del mapa y elija su mapa pareja; Ver ▸ Comparar con el mapa pareja dibuja la curva del otro mapa como una sombra discontinua y marca las etapas que difieren (+ añadida, − quitada, ~ cambiada).</translation>
    </message>
    <message>
        <source>A card or a stage can link to another map (a sub-journey): right-click ▸ Link to Map…; double-click its badge to open it.</source>
        <translation>Una tarjeta o una etapa puede enlazar con otro mapa (un subrecorrido): clic derecho ▸ Enlazar con un mapa…; haga doble clic en su distintivo para abrirlo.</translation>
    </message>
    <message>
        <source>File ▸ Export writes posters (PDF, tiled on small sheets if needed), images, a web page, slides, tables (CSV, Excel) and Mermaid journeys; File ▸ Import Table… reads tables and Mermaid journeys back; File ▸ Compare with File… lists what changed since another version.</source>
        <translation>Archivo ▸ Exportar escribe pósteres (PDF, en hojas pequeñas si hace falta), imágenes, una página web, diapositivas, tablas (CSV, Excel) y recorridos Mermaid; Archivo ▸ Importar tabla… lee tablas y recorridos Mermaid; Archivo ▸ Comparar con un archivo… muestra lo que cambió desde otra versión.</translation>
    </message>
    <message>
        <source>Arrow keys move from card to card, and on to the stage and lane headers; Ctrl+arrows move the selected card (into the next lane that takes it, past the end of its cell), stage or lane. F6 goes to the next panel and back to the map. A collapsed lane shows how many cards it hides: double-click it, or click its ▸ marker, to expand it.</source>
        <translation>Las flechas llevan de tarjeta en tarjeta, y hasta las cabeceras de las etapas y los carriles; Ctrl+flechas mueven la tarjeta seleccionada (al siguiente carril que la admita, pasado el final de su celda), la etapa o el carril. F6 lleva al siguiente panel y de vuelta al mapa. Un carril plegado muestra cuántas tarjetas oculta: haga doble clic en él, o en su marca ▸, para desplegarlo.</translation>
    </message>
    <message>
        <source>Lane types</source>
        <translation>Tipos de carril</translation>
    </message>
    <message>
        <source>Moments of truth</source>
        <translation>Momentos de la verdad</translation>
    </message>
    <message>
        <source>cjeditor guide</source>
        <translation>Guía de cjeditor</translation>
    </message>
    <message>
        <source>How to build a map</source>
        <translation>Cómo hacer un mapa</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glosario</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Teclado</translation>
    </message>
</context>
<context>
    <name>ImportChoiceDialog</name>
    <message>
        <source>Import table</source>
        <translation>Importar tabla</translation>
    </message>
    <message>
        <source>How should “%1” be imported?</source>
        <translation>¿Cómo desea importar «%1»?</translation>
    </message>
    <message>
        <source>As a &amp;new map</source>
        <translation>Como un mapa &amp;nuevo</translation>
    </message>
    <message>
        <source>&amp;Add to this map</source>
        <translation>&amp;Añadir a este mapa</translation>
    </message>
    <message>
        <source>A new window with the imported map, not yet saved.</source>
        <translation>Una ventana nueva con el mapa importado, aún sin guardar.</translation>
    </message>
    <message>
        <source>Its cards go into the stages and lanes of the same id or name; other stages and lanes are added at the end. One undo takes it all back.</source>
        <translation>Sus tarjetas van a las etapas y carriles del mismo identificador o nombre; las demás etapas y carriles se añaden al final. Un solo Deshacer lo retira todo.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
</context>
<context>
    <name>LinkField</name>
    <message>
        <source>Link to another journey map (a sub-journey)</source>
        <translation>Enlazar con otro mapa de recorrido (el recorrido en detalle)</translation>
    </message>
    <message>
        <source>Open the linked map</source>
        <translation>Abrir el mapa enlazado</translation>
    </message>
    <message>
        <source>Remove the link</source>
        <translation>Quitar el enlace</translation>
    </message>
</context>
<context>
    <name>LoadProblemsDialog</name>
    <message>
        <source>Cannot open map</source>
        <translation>No se puede abrir el mapa</translation>
    </message>
    <message>
        <source>“%1” was not opened: it is not a valid journey map.</source>
        <translation>No se ha abierto «%1»: no es un mapa de recorrido válido.</translation>
    </message>
    <message>
        <source>“%1” was not opened.</source>
        <translation>No se ha abierto «%1».</translation>
    </message>
    <message>
        <source>“%1” was not opened: it was saved by a newer cjeditor.</source>
        <translation>No se ha abierto «%1»: se guardó con un cjeditor más reciente.</translation>
    </message>
    <message>
        <source>“%1” was not opened: it cannot be read.</source>
        <translation>No se ha abierto «%1»: no se puede leer.</translation>
    </message>
    <message>
        <source>“%1” was not opened: it is too large for a journey map.</source>
        <translation>No se ha abierto «%1»: es demasiado grande para un mapa de recorrido.</translation>
    </message>
    <message>
        <source>The file was not changed. Problems found:</source>
        <translation>El archivo no se ha modificado. Problemas encontrados:</translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation>Problemas encontrados:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>&lt;opened map&gt;</source>
        <translation>&lt;mapa abierto&gt;</translation>
    </message>
    <message>
        <source>That is not shown on the canvas (a persona filter hides it).</source>
        <translation>Eso no se ve en el lienzo (lo oculta un filtro de persona).</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(solo lectura)</translation>
    </message>
    <message>
        <source>Select a lane, a cell or a card first.</source>
        <translation>Seleccione antes un carril, una celda o una tarjeta.</translation>
    </message>
    <message>
        <source>This lane takes no new cards.</source>
        <translation>Este carril no admite tarjetas nuevas.</translation>
    </message>
</context>
<context>
    <name>MapStatusBar</name>
    <message>
        <source>Stages: %1 · Lanes: %2 · Cards: %3</source>
        <translation>Etapas: %1 · Carriles: %2 · Tarjetas: %3</translation>
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
        <translation>Nuevo mapa de recorrido</translation>
    </message>
    <message>
        <source>&amp;Start from a template:</source>
        <translation>Empezar con una &amp;plantilla:</translation>
    </message>
    <message>
        <source>Map &amp;language:</source>
        <translation>&amp;Idioma del mapa:</translation>
    </message>
    <message>
        <source>The language of the template&apos;s stage and lane names (the interface keeps its own).</source>
        <translation>El idioma de los nombres de etapas y carriles de la plantilla (la interfaz conserva el suyo).</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>%1 (%2 stages)</source>
        <translation>%1 (%2 etapas)</translation>
    </message>
</context>
<context>
    <name>PaletteDock</name>
    <message>
        <source>Palette</source>
        <translation>Paleta</translation>
    </message>
    <message>
        <source>Drag onto a lane of the map to add this card</source>
        <translation>Arrástrela a un carril del mapa para añadir esta tarjeta</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Tarjetas</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Carriles</translation>
    </message>
    <message>
        <source>Drag onto the map, or double-click, to add a lane of this type</source>
        <translation>Arrástrelo al mapa, o haga doble clic, para añadir un carril de este tipo</translation>
    </message>
</context>
<context>
    <name>PersonaFilter</name>
    <message>
        <source>Show only the lanes of one persona (and the shared lanes)</source>
        <translation>Mostrar solo los carriles de una persona (y los compartidos)</translation>
    </message>
    <message>
        <source>All personas</source>
        <translation>Todas las personas</translation>
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
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Picture…</source>
        <translation>Imagen…</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Sin imagen</translation>
    </message>
    <message>
        <source>Persona picture</source>
        <translation>Imagen de la persona</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>That file is not a picture.</source>
        <translation>Ese archivo no es una imagen.</translation>
    </message>
</context>
<context>
    <name>PlaceholderView</name>
    <message>
        <source>The map view could not be shown: %1

The map is intact: you can still save and export it. Details are in the log file:
%2</source>
        <translation>No se ha podido mostrar el mapa: %1

El mapa está intacto: aún puede guardarlo y exportarlo. Los detalles están en el archivo de registro:
%2</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Idioma de la interfaz:</translation>
    </message>
    <message>
        <source>Recovery copy every:</source>
        <translation>Copia de recuperación cada:</translation>
    </message>
    <message>
        <source>While a map has unsaved changes, a recovery copy is kept at least this often (and a moment after you stop editing).</source>
        <translation>Mientras un mapa tiene cambios sin guardar, se guarda una copia de recuperación al menos con esta frecuencia (y un momento después de que deje de editar).</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Saving:</source>
        <translation>Al guardar:</translation>
    </message>
    <message>
        <source>Keep the previous version as name.cjmap.bak</source>
        <translation>Conservar la versión anterior como nombre.cjmap.bak</translation>
    </message>
    <message>
        <source>A new language applies the next time cjeditor starts.</source>
        <translation>El nuevo idioma se aplica la próxima vez que se inicie cjeditor.</translation>
    </message>
</context>
<context>
    <name>PrioritiseDock</name>
    <message>
        <source>Prioritise</source>
        <translation>Priorizar</translation>
    </message>
    <message>
        <source>Drag a card to a cell to set its impact and effort; drag it to the list to clear them</source>
        <translation>Arrastre una tarjeta a una casilla para darle impacto y esfuerzo; a la lista, para quitárselos</translation>
    </message>
    <message>
        <source>Impact × effort matrix</source>
        <translation>Matriz de impacto × esfuerzo</translation>
    </message>
</context>
<context>
    <name>PropertiesDock</name>
    <message>
        <source>Properties</source>
        <translation>Propiedades</translation>
    </message>
    <message>
        <source>Select a card, a stage, a lane or a phase to edit it.</source>
        <translation>Seleccione una tarjeta, una etapa, un carril o una fase para editarla.</translation>
    </message>
    <message>
        <source>%1 items selected.</source>
        <translation>%1 elementos seleccionados.</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Carril</translation>
    </message>
    <message>
        <source>Its stages count for the customer acquisition cost (CAC)</source>
        <translation>Sus etapas cuentan para el coste de captación de clientes (CAC)</translation>
    </message>
    <message>
        <source>1 stage</source>
        <translation>1 etapa</translation>
    </message>
    <message>
        <source>%1 stages</source>
        <translation>%1 etapas</translation>
    </message>
    <message>
        <source>1 lane</source>
        <translation>1 carril</translation>
    </message>
    <message>
        <source>%1 lanes</source>
        <translation>%1 carriles</translation>
    </message>
    <message>
        <source>1 card</source>
        <translation>1 tarjeta</translation>
    </message>
    <message>
        <source>%1 cards</source>
        <translation>%1 tarjetas</translation>
    </message>
    <message>
        <source>1 persona</source>
        <translation>1 persona</translation>
    </message>
    <message>
        <source>%1 personas</source>
        <translation>%1 personas</translation>
    </message>
    <message>
        <source>1 connection</source>
        <translation>1 conexión</translation>
    </message>
    <message>
        <source>%1 connections</source>
        <translation>%1 conexiones</translation>
    </message>
    <message>
        <source>The customer decides here</source>
        <translation>Aquí decide el cliente</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Eliminar conexión</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>“%1” has changed since: saving asks before replacing it.</source>
        <translation>«%1» ha cambiado desde entonces: al guardar se le preguntará antes de reemplazarlo.</translation>
    </message>
    <message>
        <source>“%1” has changed since this copy was made (it was saved later, or another program changed it). If you restore the copy, saving asks before replacing the file.</source>
        <translation>«%1» ha cambiado después de hacerse esta copia (se guardó más tarde o lo modificó otro programa). Si restaura la copia, al guardar se le preguntará antes de reemplazar el archivo.</translation>
    </message>
    <message>
        <source>Recover unsaved maps</source>
        <translation>Recuperar mapas sin guardar</translation>
    </message>
    <message>
        <source>cjeditor did not close normally. These maps had changes that were not saved; a recovery copy of each was kept.</source>
        <translation>cjeditor no se cerró correctamente. Estos mapas tenían cambios sin guardar; se conservó una copia de recuperación de cada uno.</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Original file</source>
        <translation>Archivo original</translation>
    </message>
    <message>
        <source>Copy made</source>
        <translation>Copia hecha</translation>
    </message>
    <message>
        <source>(never saved)</source>
        <translation>(nunca guardado)</translation>
    </message>
    <message>
        <source>Restore opens them with their changes (save them to keep them). Later keeps the copies for the next start.</source>
        <translation>Restaurar los abre con sus cambios (guárdelos para conservarlos). Más tarde conserva las copias para el próximo inicio.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>The copy was moved to %1: it is kept there, and not offered again.</source>
        <translation>La copia se ha movido a %1: allí se conserva, y no se volverá a ofrecer.</translation>
    </message>
    <message>
        <source>Recovered the changes made until %1. Save the map to keep them.</source>
        <translation>Se han recuperado los cambios hechos hasta %1. Guarde el mapa para conservarlos.</translation>
    </message>
</context>
<context>
    <name>SaveErrors</name>
    <message>
        <source>The disk is full.</source>
        <translation>El disco está lleno.</translation>
    </message>
    <message>
        <source>You are not allowed to write there (the folder or the file is read-only).</source>
        <translation>No tiene permiso para escribir ahí (la carpeta o el archivo son de solo lectura).</translation>
    </message>
    <message>
        <source>The disk is read-only.</source>
        <translation>El disco es de solo lectura.</translation>
    </message>
    <message>
        <source>The folder does not exist any more (was it moved, deleted or unplugged?).</source>
        <translation>La carpeta ya no existe (¿se ha movido, borrado o desconectado?).</translation>
    </message>
    <message>
        <source>A folder with that name is in the way.</source>
        <translation>Ya hay una carpeta con ese nombre.</translation>
    </message>
    <message>
        <source>Part of the path is a file, not a folder.</source>
        <translation>Una parte de la ruta es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>The name is too long.</source>
        <translation>El nombre es demasiado largo.</translation>
    </message>
    <message>
        <source>The disk reported an input/output error.</source>
        <translation>El disco ha informado de un error de entrada/salida.</translation>
    </message>
    <message>
        <source>“%1” could not be saved.</source>
        <translation>No se ha podido guardar «%1».</translation>
    </message>
    <message>
        <source>The file on disk was not changed, and the map is still open with all your changes.</source>
        <translation>El archivo del disco no se ha modificado y el mapa sigue abierto con todos sus cambios.</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>No se ha podido guardar</translation>
    </message>
    <message>
        <source>Save the map under another name or in another folder?</source>
        <translation>¿Guardar el mapa con otro nombre o en otra carpeta?</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Guardar como…</translation>
    </message>
</context>
<context>
    <name>TableImport</name>
    <message>
        <source>Not a table: a CSV table (.csv), an Excel workbook (.xlsx) or a Mermaid journey (.mmd, or a .md file holding one) can be imported.</source>
        <translation>No es una tabla: se puede importar una tabla CSV (.csv), un libro de Excel (.xlsx) o un recorrido Mermaid (.mmd, o un archivo .md que lo contenga).</translation>
    </message>
    <message>
        <source>Tables and Mermaid journeys (*.csv *.xlsx *.mmd *.md)</source>
        <translation>Tablas y recorridos Mermaid (*.csv *.xlsx *.mmd *.md)</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>Tablas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Mermaid journeys (*.mmd *.md)</source>
        <translation>Recorridos Mermaid (*.mmd *.md)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import table</source>
        <translation>Importar tabla</translation>
    </message>
    <message>
        <source>Imported “%1” as a new map; Save gives it a name.</source>
        <translation>«%1» importado como un mapa nuevo; al guardarlo le dará un nombre.</translation>
    </message>
    <message>
        <source>“%1” holds nothing to add.</source>
        <translation>«%1» no tiene nada que añadir.</translation>
    </message>
    <message>
        <source>Import “%1”</source>
        <translation>Importar «%1»</translation>
    </message>
    <message>
        <source>The card “%1” cannot be added: %2</source>
        <translation>No se puede añadir la tarjeta «%1»: %2</translation>
    </message>
    <message>
        <source>Added from “%1”: %2 cards, %3 new stages, %4 new lanes.</source>
        <translation>Añadido de «%1»: %2 tarjetas, %3 etapas nuevas, %4 carriles nuevos.</translation>
    </message>
    <message>
        <source>Cannot import table</source>
        <translation>No se puede importar la tabla</translation>
    </message>
    <message>
        <source>“%1” was not imported; nothing was changed.</source>
        <translation>«%1» no se ha importado; no ha cambiado nada.</translation>
    </message>
    <message>
        <source>“%1” was imported, with %2 warnings.</source>
        <translation>«%1» se ha importado, con %2 avisos.</translation>
    </message>
</context>
<context>
    <name>ViewsDock</name>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Vistas guardadas</translation>
    </message>
    <message>
        <source>Choose a view to switch to it</source>
        <translation>Elija una vista para pasar a ella</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>Guardar vista…</translation>
    </message>
    <message>
        <source>Save the lanes, persona and overlay below as a named view</source>
        <translation>Guardar los carriles, la persona y la superposición de abajo como una vista con nombre</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Lanes shown (tick, and order with Up and Down)</source>
        <translation>Carriles que se muestran (márquelos y ordénelos con Subir y Bajar)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Overlay emotion curves</source>
        <translation>Superponer las curvas emocionales</translation>
    </message>
    <message>
        <source>Draw every shown emotion lane as one chart, one curve per persona</source>
        <translation>Dibujar todos los carriles de emociones visibles en un solo gráfico, una curva por persona</translation>
    </message>
    <message>
        <source>All personas</source>
        <translation>Todas las personas</translation>
    </message>
    <message>
        <source>Whole map (no saved view)</source>
        <translation>Mapa completo (sin vista guardada)</translation>
    </message>
    <message>
        <source>A view shows at least one lane.</source>
        <translation>Una vista muestra al menos un carril.</translation>
    </message>
    <message>
        <source>A view called “%1” exists already: choose another name.</source>
        <translation>Ya hay una vista llamada «%1»: elija otro nombre.</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Guardar vista</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Nombre de la vista:</translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation>Renombrar vista</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>Create a new journey map from a template</source>
        <translation>Crear un mapa de recorrido nuevo a partir de una plantilla</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open a journey map</source>
        <translation>Abrir un mapa de recorrido</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the map</source>
        <translation>Guardar el mapa</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar c&amp;omo…</translation>
    </message>
    <message>
        <source>Save the map under a new name</source>
        <translation>Guardar el mapa con otro nombre</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <source>Discard the changes and reload the file from disk</source>
        <translation>Descartar los cambios y volver a cargar el archivo del disco</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Export the map: a PDF poster or slides, an image, a web page, a table or a Mermaid journey</source>
        <translation>Exportar el mapa: un póster o una presentación en PDF, una imagen, una página web, una tabla o un recorrido Mermaid</translation>
    </message>
    <message>
        <source>&amp;Import Table…</source>
        <translation>&amp;Importar tabla…</translation>
    </message>
    <message>
        <source>A map from a CSV or Excel table or a Mermaid journey, new or added to this one</source>
        <translation>Un mapa a partir de una tabla CSV o Excel o de un recorrido Mermaid, nuevo o añadido a este</translation>
    </message>
    <message>
        <source>Co&amp;mpare with File…</source>
        <translation>Co&amp;mparar con un archivo…</translation>
    </message>
    <message>
        <source>List what changed between this map and another .cjmap file</source>
        <translation>Lista lo que cambia entre este mapa y otro archivo .cjmap</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close this map</source>
        <translation>Cerrar este mapa</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Close every map and quit</source>
        <translation>Cerrar todos los mapas y salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleccionar t&amp;odo</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Cambiar &amp;nombre</translation>
    </message>
    <message>
        <source>Edit the title of the selected card, stage, lane or phase in place</source>
        <translation>Editar en el lugar el título de la tarjeta, etapa, carril o fase seleccionada</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Find cards by the words of their title, text or tags</source>
        <translation>Buscar tarjetas por las palabras de su título, su texto o sus etiquetas</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Buscar a&amp;nterior</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <source>&amp;Fit Map in Window</source>
        <translation>&amp;Ajustar el mapa a la ventana</translation>
    </message>
    <message>
        <source>Card &amp;Here</source>
        <translation>&amp;Tarjeta aquí</translation>
    </message>
    <message>
        <source>Add a card of the lane&apos;s kind to the selected cell and edit its title</source>
        <translation>Añadir una tarjeta del tipo del carril en la celda seleccionada y editar su título</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>&amp;Etapa</translation>
    </message>
    <message>
        <source>Add a stage after the selected one</source>
        <translation>Añadir una etapa después de la seleccionada</translation>
    </message>
    <message>
        <source>Lane &amp;Below</source>
        <translation>Carril &amp;debajo</translation>
    </message>
    <message>
        <source>Add a lane of the same type below the selected one</source>
        <translation>Añadir un carril del mismo tipo debajo del seleccionado</translation>
    </message>
    <message>
        <source>P&amp;hase</source>
        <translation>&amp;Fase</translation>
    </message>
    <message>
        <source>Add a phase</source>
        <translation>Añadir una fase</translation>
    </message>
    <message>
        <source>Pe&amp;rsona</source>
        <translation>Pe&amp;rsona</translation>
    </message>
    <message>
        <source>Add a persona</source>
        <translation>Añadir una persona</translation>
    </message>
    <message>
        <source>Add a card to the selected lane and stage</source>
        <translation>Añadir una tarjeta al carril y la etapa seleccionados</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guía</translation>
    </message>
    <message>
        <source>How to build a journey map, and the keyboard shortcuts</source>
        <translation>Cómo hacer un mapa de experiencia, y los atajos de teclado</translation>
    </message>
    <message>
        <source>G&amp;lossary</source>
        <translation>G&amp;losario</translation>
    </message>
    <message>
        <source>The lane types and the moments of truth</source>
        <translation>Los tipos de carril y los momentos de la verdad</translation>
    </message>
    <message>
        <source>&amp;Start Screen</source>
        <translation>Pantalla de &amp;inicio</translation>
    </message>
    <message>
        <source>Templates, the example map and recent maps</source>
        <translation>Plantillas, el mapa de ejemplo y los mapas recientes</translation>
    </message>
    <message>
        <source>&amp;About cjeditor</source>
        <translation>&amp;Acerca de cjeditor</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Paneles</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insertar</translation>
    </message>
    <message>
        <source>&amp;Lane</source>
        <translation>&amp;Carril</translation>
    </message>
    <message>
        <source>&amp;Card</source>
        <translation>&amp;Tarjeta</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Vaciar la lista</translation>
    </message>
</context>
<context>
    <name>WindowFiles</name>
    <message>
        <source>Open journey map</source>
        <translation>Abrir mapa de recorrido</translation>
    </message>
    <message>
        <source>Journey maps (*.cjmap)</source>
        <translation>Mapas de recorrido (*.cjmap)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save journey map</source>
        <translation>Guardar mapa de recorrido</translation>
    </message>
    <message>
        <source>“%1” is open in another window. Close it first or choose another name.</source>
        <translation>«%1» está abierto en otra ventana. Ciérrelo primero o elija otro nombre.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Discard every change made since “%1” was last saved?</source>
        <translation>¿Descartar todos los cambios hechos desde que se guardó «%1» por última vez?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing?</source>
        <translation>¿Guardar los cambios de «%1» antes de cerrar?</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don’t save them.</source>
        <translation>Si no los guarda, se perderán los cambios.</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it?</source>
        <translation>«%1» ya existe. ¿Reemplazarlo?</translation>
    </message>
</context>
<context>
    <name>WindowManager</name>
    <message>
        <source>About cjeditor</source>
        <translation>Acerca de cjeditor</translation>
    </message>
    <message>
        <source>cjeditor %1

Draw customer journey maps: stages, swimlanes, touchpoints, moments of truth and the emotional curve, and print them as posters.</source>
        <translation>cjeditor %1

Dibuje mapas del recorrido del cliente: etapas, carriles, puntos de contacto, momentos de la verdad y la curva emocional, e imprímalos como pósteres.</translation>
    </message>
</context>
<context>
    <name>canvas</name>
    <message>
        <source>A name cannot be empty.</source>
        <translation>Un nombre no puede estar vacío.</translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>Añadir tarjeta</translation>
    </message>
    <message>
        <source>Add lane below</source>
        <translation>Añadir carril debajo</translation>
    </message>
    <message>
        <source>Answers a pain point…</source>
        <translation>Responde a un punto de dolor…</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Tarjetas</translation>
    </message>
    <message>
        <source>Choose a journey map (a .cjmap file).</source>
        <translation>Elija un mapa de recorrido (un archivo .cjmap).</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>Plegar</translation>
    </message>
    <message>
        <source>Collapsed: %1. Double-click the lane or click its marker to expand it.</source>
        <translation>Plegado: %1. Haga doble clic en el carril o pulse su marca para desplegarlo.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Cortar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete lane</source>
        <translation>Eliminar carril</translation>
    </message>
    <message>
        <source>Delete phase</source>
        <translation>Eliminar fase</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>Eliminar etapa</translation>
    </message>
    <message>
        <source>Drop a PNG or JPEG file on an images lane to add a picture.</source>
        <translation>Suelte un archivo PNG o JPEG en un carril de imágenes para añadir una imagen.</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation>Editar título</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>Desplegar</translation>
    </message>
    <message>
        <source>Expand lane “%1”</source>
        <translation>Desplegar el carril «%1»</translation>
    </message>
    <message>
        <source>Expand the lane before adding cards to it.</source>
        <translation>Despliegue el carril antes de añadirle tarjetas.</translation>
    </message>
    <message>
        <source>Expand the lane before moving cards into it.</source>
        <translation>Despliegue el carril antes de mover tarjetas a él.</translation>
    </message>
    <message>
        <source>Group into a new phase</source>
        <translation>Agrupar en una fase nueva</translation>
    </message>
    <message>
        <source>Insert stage after</source>
        <translation>Insertar etapa después</translation>
    </message>
    <message>
        <source>Insert stage before</source>
        <translation>Insertar etapa antes</translation>
    </message>
    <message>
        <source>Is it on another drive?</source>
        <translation>¿Está en otra unidad?</translation>
    </message>
    <message>
        <source>Journey maps (*.cjmap)</source>
        <translation>Mapas de recorrido (*.cjmap)</translation>
    </message>
    <message>
        <source>Link the selected card or stage to another journey map (a sub-journey)</source>
        <translation>Enlazar la tarjeta o etapa seleccionada con otro mapa de recorrido (el recorrido en detalle)</translation>
    </message>
    <message>
        <source>Link to Map</source>
        <translation>Enlazar con un mapa</translation>
    </message>
    <message>
        <source>Link to Map…</source>
        <translation>Enlazar con un mapa…</translation>
    </message>
    <message>
        <source>Linked map: %1
Double-click to open it.</source>
        <translation>Mapa enlazado: %1
Doble clic para abrirlo.</translation>
    </message>
    <message>
        <source>Links are relative to the map&apos;s file: save it first.</source>
        <translation>Los enlaces se guardan en relación con el archivo del mapa: guárdelo antes.</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>Momento de la verdad</translation>
    </message>
    <message>
        <source>Move card “%1” down</source>
        <translation>Bajar la tarjeta «%1»</translation>
    </message>
    <message>
        <source>Move card “%1” to “%2”</source>
        <translation>Mover la tarjeta «%1» a «%2»</translation>
    </message>
    <message>
        <source>Move card “%1” up</source>
        <translation>Subir la tarjeta «%1»</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Only in the current map: %1</source>
        <translation>Solo en el mapa actual: %1</translation>
    </message>
    <message>
        <source>Only in the future map: %1</source>
        <translation>Solo en el mapa futuro: %1</translation>
    </message>
    <message>
        <source>Open Linked Map</source>
        <translation>Abrir el mapa enlazado</translation>
    </message>
    <message>
        <source>Open the map that the selected card or stage links to</source>
        <translation>Abrir el mapa con el que enlaza la tarjeta o etapa seleccionada</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <source>Remo&amp;ve Link</source>
        <translation>&amp;Quitar el enlace</translation>
    </message>
    <message>
        <source>Remove Link</source>
        <translation>Quitar el enlace</translation>
    </message>
    <message>
        <source>Remove the link of the selected cards and stages</source>
        <translation>Quitar el enlace de las tarjetas y etapas seleccionadas</translation>
    </message>
    <message>
        <source>Rename lane</source>
        <translation>Renombrar carril</translation>
    </message>
    <message>
        <source>Rename phase</source>
        <translation>Renombrar fase</translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation>Renombrar etapa</translation>
    </message>
    <message>
        <source>Save it now?</source>
        <translation>¿Guardarlo ahora?</translation>
    </message>
    <message>
        <source>Save the map first.</source>
        <translation>Guarde antes el mapa.</translation>
    </message>
    <message>
        <source>Select one card or stage that links to a map.</source>
        <translation>Seleccione una tarjeta o etapa que enlace con un mapa.</translation>
    </message>
    <message>
        <source>The cards would leave the map.</source>
        <translation>Las tarjetas se saldrían del mapa.</translation>
    </message>
    <message>
        <source>The clipboard does not hold cards this editor can read.</source>
        <translation>El portapapeles no contiene tarjetas que este editor pueda leer.</translation>
    </message>
    <message>
        <source>The picture is larger than 10 MiB.</source>
        <translation>La imagen ocupa más de 10 MiB.</translation>
    </message>
    <message>
        <source>This lane takes no cards made from text.</source>
        <translation>Este carril no admite tarjetas hechas de texto.</translation>
    </message>
    <message>
        <source>This map has no file yet, so “%1” cannot be found.</source>
        <translation>Este mapa aún no tiene archivo, así que no se puede encontrar «%1».</translation>
    </message>
    <message>
        <source>This map has not been saved yet, and links are relative to its file.</source>
        <translation>Este mapa aún no se ha guardado, y los enlaces se guardan en relación con su archivo.</translation>
    </message>
    <message>
        <source>Unknown lane type.</source>
        <translation>Tipo de carril desconocido.</translation>
    </message>
    <message>
        <source>What changed in this stage since the current map:</source>
        <translation>Lo que ha cambiado en esta etapa respecto al mapa actual:</translation>
    </message>
    <message>
        <source>What the future map changes in this stage:</source>
        <translation>Lo que cambia el mapa futuro en esta etapa:</translation>
    </message>
    <message>
        <source>“%1” cannot be linked from this map&apos;s folder.</source>
        <translation>No se puede enlazar «%1» desde la carpeta de este mapa.</translation>
    </message>
    <message>
        <source>“%1” cannot be linked: %2</source>
        <translation>No se puede enlazar «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” now spans %2 of its %3 stages: the map ends there.</source>
        <translation>«%1» abarca ahora %2 de sus %3 etapas: el mapa termina ahí.</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… y %1 más</translation>
    </message>
    <message>
        <source>Connect to…</source>
        <translation>Conectar con…</translation>
    </message>
    <message>
        <source>Line below this lane</source>
        <translation>Línea debajo de este carril</translation>
    </message>
    <message>
        <source>Drag onto another card to connect them</source>
        <translation>Arrastre sobre otra tarjeta para conectarlas</translation>
    </message>
    <message>
        <source>These cards are already connected in this direction.</source>
        <translation>Estas tarjetas ya están conectadas en este sentido.</translation>
    </message>
    <message>
        <source>Select one card to connect it to another.</source>
        <translation>Seleccione una tarjeta para conectarla con otra.</translation>
    </message>
    <message>
        <source>%1 cards hidden</source>
        <translation>%1 tarjetas ocultas</translation>
    </message>
    <message>
        <source>%1 more cards were narrowed too.</source>
        <translation>Se han estrechado también otras %1 tarjetas.</translation>
    </message>
    <message>
        <source>&amp;Link to Map…</source>
        <translation>Enla&amp;zar con un mapa…</translation>
    </message>
    <message>
        <source>&amp;Open Linked Map</source>
        <translation>A&amp;brir el mapa enlazado</translation>
    </message>
    <message>
        <source>1 card hidden</source>
        <translation>1 tarjeta oculta</translation>
    </message>
    <message>
        <source>A card title takes at most %1 characters: longer lines were cut.</source>
        <translation>El título de una tarjeta admite como máximo %1 caracteres: se han cortado las líneas más largas.</translation>
    </message>
    <message>
        <source>A map cannot link to itself: choose another map.</source>
        <translation>Un mapa no puede enlazar consigo mismo: elija otro mapa.</translation>
    </message>
    <message>
        <source>Connection label</source>
        <translation>Etiqueta de la conexión</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Etiqueta:</translation>
    </message>
    <message>
        <source>Edit label…</source>
        <translation>Editar etiqueta…</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Estilo</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Eliminar conexión</translation>
    </message>
    <message>
        <source>Type to filter the cards</source>
        <translation>Escriba para filtrar las tarjetas</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>A map needs at least one stage.</source>
        <translation>Un mapa necesita al menos una etapa.</translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>Añadir tarjeta</translation>
    </message>
    <message>
        <source>Add lane</source>
        <translation>Añadir carril</translation>
    </message>
    <message>
        <source>Add persona</source>
        <translation>Añadir persona</translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation>Añadir fase</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Añadir etapa</translation>
    </message>
    <message>
        <source>Change %1 of card “%2”</source>
        <translation>Cambiar %1 de la tarjeta «%2»</translation>
    </message>
    <message>
        <source>Change %1 of lane “%2”</source>
        <translation>Cambiar %1 del carril «%2»</translation>
    </message>
    <message>
        <source>Change %1 of phase “%2”</source>
        <translation>Cambiar %1 de la fase «%2»</translation>
    </message>
    <message>
        <source>Change %1 of stage “%2”</source>
        <translation>Cambiar %1 de la etapa «%2»</translation>
    </message>
    <message>
        <source>Change emotion</source>
        <translation>Cambiar emoción</translation>
    </message>
    <message>
        <source>Change persona picture</source>
        <translation>Cambiar la imagen de la persona</translation>
    </message>
    <message>
        <source>Collapse lane “%1”</source>
        <translation>Plegar el carril «%1»</translation>
    </message>
    <message>
        <source>Delete %n cards</source>
        <translation>Eliminar %n tarjetas</translation>
    </message>
    <message>
        <source>Delete card</source>
        <translation>Eliminar tarjeta</translation>
    </message>
    <message>
        <source>Delete lane</source>
        <translation>Eliminar carril</translation>
    </message>
    <message>
        <source>Delete persona</source>
        <translation>Eliminar persona</translation>
    </message>
    <message>
        <source>Delete phase</source>
        <translation>Eliminar fase</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>Eliminar etapa</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Eliminar vista</translation>
    </message>
    <message>
        <source>Edit brief</source>
        <translation>Editar resumen</translation>
    </message>
    <message>
        <source>Edit card</source>
        <translation>Editar tarjeta</translation>
    </message>
    <message>
        <source>Edit card “%1”</source>
        <translation>Editar la tarjeta «%1»</translation>
    </message>
    <message>
        <source>Edit lane</source>
        <translation>Editar carril</translation>
    </message>
    <message>
        <source>Edit lane “%1”</source>
        <translation>Editar el carril «%1»</translation>
    </message>
    <message>
        <source>Edit persona</source>
        <translation>Editar persona</translation>
    </message>
    <message>
        <source>Edit phase</source>
        <translation>Editar fase</translation>
    </message>
    <message>
        <source>Edit phase “%1”</source>
        <translation>Editar la fase «%1»</translation>
    </message>
    <message>
        <source>Edit stage</source>
        <translation>Editar etapa</translation>
    </message>
    <message>
        <source>Edit stage “%1”</source>
        <translation>Editar la etapa «%1»</translation>
    </message>
    <message>
        <source>Edit view</source>
        <translation>Cambiar vista</translation>
    </message>
    <message>
        <source>Expand lane “%1”</source>
        <translation>Desplegar el carril «%1»</translation>
    </message>
    <message>
        <source>Insert stage</source>
        <translation>Insertar etapa</translation>
    </message>
    <message>
        <source>Keep the links to other maps after moving the map</source>
        <translation>Mantener los enlaces a otros mapas al mover el mapa</translation>
    </message>
    <message>
        <source>Link %1 items to “%2”</source>
        <translation>Enlazar %1 elementos con «%2»</translation>
    </message>
    <message>
        <source>Link card “%1” to “%2”</source>
        <translation>Enlazar la tarjeta «%1» con «%2»</translation>
    </message>
    <message>
        <source>Link stage “%1” to “%2”</source>
        <translation>Enlazar la etapa «%1» con «%2»</translation>
    </message>
    <message>
        <source>Move card</source>
        <translation>Mover tarjeta</translation>
    </message>
    <message>
        <source>Move cards</source>
        <translation>Mover tarjetas</translation>
    </message>
    <message>
        <source>Move lane</source>
        <translation>Mover carril</translation>
    </message>
    <message>
        <source>Move stage</source>
        <translation>Mover etapa</translation>
    </message>
    <message>
        <source>Only opportunities and ideas have impact and effort.</source>
        <translation>Solo las oportunidades y las ideas tienen impacto y esfuerzo.</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <source>Remove the link of card “%1”</source>
        <translation>Quitar el enlace de la tarjeta «%1»</translation>
    </message>
    <message>
        <source>Remove the link of stage “%1”</source>
        <translation>Quitar el enlace de la etapa «%1»</translation>
    </message>
    <message>
        <source>Remove the links of %1 items</source>
        <translation>Quitar los enlaces de %1 elementos</translation>
    </message>
    <message>
        <source>Rename card “%1” to “%2”</source>
        <translation>Renombrar la tarjeta «%1» como «%2»</translation>
    </message>
    <message>
        <source>Rename lane “%1” to “%2”</source>
        <translation>Renombrar el carril «%1» como «%2»</translation>
    </message>
    <message>
        <source>Rename phase “%1” to “%2”</source>
        <translation>Renombrar la fase «%1» como «%2»</translation>
    </message>
    <message>
        <source>Rename stage “%1” to “%2”</source>
        <translation>Renombrar la etapa «%1» como «%2»</translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation>Renombrar vista</translation>
    </message>
    <message>
        <source>Resize card</source>
        <translation>Cambiar el tamaño de la tarjeta</translation>
    </message>
    <message>
        <source>Select a card or a stage to link it to another map.</source>
        <translation>Seleccione una tarjeta o una etapa para enlazarla con otro mapa.</translation>
    </message>
    <message>
        <source>Set impact and effort</source>
        <translation>Poner impacto y esfuerzo</translation>
    </message>
    <message>
        <source>This map is open read-only: use Save As to edit a copy.</source>
        <translation>Este mapa está abierto en solo lectura: use Guardar como para editar una copia.</translation>
    </message>
    <message>
        <source>Connect cards</source>
        <translation>Conectar tarjetas</translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation>Editar conexión</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Eliminar conexión</translation>
    </message>
    <message>
        <source>Delete connections</source>
        <translation>Eliminar conexiones</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Guardar vista</translation>
    </message>
    <message>
        <source>Set blueprint line</source>
        <translation>Poner línea de blueprint</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>One per line</source>
        <translation>Uno por línea</translation>
    </message>
    <message>
        <source>%1: write a number.</source>
        <translation>%1: escriba un número.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number.</source>
        <translation>%1: «%2» no es un número.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>por defecto</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Elegir un color</translation>
    </message>
    <message>
        <source>%1: “%2” is not a colour: write it as #RRGGBB or #RGB.</source>
        <translation>%1: «%2» no es un color: escríbalo como #RRGGBB o #RGB.</translation>
    </message>
</context>
<context>
    <name>inserting</name>
    <message>
        <source>No lane takes this card; add a lane first: %1</source>
        <translation>Ningún carril admite esta tarjeta; añada antes un carril: %1</translation>
    </message>
    <message>
        <source>Drop a PNG or JPEG file on an images lane to add a picture.</source>
        <translation>Suelte un archivo PNG o JPEG en un carril de imágenes para añadir una imagen.</translation>
    </message>
</context>
<context>
    <name>linked_maps</name>
    <message>
        <source>%1 does not exist (a card or stage of “%2” links to it).</source>
        <translation>%1 no existe (una tarjeta o etapa de «%2» enlaza con él).</translation>
    </message>
</context>
<context>
    <name>textfit</name>
    <message>
        <source>%1: each line takes at most %2; the rest (%3) was left out.</source>
        <translation>%1: cada línea admite como máximo %2; se ha quitado lo que sobraba (%3).</translation>
    </message>
    <message>
        <source>%1: takes at most %2; the rest (%3) was left out.</source>
        <translation>%1: admite como máximo %2; se ha quitado lo que sobraba (%3).</translation>
    </message>
</context>
</TS>
