<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Autosaver</name>
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
    <name>DiskWatcher</name>
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
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>All personas</source>
        <translation>Todas las personas</translation>
    </message>
    <message>
        <source>&amp;Persona:</source>
        <translation>&amp;Persona:</translation>
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
        <source>Crop marks</source>
        <translation>Marcas de corte</translation>
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
        <source>O&amp;verlap:</source>
        <translation>So&amp;lape:</translation>
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
        <source>That would take %1 sheets (at most %2): choose a smaller paper size or larger sheets.</source>
        <translation>Harían falta %1 hojas (como mucho %2): elija un papel más pequeño u hojas más grandes.</translation>
    </message>
    <message>
        <source>A PNG of %1 × %2 pixels is too large: lower the resolution or export a PDF.</source>
        <translation>Un PNG de %1 × %2 píxeles es demasiado grande: baje la resolución o exporte un PDF.</translation>
    </message>
    <message>
        <source>PNG image of the whole map: %1 × %2 pixels at %3 dpi.</source>
        <translation>Imagen PNG del mapa completo: %1 × %2 píxeles a %3 ppp.</translation>
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
        <source>Export map</source>
        <translation>Exportar el mapa</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it?</source>
        <translation>«%1» ya existe. ¿Reemplazarlo?</translation>
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
        <source>The file was not changed. Problems found:</source>
        <translation>El archivo no se ha modificado. Problemas encontrados:</translation>
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
        <source>Untitled</source>
        <translation>Sin título</translation>
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
        <source>Start from a template:</source>
        <translation>Empezar con una plantilla:</translation>
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
        <source>Map language:</source>
        <translation>Idioma del mapa:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
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

El mapa está intacto: aún puedes guardarlo y exportarlo. Los detalles están en el archivo de registro:
%2</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Idioma de la interfaz:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>While a map has unsaved changes, a recovery copy is kept at least this often (and a moment after you stop editing).</source>
        <translation>Mientras un mapa tiene cambios sin guardar, se guarda una copia de recuperación al menos con esta frecuencia (y un momento después de que deje de editar).</translation>
    </message>
    <message>
        <source>Recovery copy every:</source>
        <translation>Copia de recuperación cada:</translation>
    </message>
    <message>
        <source>Keep the previous version as name.cjmap.bak</source>
        <translation>Conservar la versión anterior como nombre.cjmap.bak</translation>
    </message>
    <message>
        <source>Saving:</source>
        <translation>Al guardar:</translation>
    </message>
    <message>
        <source>A new language applies the next time cjeditor starts.</source>
        <translation>El nuevo idioma se aplica la próxima vez que se inicie cjeditor.</translation>
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
        <source>The customer decides here</source>
        <translation>Aquí decide el cliente</translation>
    </message>
    <message>
        <source>other-map.cjmap</source>
        <translation>otro-mapa.cjmap</translation>
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
        <translation>Guardar &amp;como…</translation>
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
        <source>Export the map as a PDF poster, a PNG image or an SVG</source>
        <translation>Exportar el mapa como póster PDF, imagen PNG o SVG</translation>
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
        <translation>Seleccionar &amp;todo</translation>
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
        <source>&amp;Stage</source>
        <translation>&amp;Etapa</translation>
    </message>
    <message>
        <source>Add a stage after the selected one</source>
        <translation>Añadir una etapa después de la seleccionada</translation>
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
</context>
<context>
    <name>WindowManager</name>
    <message>
        <source>… and %1 more problem(s)</source>
        <translation>… y %1 problema(s) más</translation>
    </message>
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
        <source>Collapse</source>
        <translation>Plegar</translation>
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
        <source>Edit card title</source>
        <translation>Editar el título de la tarjeta</translation>
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
        <source>Moment of truth</source>
        <translation>Momento de la verdad</translation>
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
        <source>Paste</source>
        <translation>Pegar</translation>
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
        <source>Unknown lane type.</source>
        <translation>Tipo de carril desconocido.</translation>
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
        <translation>Arrastra sobre otra tarjeta para conectarlas</translation>
    </message>
    <message>
        <source>These cards are already connected in this direction.</source>
        <translation>Estas tarjetas ya están conectadas en este sentido.</translation>
    </message>
    <message>
        <source>Select one card to connect it to another.</source>
        <translation>Selecciona una tarjeta para conectarla con otra.</translation>
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
        <translation>Escribe para filtrar las tarjetas</translation>
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
        <source>Change emotion</source>
        <translation>Cambiar emoción</translation>
    </message>
    <message>
        <source>Change persona picture</source>
        <translation>Cambiar la imagen de la persona</translation>
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
        <source>Edit brief</source>
        <translation>Editar resumen</translation>
    </message>
    <message>
        <source>Edit card</source>
        <translation>Editar tarjeta</translation>
    </message>
    <message>
        <source>Edit lane</source>
        <translation>Editar carril</translation>
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
        <source>Edit stage</source>
        <translation>Editar etapa</translation>
    </message>
    <message>
        <source>Insert stage</source>
        <translation>Insertar etapa</translation>
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
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <source>Resize card</source>
        <translation>Cambiar el tamaño de la tarjeta</translation>
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
        <source>set</source>
        <translation>fijar</translation>
    </message>
    <message>
        <source>default</source>
        <translation>por defecto</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Elegir un color</translation>
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
</TS>
