<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>AttachDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Qué va a ocurrir</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Waiting for the helper</source>
        <translation>Esperando al servicio auxiliar</translation>
    </message>
    <message>
        <source>Waiting for the helper; you may be asked for an administrator&apos;s password.</source>
        <translation>Esperando al servicio auxiliar; es posible que se le pida la contraseña de un administrador.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>A directory on another filesystem, or an unused block device</source>
        <translation>Un directorio en otro sistema de archivos o un dispositivo de bloques sin usar</translation>
    </message>
    <message>
        <source>Snapshot store</source>
        <translation>Almacén de la instantánea</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose a directory for the snapshot store</source>
        <translation>Elegir un directorio para el almacén de la instantánea</translation>
    </message>
    <message>
        <source>Directory for the snapshot store</source>
        <translation>Directorio para el almacén de la instantánea</translation>
    </message>
    <message>
        <source>S&amp;tore:</source>
        <translation>&amp;Almacén:</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Size of the snapshot store</source>
        <translation>Tamaño del almacén de la instantánea</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Chunk size</source>
        <translation>Tamaño de fragmento</translation>
    </message>
    <message>
        <source>&amp;Chunk size:</source>
        <translation>Tamaño de &amp;fragmento:</translation>
    </message>
    <message>
        <source>Kind of fault</source>
        <translation>Tipo de fallo</translation>
    </message>
    <message>
        <source>Fail every read</source>
        <translation>Hacer fallar cada lectura</translation>
    </message>
    <message>
        <source>Fail every write</source>
        <translation>Hacer fallar cada escritura</translation>
    </message>
    <message>
        <source>Drop every write silently</source>
        <translation>Descartar cada escritura sin avisar</translation>
    </message>
    <message>
        <source>%1 will be remapped through dm-linear: its I/O passes unchanged through %2.</source>
        <translation>%1 se redirigirá a través de dm-linear: su E/S pasa sin cambios por %2.</translation>
    </message>
    <message>
        <source>Every read of %1 will wait %2 ms and every write %3 ms before it reaches the device, until you change or detach it.</source>
        <translation>Cada lectura de %1 esperará %2 ms y cada escritura %3 ms antes de llegar al dispositivo, hasta que lo cambie o lo desacople.</translation>
    </message>
    <message>
        <source>A snapshot will keep %1 as it is at this instant, readable at %2-snap. Blocks written afterwards are first copied into the store; if the store fills up, the snapshot is lost but the device goes on working.</source>
        <translation>Una instantánea conservará %1 tal como está en este instante, legible en %2-snap. Los bloques escritos después se copian primero en el almacén; si el almacén se llena, la instantánea se pierde, pero el dispositivo sigue funcionando.</translation>
    </message>
    <message>
        <source>%1 will work for %2 s, then %3 for %4 s, in turn, until you detach it.</source>
        <extracomment>%3 is “fail every read”, “fail every write” or “drop every write silently”.</extracomment>
        <translation>%1 funcionará durante %2 s, luego %3 durante %4 s, alternativamente, hasta que lo desacople.</translation>
    </message>
    <message>
        <source>This is the root filesystem: the whole system runs on it.</source>
        <translation>Este es el sistema de archivos raíz: todo el sistema funciona sobre él.</translation>
    </message>
    <message>
        <source>This is active swap: the memory of every program may pass through it.</source>
        <translation>Esta es un área de intercambio activa: la memoria de cualquier programa puede pasar por ella.</translation>
    </message>
    <message>
        <source>Faults here can crash programs or the whole system.</source>
        <translation>Los fallos aquí pueden bloquear programas o todo el sistema.</translation>
    </message>
    <message>
        <source>Faults can make the mounted filesystem go read-only or lose recent writes.</source>
        <translation>Los fallos pueden hacer que el sistema de archivos montado pase a solo lectura o pierda escrituras recientes.</translation>
    </message>
    <message>
        <source>A long delay slows down every program.</source>
        <translation>Un retardo largo ralentiza todos los programas.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>fail every read</source>
        <translation>hará fallar cada lectura</translation>
    </message>
    <message>
        <source>fail every write</source>
        <translation>hará fallar cada escritura</translation>
    </message>
    <message>
        <source>drop every write silently</source>
        <translation>descartará cada escritura sin avisar</translation>
    </message>
    <message>
        <source>Automatic: in a directory, as large as the device, but at most half of the free space, and always leaving %1 MiB free.</source>
        <translation>Automático: en un directorio, tan grande como el dispositivo, pero como mucho la mitad del espacio libre, y dejando siempre %1 MiB libres.</translation>
    </message>
    <message>
        <source>Store si&amp;ze:</source>
        <translation>&amp;Tamaño del almacén:</translation>
    </message>
    <message>
        <source>&amp;Kind of fault:</source>
        <translation>&amp;Modo de fallo:</translation>
    </message>
    <message>
        <source>Detach puts it back as it was, with no byte lost.</source>
        <translation>Desacoplar lo deja como estaba, sin perder un solo byte.</translation>
    </message>
    <message>
        <source>Every write reaches the device as before. Detach deletes the snapshot and its store; export the snapshot first to keep it.</source>
        <translation>Cada escritura llega al dispositivo como antes. Desacoplar borra la instantánea y su almacén; exporte antes la instantánea para conservarla.</translation>
    </message>
    <message>
        <source>Nothing written is lost, but programs get read errors while it fails, and a filesystem may stop or go read-only; Detach ends the faults, not what they caused.</source>
        <translation>No se pierde nada escrito, pero los programas reciben errores de lectura mientras falla, y un sistema de archivos puede detenerse o pasar a solo lectura; desacoplar termina los fallos, no lo que causaron.</translation>
    </message>
    <message>
        <source>Writes that fail are lost: programs and the filesystem get the errors, and the filesystem may go read-only. Detach ends the faults; it does not bring back what failed.</source>
        <translation>Las escrituras que fallan se pierden: los programas y el sistema de archivos reciben los errores, y el sistema de archivos puede pasar a solo lectura. Desacoplar termina los fallos; no recupera lo que falló.</translation>
    </message>
    <message>
        <source>Writes dropped are lost while programs are told they succeeded: files and the filesystem itself can be left damaged. Detach ends the faults; it does not bring back what was dropped.</source>
        <translation>Las escrituras descartadas se pierden mientras a los programas se les dice que tuvieron éxito: los archivos y el propio sistema de archivos pueden quedar dañados. Desacoplar termina los fallos; no recupera lo descartado.</translation>
    </message>
    <message>
        <source>Not offered here</source>
        <translation>No disponible aquí</translation>
    </message>
    <message>
        <source>“%1” needs Linux 6.5 or later; this system runs Linux %2.</source>
        <translation>«%1» necesita Linux 6.5 o posterior; este sistema ejecuta Linux %2.</translation>
    </message>
    <message>
        <source>It stays in use: no program is stopped, nothing is unmounted.</source>
        <translation>Sigue en uso: no se detiene ningún programa ni se desmonta nada.</translation>
    </message>
</context>
<context>
    <name>BlockDevice</name>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <source>%1 (active swap)</source>
        <translation>%1 (área de intercambio activa)</translation>
    </message>
    <message>
        <source>%1 (%2, mounted on %3)</source>
        <translation>%1 (%2, montado en %3)</translation>
    </message>
    <message>
        <source>%1 (no filesystem known)</source>
        <translation>%1 (ningún sistema de archivos conocido)</translation>
    </message>
    <message>
        <source>%1 (%2, not mounted)</source>
        <translation>%1 (%2, no montado)</translation>
    </message>
</context>
<context>
    <name>BlockDeviceModel</name>
    <message>
        <source>Disk</source>
        <translation>Disco</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partición</translation>
    </message>
    <message>
        <source>Loop device</source>
        <translation>Dispositivo loop</translation>
    </message>
    <message>
        <source>NVMe disk</source>
        <translation>Disco NVMe</translation>
    </message>
    <message>
        <source>RAID (md)</source>
        <translation>RAID (md)</translation>
    </message>
    <message>
        <source>Device-mapper</source>
        <translation>Device-mapper</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>[swap]</source>
        <translation>[intercambio]</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Filesystem</source>
        <translation>Sistema de archivos</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Mounted at</source>
        <translation>Montado en</translation>
    </message>
    <message>
        <source>interposed</source>
        <translation>interpuesto</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
</context>
<context>
    <name>DesktopEntry</name>
    <message>
        <source>Interposer</source>
        <translation>Interposer</translation>
    </message>
    <message>
        <source>Block Device Interposer</source>
        <translation>Interposición de dispositivos de bloques</translation>
    </message>
    <message>
        <source>Put a live, mounted partition under device-mapper (latency, snapshots, faults) without unmounting it</source>
        <translation>Poner una partición montada y en uso bajo device-mapper (latencia, instantáneas, fallos) sin desmontarla</translation>
    </message>
    <message>
        <source>disk;partition;block;device-mapper;dm;latency;delay;snapshot;fault;flakey;storage;</source>
        <extracomment>Keywords of the desktop file: words separated by &quot;;&quot;, ending with &quot;;&quot;</extracomment>
        <translation>disco;partición;bloque;device-mapper;dm;latencia;retardo;instantánea;fallo;almacenamiento;</translation>
    </message>
    <message>
        <source>Interposer Kiosk</source>
        <translation>Quiosco de Interposer</translation>
    </message>
    <message>
        <source>Block Device Interposer Demonstration</source>
        <translation>Demostración de interposición de dispositivos de bloques</translation>
    </message>
    <message>
        <source>Show the demo devices of /etc/interposer/kiosk.conf full screen, for a booth</source>
        <translation>Mostrar a pantalla completa los dispositivos de demostración de /etc/interposer/kiosk.conf, para un stand</translation>
    </message>
    <message>
        <source>Put a live, mounted partition under device-mapper</source>
        <translation>Poner una partición montada y en uso bajo device-mapper</translation>
    </message>
    <message>
        <source>A busy partition under dm-delay, with its live latency chart</source>
        <translation>Una partición en uso bajo dm-delay, con su gráfico de latencia en vivo</translation>
    </message>
</context>
<context>
    <name>DeviceController</name>
    <message>
        <source>&amp;Detach</source>
        <translation>&amp;Desacoplar</translation>
    </message>
</context>
<context>
    <name>DeviceDetails</name>
    <message>
        <source>Disk</source>
        <translation>Disco</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partición</translation>
    </message>
    <message>
        <source>Loop device</source>
        <translation>Dispositivo loop</translation>
    </message>
    <message>
        <source>NVMe namespace</source>
        <translation>Espacio de nombres NVMe</translation>
    </message>
    <message>
        <source>RAID (md)</source>
        <translation>RAID (md)</translation>
    </message>
    <message>
        <source>Device-mapper device</source>
        <translation>Dispositivo device-mapper</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Why no action is offered</source>
        <translation>Por qué no se ofrece ninguna acción</translation>
    </message>
    <message>
        <source>No device selected</source>
        <translation>Ningún dispositivo seleccionado</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 bytes)</translation>
    </message>
    <message>
        <source>Device number</source>
        <translation>Número de dispositivo</translation>
    </message>
    <message>
        <source>Filesystem</source>
        <translation>Sistema de archivos</translation>
    </message>
    <message>
        <source>%1 (active swap)</source>
        <translation>%1 (área de intercambio activa)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Mounted at</source>
        <translation>Montado en</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Usado por</translation>
    </message>
    <message>
        <source>Built on</source>
        <translation>Construido sobre</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export image of %1</source>
        <translation>Exportar imagen de %1</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Estado de la exportación</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>Export rate</source>
        <translation>Velocidad de la exportación</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Cancelar la exportación</translation>
    </message>
    <message>
        <source>The helper went away during the export of %1.</source>
        <translation>El servicio auxiliar desapareció durante la exportación de %1.</translation>
    </message>
    <message>
        <source>Exporting the snapshot of %1 to %2…</source>
        <translation>Exportando la instantánea de %1 a %2…</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>The snapshot of %1 is in %2.</source>
        <translation>La instantánea de %1 está en %2.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>HelperAction</name>
    <message>
        <source>Interposer&apos;s helper did not answer about %1: %2</source>
        <translation>El servicio auxiliar de Interposer no respondió sobre %1: %2</translation>
    </message>
</context>
<context>
    <name>HelperActions</name>
    <message>
        <source>Remapping %1</source>
        <translation>Redirigiendo %1</translation>
    </message>
    <message>
        <source>Adding latency to %1</source>
        <translation>Añadiendo latencia a %1</translation>
    </message>
    <message>
        <source>Taking a snapshot of %1</source>
        <translation>Tomando una instantánea de %1</translation>
    </message>
    <message>
        <source>Injecting faults into %1</source>
        <translation>Inyectando fallos en %1</translation>
    </message>
    <message>
        <source>Detaching %1</source>
        <translation>Desacoplando %1</translation>
    </message>
    <message>
        <source>Changing the settings of %1</source>
        <translation>Cambiando la configuración de %1</translation>
    </message>
    <message>
        <source>Exporting the snapshot of %1</source>
        <translation>Exportando la instantánea de %1</translation>
    </message>
    <message>
        <source>Cancelling the export of %1</source>
        <translation>Cancelando la exportación de %1</translation>
    </message>
</context>
<context>
    <name>HelperError</name>
    <message>
        <source>Unknown option “%1” for %2 of %3; it takes: %4.</source>
        <translation>Opción desconocida «%1» para %2 de %3; admite: %4.</translation>
    </message>
    <message>
        <source>Option “%1” for %2 must be of D-Bus type %3, not %4.</source>
        <translation>La opción «%1» para %2 debe ser del tipo D-Bus %3, no %4.</translation>
    </message>
    <message>
        <source>Option “%1” for %2 is %3 %4; it must be between %5 and %6 %4.</source>
        <translation>La opción «%1» para %2 vale %3 %4; debe estar entre %5 y %6 %4.</translation>
    </message>
    <message>
        <source>Unknown flakey mode “%1” for %2; the modes are error-reads, error-writes and drop-writes.</source>
        <translation>Modo flakey desconocido «%1» para %2; los modos son error-reads, error-writes y drop-writes.</translation>
    </message>
    <message>
        <source>Unknown kind “%1” for %2; the kinds are %3.</source>
        <translation>Tipo desconocido «%1» para %2; los tipos son %3.</translation>
    </message>
    <message>
        <source>A delay of 0 ms on reads, writes and flushes of %1 would change nothing; give read-ms, write-ms or flush-ms above 0 (or use kind linear).</source>
        <translation>Un retardo de 0 ms en las lecturas, escrituras y vaciados de %1 no cambiaría nada; indique read-ms, write-ms o flush-ms mayor que 0 (o use el tipo linear).</translation>
    </message>
    <message>
        <source>Kind flakey for %1 needs both up-seconds and down-seconds.</source>
        <translation>El tipo flakey para %1 necesita tanto up-seconds como down-seconds.</translation>
    </message>
    <message>
        <source>Kind snapshot for %1 needs option store: a block device or a directory on another filesystem.</source>
        <translation>El tipo snapshot para %1 necesita la opción store: un dispositivo de bloques o un directorio en otro sistema de archivos.</translation>
    </message>
    <message>
        <source>Option store for %1 is empty.</source>
        <translation>La opción store para %1 está vacía.</translation>
    </message>
    <message>
        <source>Option store-size for %1 is %2 bytes; a snapshot store needs at least %3 bytes.</source>
        <translation>La opción store-size para %1 es de %2 bytes; un almacén de instantánea necesita al menos %3 bytes.</translation>
    </message>
    <message>
        <source>Option chunk-sectors for %1 is %2; it must be a power of two.</source>
        <translation>La opción chunk-sectors para %1 es %2; debe ser una potencia de dos.</translation>
    </message>
    <message>
        <source>%1 is interposed with kind %2, which has nothing to reconfigure.</source>
        <translation>%1 está interpuesto con el tipo %2, que no tiene nada que reconfigurar.</translation>
    </message>
    <message>
        <source>The snapshot store %1 is not a block device the kernel knows.</source>
        <translation>El almacén de la instantánea %1 no es un dispositivo de bloques que el núcleo conozca.</translation>
    </message>
    <message>
        <source>Option store-size for %1 applies to a directory store only; the block device %2 is used whole.</source>
        <translation>La opción store-size para %1 solo se aplica a un almacén en un directorio; el dispositivo de bloques %2 se usa entero.</translation>
    </message>
    <message>
        <source>The snapshot store %1 is %2 itself, or built on it; a snapshot cannot be stored on its own origin.</source>
        <translation>El almacén de la instantánea %1 es el propio %2, o está construido sobre él; una instantánea no se puede guardar en su propio origen.</translation>
    </message>
    <message>
        <source>The snapshot store %1 is part of an Interposer session.</source>
        <translation>El almacén de la instantánea %1 forma parte de una sesión de Interposer.</translation>
    </message>
    <message>
        <source>The snapshot store %1 is a whole disk with partitions; name a partition or an unused disk.</source>
        <translation>El almacén de la instantánea %1 es un disco entero con particiones; indique una partición o un disco sin usar.</translation>
    </message>
    <message>
        <source>The snapshot store %1 is read-only.</source>
        <translation>El almacén de la instantánea %1 es de solo lectura.</translation>
    </message>
    <message>
        <source>The snapshot store %1 is too small: %2 bytes, at least %3 are needed.</source>
        <translation>El almacén de la instantánea %1 es demasiado pequeño: %2 bytes, y se necesitan al menos %3.</translation>
    </message>
    <message>
        <source>The snapshot store %1 is a loop device or built on one: whoever owns its backing file could read or change the snapshot. Name a disk or partition, or a directory (the helper makes its own store file there).</source>
        <translation>El almacén de la instantánea %1 es un dispositivo loop o está construido sobre uno: quien sea propietario de su archivo de respaldo podría leer o modificar la instantánea. Indique un disco o una partición, o un directorio (el servicio auxiliar crea allí su propio archivo de almacén).</translation>
    </message>
    <message>
        <source>The snapshot store %1 holds %2; the snapshot would overwrite it. Wipe it first (wipefs -a), or pass the option store-overwrite (an administrator is asked every time).</source>
        <translation>El almacén de la instantánea %1 contiene %2; la instantánea lo sobrescribiría. Bórrelo primero (wipefs -a) o pase la opción store-overwrite (se pedirá autorización a un administrador cada vez).</translation>
    </message>
    <message>
        <source>The snapshot store %1 is in use (mounted, or held by another driver); its contents would be overwritten.</source>
        <translation>El almacén de la instantánea %1 está en uso (montado o retenido por otro controlador); su contenido se sobrescribiría.</translation>
    </message>
    <message>
        <source>Option store-overwrite for %1 applies to a block device store only; %2 is a directory.</source>
        <translation>La opción store-overwrite para %1 solo se aplica a un almacén en un dispositivo de bloques; %2 es un directorio.</translation>
    </message>
    <message>
        <source>belongs to uid %1</source>
        <translation>pertenece al UID %1</translation>
    </message>
    <message>
        <source>may be written by others than root (mode %1)</source>
        <translation>puede ser escrito por otros usuarios además de root (modo %1)</translation>
    </message>
    <message>
        <source>The snapshot store directory %1 %2; a store directory must belong to root and be writable by root only, such as /var/lib/interposer/stores.</source>
        <translation>El directorio del almacén de la instantánea %1 %2; un directorio de almacén debe pertenecer a root y solo root debe poder escribir en él, como /var/lib/interposer/stores.</translation>
    </message>
    <message>
        <source>The snapshot store directory %1 is on a FUSE or overlay filesystem: the device behind it is unknown, and a process may see what is written. Choose a directory on a local disk.</source>
        <translation>El directorio del almacén de la instantánea %1 está en un sistema de archivos FUSE u overlay: se desconoce el dispositivo que hay detrás, y un proceso podría ver lo que se escribe. Elija un directorio en un disco local.</translation>
    </message>
    <message>
        <source>The snapshot store directory %1 is on a filesystem whose device cannot be told; the store must be on a filesystem known not to live on %2.</source>
        <translation>El directorio del almacén de la instantánea %1 está en un sistema de archivos cuyo dispositivo no se puede determinar; el almacén debe estar en un sistema de archivos del que se sepa que no reside en %2.</translation>
    </message>
    <message>
        <source>The snapshot store directory %1 is on a filesystem that lives on %2; the store must be on another filesystem.</source>
        <translation>El directorio del almacén de la instantánea %1 está en un sistema de archivos que reside en %2; el almacén debe estar en otro sistema de archivos.</translation>
    </message>
    <message>
        <source>The snapshot store directory %1 is on a filesystem on a loop device: whoever owns its backing file could read or change the snapshot. Choose a directory on a disk.</source>
        <translation>El directorio del almacén de la instantánea %1 está en un sistema de archivos sobre un dispositivo loop: quien sea propietario de su archivo de respaldo podría leer o modificar la instantánea. Elija un directorio en un disco.</translation>
    </message>
    <message>
        <source>The snapshot store directory %1 is too small for %2: %3 bytes are free; a store of at least %4 bytes that leaves half of them, and %5 bytes, to the filesystem&apos;s other users does not fit. Give store-size to use more.</source>
        <translation>El directorio del almacén de la instantánea %1 es demasiado pequeño para %2: hay %3 bytes libres; no cabe un almacén de al menos %4 bytes que deje la mitad de ellos, y %5 bytes, a los demás usuarios del sistema de archivos. Indique store-size para usar más.</translation>
    </message>
    <message>
        <source>The snapshot store directory %1 is too small for %2: %3 bytes are free, the store needs %4.</source>
        <translation>El directorio del almacén de la instantánea %1 es demasiado pequeño para %2: hay %3 bytes libres y el almacén necesita %4.</translation>
    </message>
    <message>
        <source>%1 names a block device the kernel does not have.</source>
        <translation>%1 designa un dispositivo de bloques que el núcleo no tiene.</translation>
    </message>
    <message>
        <source>%1 is a device Interposer made for another session; interpose the original device instead.</source>
        <translation>%1 es un dispositivo que Interposer creó para otra sesión; interponga en su lugar el dispositivo original.</translation>
    </message>
    <message>
        <source>%1 is the device-mapper device “%2”; Interposer puts disks and partitions under device-mapper, not device-mapper devices.</source>
        <translation>%1 es el dispositivo device-mapper «%2»; Interposer pone discos y particiones bajo device-mapper, no dispositivos device-mapper.</translation>
    </message>
    <message>
        <source>%1 is already interposed; detach it first.</source>
        <translation>%1 ya está interpuesto; desacóplelo primero.</translation>
    </message>
    <message>
        <source>%1 is a whole disk with partitions; choose one of its partitions.</source>
        <translation>%1 es un disco entero con particiones; elija una de sus particiones.</translation>
    </message>
    <message>
        <source>%1 has no medium (its size is 0).</source>
        <translation>%1 no tiene soporte (su tamaño es 0).</translation>
    </message>
    <message>
        <source>%1 is read-only; device-mapper would need it writable.</source>
        <translation>%1 es de solo lectura; device-mapper necesitaría poder escribir en él.</translation>
    </message>
    <message>
        <source>Not authorized to change %1: the caller could not be identified.</source>
        <translation>No hay autorización para modificar %1: no se pudo identificar al solicitante.</translation>
    </message>
    <message>
        <source>Cannot ask for authorization to change %1 now: too many requests are waiting for polkit already (at most %2 of one caller, %3 in all); try again when they are answered.</source>
        <translation>No se puede pedir autorización para modificar %1 ahora: ya hay demasiadas solicitudes esperando a polkit (como máximo %2 de un mismo solicitante, %3 en total); vuelva a intentarlo cuando se hayan respondido.</translation>
    </message>
    <message>
        <source>Not authorized to change %1: %2.</source>
        <translation>No hay autorización para modificar %1: %2.</translation>
    </message>
    <message>
        <source>polkit did not answer (%1)</source>
        <translation>polkit no respondió (%1)</translation>
    </message>
    <message>
        <source>polkit answered with an unexpected signature %1</source>
        <translation>polkit respondió con una firma inesperada %1</translation>
    </message>
    <message>
        <source>the authentication dialog was dismissed</source>
        <translation>se cerró el diálogo de autenticación</translation>
    </message>
    <message>
        <source>%1 needs authentication, and the call did not allow interaction</source>
        <translation>%1 requiere autenticación y la llamada no permitía interacción</translation>
    </message>
    <message>
        <source>polkit denied %1</source>
        <translation>polkit denegó %1</translation>
    </message>
    <message>
        <source>the caller disconnected while polkit was asked</source>
        <translation>el solicitante se desconectó mientras se consultaba a polkit</translation>
    </message>
    <message>
        <source>Not authorized to cancel the export of %1: it was started by uid %2.</source>
        <translation>No hay autorización para cancelar la exportación de %1: la inició el UID %2.</translation>
    </message>
    <message>
        <source>a FIFO</source>
        <translation>un FIFO</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>a directory</source>
        <translation>un directorio</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>un dispositivo de bloques</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>un dispositivo de caracteres</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>algo que no es un archivo normal</translation>
    </message>
    <message>
        <source>The export of %1 must go into a regular file; the file descriptor is %2.</source>
        <translation>La exportación de %1 debe ir a un archivo normal; el descriptor de archivo es %2.</translation>
    </message>
    <message>
        <source>The file descriptor for the export of %1 is not open for writing.</source>
        <translation>El descriptor de archivo para la exportación de %1 no está abierto para escritura.</translation>
    </message>
    <message>
        <source>The file for the export of %1 is open for appending (O_APPEND): the image would follow the file&apos;s old contents. Open it without O_APPEND.</source>
        <translation>El archivo para la exportación de %1 está abierto en modo de añadir (O_APPEND): la imagen quedaría a continuación del contenido anterior del archivo. Ábralo sin O_APPEND.</translation>
    </message>
    <message>
        <source>The file for the export of %1 is on a FUSE or overlay filesystem: a process answers its writes and may hold them for ever, and the device behind it is unknown. Choose a file on a local disk.</source>
        <translation>El archivo para la exportación de %1 está en un sistema de archivos FUSE u overlay: un proceso responde a sus escrituras y puede retenerlas indefinidamente, y se desconoce el dispositivo que hay detrás. Elija un archivo en un disco local.</translation>
    </message>
    <message>
        <source>The file for the export of %1 is on a filesystem without a device number of its own, opened through a mount that neither the helper&apos;s nor the machine&apos;s mount table has: whether that filesystem lives on %1 cannot be told. Choose a file on a filesystem the machine mounts.</source>
        <translation>El archivo para la exportación de %1 está en un sistema de archivos sin número de dispositivo propio, abierto a través de un montaje que no figura ni en la tabla de montajes del servicio auxiliar ni en la de la máquina: no se puede determinar si ese sistema de archivos reside en %1. Elija un archivo en un sistema de archivos que monte la máquina.</translation>
    </message>
    <message>
        <source>The file for the export of %1 is on a filesystem on %1 itself: every block written would be copied into the snapshot store until it overflows. Choose a file on another filesystem.</source>
        <translation>El archivo para la exportación de %1 está en un sistema de archivos que reside en el propio %1: cada bloque escrito se copiaría en el almacén de la instantánea hasta desbordarlo. Elija un archivo en otro sistema de archivos.</translation>
    </message>
    <message>
        <source>The file for the export of %1 is on the filesystem that holds its snapshot store: the export would take the store&apos;s space. Choose a file on another filesystem.</source>
        <translation>El archivo para la exportación de %1 está en el sistema de archivos que contiene su almacén de la instantánea: la exportación ocuparía el espacio del almacén. Elija un archivo en otro sistema de archivos.</translation>
    </message>
    <message>
        <source>Cannot record the change of device %1 in %2: %3.</source>
        <translation>No se puede registrar el cambio del dispositivo %1 en %2: %3.</translation>
    </message>
    <message>
        <source>Cannot %1: the kernel module blkinterposer is not loaded (%2: %3).</source>
        <translation>No se puede %1: el módulo del núcleo blkinterposer no está cargado (%2: %3).</translation>
    </message>
    <message>
        <source>interpose %1</source>
        <translation>interponer %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>list interposed devices</source>
        <translation>listar los dispositivos interpuestos</translation>
    </message>
    <message>
        <source>blkinterposer refused LIST: %1.</source>
        <translation>blkinterposer rechazó LIST: %1.</translation>
    </message>
    <message>
        <source>create a bypass for</source>
        <translation>crear un desvío para</translation>
    </message>
    <message>
        <source>remove the bypass of</source>
        <translation>quitar el desvío de</translation>
    </message>
    <message>
        <source>attach</source>
        <translation>acoplar</translation>
    </message>
    <message>
        <source>detach</source>
        <translation>desacoplar</translation>
    </message>
    <message>
        <source>freeze the filesystem on</source>
        <translation>congelar el sistema de archivos de</translation>
    </message>
    <message>
        <source>use</source>
        <translation>usar</translation>
    </message>
    <message>
        <source>the interposer</source>
        <translation>el interposer</translation>
    </message>
    <message>
        <source>The kernel refused to %1 %2: the helper lacks CAP_SYS_ADMIN.</source>
        <translation>El núcleo se negó a %1 %2: al servicio auxiliar le falta CAP_SYS_ADMIN.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: the kernel has no such block device.</source>
        <translation>No se puede %1 %2: el núcleo no tiene ese dispositivo de bloques.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: %3 is not a device-mapper device.</source>
        <translation>No se puede %1 %2: %3 no es un dispositivo device-mapper.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: %3 is smaller than it.</source>
        <translation>No se puede %1 %2: %3 es más pequeño que él.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: it already has one.</source>
        <translation>No se puede %1 %2: ya tiene uno.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: it is already interposed.</source>
        <translation>No se puede %1 %2: ya está interpuesto.</translation>
    </message>
    <message>
        <source>Cannot %1 %2 to %3: one of them is a bypass or an interposer, or %3 is built on %2.</source>
        <translation>No se puede %1 %2 con %3: uno de ellos es un desvío o un interposer, o %3 está construido sobre %2.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: it is itself a bypass or an interposer.</source>
        <translation>No se puede %1 %2: es en sí mismo un desvío o un interposer.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: it is a whole disk with partitions; choose a partition.</source>
        <translation>No se puede %1 %2: es un disco entero con particiones; elija una partición.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: it is a zoned device (host-managed SMR or NVMe ZNS), which Interposer does not support.</source>
        <translation>No se puede %1 %2: es un dispositivo zonificado (SMR gestionado por el host o NVMe ZNS), que Interposer no admite.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: it is mounted, and this kernel forbids writing to mounted block devices (it was booted with bdev_allow_write_mounted=0); Interposer cannot work on it until it is unmounted or the machine boots without that setting.</source>
        <translation>No se puede %1 %2: está montado y este núcleo prohíbe escribir en dispositivos de bloques montados (se arrancó con bdev_allow_write_mounted=0); Interposer no puede trabajar con él hasta que se desmonte o la máquina arranque sin ese ajuste.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: the bypass is still open (a device-mapper table uses it).</source>
        <translation>No se puede %1 %2: el desvío sigue abierto (lo usa una tabla de device-mapper).</translation>
    </message>
    <message>
        <source>Cannot %1 %2: %3 already receives another device&apos;s bios, or the filesystem on %2 is frozen by someone else.</source>
        <translation>No se puede %1 %2: %3 ya recibe las peticiones (bios) de otro dispositivo, o alguien más ha congelado el sistema de archivos de %2.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: its filesystem is frozen by someone else (fsfreeze).</source>
        <translation>No se puede %1 %2: alguien más ha congelado su sistema de archivos (fsfreeze).</translation>
    </message>
    <message>
        <source>Cannot %1 %2: another kernel module (a livepatch or another block filter) now redirects submit_bio_noacct(); unload it first.</source>
        <translation>No se puede %1 %2: otro módulo del núcleo (un livepatch u otro filtro de bloques) redirige ahora submit_bio_noacct(); descárguelo primero.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: the kernel is busy with its hook on submit_bio_noacct() (a BPF program is attaching to it); try again.</source>
        <translation>No se puede %1 %2: el núcleo está ocupado con su enganche en submit_bio_noacct() (un programa BPF se está enganchando a él); vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: it has none.</source>
        <translation>No se puede %1 %2: no tiene ninguno.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: it is not interposed.</source>
        <translation>No se puede %1 %2: no está interpuesto.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: the loaded blkinterposer module does not speak ABI version %3.</source>
        <translation>No se puede %1 %2: el módulo blkinterposer cargado no habla la versión %3 de la ABI.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: %3.</source>
        <translation>No se puede %1 %2: %3.</translation>
    </message>
    <message>
        <source>libdevmapper cannot allocate a task for %1.</source>
        <translation>libdevmapper no puede asignar una tarea para %1.</translation>
    </message>
    <message>
        <source>“%1” is not a valid device-mapper name.</source>
        <translation>«%1» no es un nombre válido de device-mapper.</translation>
    </message>
    <message>
        <source>Cannot %1 /dev/mapper/%2: %3.</source>
        <translation>No se puede %1 /dev/mapper/%2: %3.</translation>
    </message>
    <message>
        <source>device-mapper refused</source>
        <translation>device-mapper lo rechazó</translation>
    </message>
    <message>
        <source>prepare the table of</source>
        <translation>preparar la tabla de</translation>
    </message>
    <message>
        <source>set the uuid of</source>
        <translation>establecer el uuid de</translation>
    </message>
    <message>
        <source>create</source>
        <translation>crear</translation>
    </message>
    <message>
        <source>look up</source>
        <translation>buscar</translation>
    </message>
    <message>
        <source>load a new table into</source>
        <translation>cargar una tabla nueva en</translation>
    </message>
    <message>
        <source>suspend</source>
        <translation>suspender</translation>
    </message>
    <message>
        <source>resume</source>
        <translation>reanudar</translation>
    </message>
    <message>
        <source>drop the inactive table of</source>
        <translation>descartar la tabla inactiva de</translation>
    </message>
    <message>
        <source>Cannot remove /dev/mapper/%1: it does not exist.</source>
        <translation>No se puede eliminar /dev/mapper/%1: no existe.</translation>
    </message>
    <message>
        <source>Cannot remove /dev/mapper/%1: it is in use.</source>
        <translation>No se puede eliminar /dev/mapper/%1: está en uso.</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>eliminar</translation>
    </message>
    <message>
        <source>list</source>
        <translation>listar</translation>
    </message>
    <message>
        <source>read the table of</source>
        <translation>leer la tabla de</translation>
    </message>
    <message>
        <source>read the status of</source>
        <translation>leer el estado de</translation>
    </message>
    <message>
        <source>Cannot open /dev/mapper/%1 for reading: %2.</source>
        <translation>No se puede abrir /dev/mapper/%1 para lectura: %2.</translation>
    </message>
    <message>
        <source>The snapshot store directory of %1 is no longer open.</source>
        <translation>El directorio del almacén de la instantánea de %1 ya no está abierto.</translation>
    </message>
    <message>
        <source>Cannot make the snapshot store of %1 in %2: %3.</source>
        <translation>No se puede crear el almacén de la instantánea de %1 en %2: %3.</translation>
    </message>
    <message>
        <source>The snapshot store of %1 did not land on the filesystem of %2 that was checked.</source>
        <translation>El almacén de la instantánea de %1 no quedó en el sistema de archivos de %2 que se comprobó.</translation>
    </message>
    <message>
        <source>Cannot size the snapshot store of %1 in %2: %3.</source>
        <translation>No se puede fijar el tamaño del almacén de la instantánea de %1 en %2: %3.</translation>
    </message>
    <message>
        <source>Cannot make a loop device for the snapshot store of %1: /dev/loop-control: %2.</source>
        <translation>No se puede crear un dispositivo loop para el almacén de la instantánea de %1: /dev/loop-control: %2.</translation>
    </message>
    <message>
        <source>Cannot set up %1 as the snapshot store of %2: %3.</source>
        <translation>No se puede configurar %1 como almacén de la instantánea de %2: %3.</translation>
    </message>
    <message>
        <source>No free loop device for the snapshot store of %1.</source>
        <translation>No hay ningún dispositivo loop libre para el almacén de la instantánea de %1.</translation>
    </message>
    <message>
        <source>Internal error: %1.</source>
        <translation>Error interno: %1.</translation>
    </message>
    <message>
        <source>%1 changed while authorization was asked; try again.</source>
        <translation>%1 cambió mientras se pedía autorización; vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Cannot interpose %1: %2.</source>
        <translation>No se puede interponer %1: %2.</translation>
    </message>
    <message>
        <source>Not authorized to change %1: its session was started by uid %2, and only that user or root may change it.</source>
        <translation>No hay autorización para modificar %1: su sesión la inició el UID %2, y solo ese usuario o root pueden modificarla.</translation>
    </message>
    <message>
        <source>Cannot export the snapshot of %1 now: %2 exports are running, the most the helper runs at once; try again when one has ended.</source>
        <translation>No se puede exportar la instantánea de %1 ahora: hay %2 exportaciones en curso, el máximo que el servicio auxiliar ejecuta a la vez; vuelva a intentarlo cuando termine alguna.</translation>
    </message>
    <message>
        <source>The session has already ended.</source>
        <translation>La sesión ya ha terminado.</translation>
    </message>
    <message>
        <source>%1 was mounted or unmounted while authorization was asked; try again.</source>
        <translation>%1 se montó o desmontó mientras se pedía autorización; vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 is interposed with kind %2; only a snapshot can be exported.</source>
        <translation>%1 está interpuesto con el tipo %2; solo se puede exportar una instantánea.</translation>
    </message>
    <message>
        <source>The file descriptor for the export of %1 is not valid.</source>
        <translation>El descriptor de archivo para la exportación de %1 no es válido.</translation>
    </message>
    <message>
        <source>Cannot read the snapshot of %1: %2</source>
        <translation>No se puede leer la instantánea de %1: %2</translation>
    </message>
    <message>
        <source>Cannot take the file descriptor for the export of %1: %2.</source>
        <translation>No se puede tomar el descriptor de archivo para la exportación de %1: %2.</translation>
    </message>
    <message>
        <source>Cannot fail only the reads of %1: %2; use error-writes or drop-writes.</source>
        <translation>No se puede hacer fallar solo las lecturas de %1: %2; use error-writes o drop-writes.</translation>
    </message>
    <message>
        <source>The snapshot of %1 (/dev/mapper/%2) is in use; unmount or close it first.</source>
        <translation>La instantánea de %1 (/dev/mapper/%2) está en uso; desmóntela o ciérrela primero.</translation>
    </message>
    <message>
        <source>Cannot read the snapshot usage of %1.</source>
        <translation>No se puede leer el uso de la instantánea de %1.</translation>
    </message>
    <message>
        <source>The snapshot of %1 is %2.</source>
        <translation>La instantánea de %1 está en estado %2.</translation>
    </message>
    <message>
        <source>“%1” is not an absolute path; name a block device such as /dev/sda1.</source>
        <translation>«%1» no es una ruta absoluta; indique un dispositivo de bloques como /dev/sda1.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 is a loop of symbolic links, not a block device.</source>
        <translation>%1 es un bucle de enlaces simbólicos, no un dispositivo de bloques.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2.</source>
        <translation>%1 no se puede abrir: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be examined: %2.</source>
        <translation>%1 no se puede examinar: %2.</translation>
    </message>
    <message>
        <source>a regular file</source>
        <translation>un archivo normal</translation>
    </message>
    <message>
        <source>not a device</source>
        <translation>algo que no es un dispositivo</translation>
    </message>
    <message>
        <source>%1 is not a block device (it is %2).</source>
        <translation>%1 no es un dispositivo de bloques (es %2).</translation>
    </message>
    <message>
        <source>“%1” is not an absolute path.</source>
        <translation>«%1» no es una ruta absoluta.</translation>
    </message>
    <message>
        <source>%1 does not exist (a directory of the user&apos;s home or /tmp may not be visible to the helper).</source>
        <translation>%1 no existe (puede que un directorio de la carpeta personal del usuario o de /tmp no sea visible para el servicio auxiliar).</translation>
    </message>
    <message>
        <source>%1 is neither a block device nor a directory.</source>
        <translation>%1 no es ni un dispositivo de bloques ni un directorio.</translation>
    </message>
    <message>
        <source>The snapshot store directory %1 is on a read-only filesystem (for the helper: under systemd its service may only write below /var/lib/interposer, /mnt, /media, /run/media and /srv).</source>
        <translation>El directorio del almacén de la instantánea %1 está en un sistema de archivos de solo lectura (para el servicio auxiliar: bajo systemd, su servicio solo puede escribir bajo /var/lib/interposer, /mnt, /media, /run/media y /srv).</translation>
    </message>
    <message>
        <source>The file descriptor cannot be examined: %1.</source>
        <translation>El descriptor de archivo no se puede examinar: %1.</translation>
    </message>
    <message>
        <source>nothing that can be read (the device is gone)</source>
        <translation>datos a los que ya no se puede acceder (el dispositivo ha desaparecido)</translation>
    </message>
    <message>
        <source>contents that cannot be read (%1)</source>
        <translation>datos que no se pueden leer (%1)</translation>
    </message>
    <message>
        <source>contents that cannot be read (%1 is another device now)</source>
        <translation>datos que no se pueden leer (%1 es ahora otro dispositivo)</translation>
    </message>
    <message>
        <source>contents that cannot be probed</source>
        <translation>datos que no se pueden analizar</translation>
    </message>
    <message>
        <source>several signatures (blkid cannot tell which is valid)</source>
        <translation>varias firmas (blkid no sabe cuál es válida)</translation>
    </message>
    <message>
        <source>a %1 partition table</source>
        <translation>una tabla de particiones %1</translation>
    </message>
    <message>
        <source>a %1 signature</source>
        <translation>una firma %1</translation>
    </message>
    <message>
        <source>a signature blkid does not name</source>
        <translation>una firma que blkid no identifica</translation>
    </message>
    <message>
        <source>Cannot read the snapshot of %1 at byte %2: %3.</source>
        <translation>No se puede leer la instantánea de %1 en el byte %2: %3.</translation>
    </message>
    <message>
        <source>end of device</source>
        <translation>fin del dispositivo</translation>
    </message>
    <message>
        <source>Cannot write the snapshot of %1 into the file: %2.</source>
        <translation>No se puede escribir la instantánea de %1 en el archivo: %2.</translation>
    </message>
    <message>
        <source>The export of the snapshot of %1 was cancelled.</source>
        <translation>La exportación de la instantánea de %1 se canceló.</translation>
    </message>
    <message>
        <source>Cannot end the export of %1 at the image&apos;s end: %2.</source>
        <translation>No se puede terminar la exportación de %1 al final de la imagen: %2.</translation>
    </message>
    <message>
        <source>Cannot flush the export of %1: %2.</source>
        <translation>No se puede volcar a disco la exportación de %1: %2.</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>kind %1</source>
        <translation>tipo %1</translation>
    </message>
    <message>
        <source>sectors</source>
        <translation>sectores</translation>
    </message>
    <message>
        <source>blkinterposer is not loaded (%1: %2)</source>
        <translation>blkinterposer no está cargado (%1: %2)</translation>
    </message>
    <message>
        <source>blkinterposer was loaded after the helper started, whose sandbox does not allow its new %1 (%2); the helper must start again</source>
        <translation>blkinterposer se cargó después de que arrancara el servicio auxiliar, cuyo entorno aislado no permite su nuevo %1 (%2); el servicio auxiliar debe arrancar de nuevo</translation>
    </message>
    <message>
        <source>blkinterposer is loaded, but %1 cannot be opened: %2</source>
        <translation>blkinterposer está cargado, pero no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>blkinterposer does not answer VERSION: %1</source>
        <translation>blkinterposer no responde a VERSION: %1</translation>
    </message>
    <message>
        <source>blkinterposer speaks ABI %1, the helper ABI %2</source>
        <translation>blkinterposer usa la ABI %1 y el servicio auxiliar la ABI %2</translation>
    </message>
    <message>
        <source>dm-flakey of Linux %1 has no error_reads mode (Linux 6.5 added it)</source>
        <translation>dm-flakey de Linux %1 no tiene el modo error_reads (Linux 6.5 lo añadió)</translation>
    </message>
</context>
<context>
    <name>IoChart</name>
    <message>
        <source>%1 (original)</source>
        <translation>%1 (original)</translation>
    </message>
    <message>
        <source>interposer</source>
        <translation>interposer</translation>
    </message>
    <message>
        <source>%1 (interposer)</source>
        <translation>%1 (interposer)</translation>
    </message>
</context>
<context>
    <name>IoStatSampler</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>%1 does not hold 11, 15 or 17 numbers.</source>
        <translation>%1 no contiene 11, 15 o 17 números.</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <source>&amp;Remap</source>
        <translation>&amp;Redirigir</translation>
    </message>
    <message>
        <source>Add &amp;latency</source>
        <translation>Añadir &amp;latencia</translation>
    </message>
    <message>
        <source>&amp;Snapshot</source>
        <translation>&amp;Instantánea</translation>
    </message>
    <message>
        <source>Inject &amp;faults</source>
        <translation>Inyec&amp;tar fallos</translation>
    </message>
    <message>
        <source>%1 is part of an Interposer session.</source>
        <translation>%1 forma parte de una sesión de Interposer.</translation>
    </message>
    <message>
        <source>%1 is a device-mapper device; Interposer acts on the devices below it.</source>
        <translation>%1 es un dispositivo device-mapper; Interposer actúa sobre los dispositivos que hay debajo.</translation>
    </message>
    <message>
        <source>%1 has partitions; choose one of them.</source>
        <translation>%1 tiene particiones; elija una de ellas.</translation>
    </message>
    <message>
        <source>%1 is empty (no medium, or a size of 0).</source>
        <translation>%1 está vacío (sin soporte o con un tamaño de 0).</translation>
    </message>
    <message>
        <source>%1 is read-only; device-mapper needs it writable.</source>
        <translation>%1 es de solo lectura; device-mapper necesita poder escribir en él.</translation>
    </message>
</context>
<context>
    <name>KioskConfig</name>
    <message>
        <source>%1, line %2: %3.</source>
        <extracomment>%1 is the file, %2 the line number, %3 one of the reasons that follow.</extracomment>
        <translation>%1, línea %2: %3.</translation>
    </message>
    <message>
        <source>“%1” is not “key = value”</source>
        <extracomment>“key = value” is the syntax of the file: keep key and value as they are.</extracomment>
        <translation>«%1» no tiene la forma «key = value»</translation>
    </message>
    <message>
        <source>the device path “%1” is not absolute</source>
        <translation>la ruta de dispositivo «%1» no es absoluta</translation>
    </message>
    <message>
        <source>the device %1 is named twice</source>
        <translation>el dispositivo %1 aparece dos veces</translation>
    </message>
    <message>
        <source>idle-reset-seconds takes a number of seconds from 0 to 86400, not “%1”</source>
        <extracomment>idle-reset-seconds is a key of the file: keep it as it is.</extracomment>
        <translation>idle-reset-seconds admite un número de segundos de 0 a 86400, no «%1»</translation>
    </message>
    <message>
        <source>idle-reset-seconds is already set on line %1</source>
        <extracomment>idle-reset-seconds is a key of the file: keep it as it is.</extracomment>
        <translation>idle-reset-seconds ya está definido en la línea %1</translation>
    </message>
    <message>
        <source>unknown key “%1”</source>
        <translation>clave desconocida «%1»</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>Kiosk device %1: %2.</source>
        <translation>Dispositivo del quiosco %1: %2.</translation>
    </message>
    <message>
        <source>Kiosk device %1 is not a block device.</source>
        <translation>El dispositivo del quiosco %1 no es un dispositivo de bloques.</translation>
    </message>
    <message>
        <source>Kiosk device %1 is the same device as %2.</source>
        <translation>El dispositivo del quiosco %1 es el mismo dispositivo que %2.</translation>
    </message>
    <message>
        <source>the snapshot store “%1” is not an absolute path</source>
        <translation>el almacén de instantáneas «%1» no es una ruta absoluta</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Interposer demo</source>
        <translation>Demostración de Interposer</translation>
    </message>
    <message>
        <source>Interposer: put a live disk under device-mapper, without unmounting</source>
        <translation>Interposer: poner un disco en uso bajo device-mapper, sin desmontarlo</translation>
    </message>
    <message>
        <source>Reset demo</source>
        <translation>Restablecer la demostración</translation>
    </message>
    <message>
        <source>Reset demo: detach every session</source>
        <translation>Restablecer la demostración: desacoplar todas las sesiones</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Demo devices</source>
        <translation>Dispositivos de demostración</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Interposer</source>
        <translation>Interposer</translation>
    </message>
    <message>
        <source>Block devices</source>
        <translation>Dispositivos de bloques</translation>
    </message>
    <message>
        <source>Waiting for the helper</source>
        <translation>Esperando al servicio auxiliar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Device</source>
        <translation>&amp;Dispositivo</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Interposer</source>
        <translation>&amp;Acerca de Interposer</translation>
    </message>
    <message>
        <source>About Interposer</source>
        <translation>Acerca de Interposer</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: hecho.</translation>
    </message>
    <message>
        <source>%1… (waiting for the helper)</source>
        <translation>%1… (esperando al servicio auxiliar)</translation>
    </message>
    <message>
        <source>Filter by name, label, filesystem, mount point or session</source>
        <translation>Filtrar por nombre, etiqueta, sistema de archivos, punto de montaje o sesión</translation>
    </message>
    <message>
        <source>Filter devices</source>
        <translation>Filtrar dispositivos</translation>
    </message>
    <message>
        <source>De&amp;vice</source>
        <translation>Dispositi&amp;vo</translation>
    </message>
    <message>
        <source>Sessio&amp;n</source>
        <translation>Se&amp;sión</translation>
    </message>
    <message>
        <source>Sessi&amp;ons…</source>
        <translation>Sesi&amp;ones…</translation>
    </message>
    <message>
        <source>Every session on this machine, and Detach all</source>
        <translation>Todas las sesiones de esta máquina, y desacoplar todas</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>Interposer %1

Puts a live, mounted block device under device-mapper and back, without unmounting.

Licence: GNU General Public License, version 2 or later.
Built with Qt %2, running on Qt %3.</source>
        <translation>Interposer %1

Pone un dispositivo de bloques montado y en uso bajo device-mapper y lo devuelve, sin desmontarlo.

Licencia: GNU General Public License, versión 2 o posterior.
Compilado con Qt %2, en ejecución con Qt %3.</translation>
    </message>
</context>
<context>
    <name>ReadinessBanner</name>
    <message>
        <source>The Interposer helper is not installed, so nothing can be attached or detached. Install it:</source>
        <translation>El servicio auxiliar de Interposer no está instalado, así que no se puede interponer ni desacoplar nada. Instálelo:</translation>
    </message>
    <message>
        <source>The Interposer helper did not start (%1), so nothing can be attached or detached. Its log says why:</source>
        <translation>El servicio auxiliar de Interposer no arrancó (%1), así que no se puede interponer ni desacoplar nada. Su registro dice por qué:</translation>
    </message>
    <message>
        <source>The kernel module blkinterposer is not installed for the running kernel (Linux %1), so nothing can be attached. Install it, and DKMS builds it for this kernel (if it is installed, “sudo dkms autoinstall” says why it was not built):</source>
        <translation>El módulo del núcleo blkinterposer no está instalado para el núcleo en ejecución (Linux %1), así que no se puede interponer nada. Instálelo y DKMS lo compilará para este núcleo (si ya está instalado, «sudo dkms autoinstall» dice por qué no se compiló):</translation>
    </message>
    <message>
        <source>The kernel module blkinterposer is not loaded, and Secure Boot is on: the kernel loads it once the key DKMS signs it with is enrolled. Enrol it, reboot, choose “Enrol MOK” and type the password you chose (the user guide’s “Secure Boot” has the steps):</source>
        <translation>El módulo del núcleo blkinterposer no está cargado y el arranque seguro (Secure Boot) está activo: el núcleo lo carga cuando se registra la clave con la que DKMS lo firma. Regístrela, reinicie, elija «Enrol MOK» y escriba la contraseña que eligió (la sección «Secure Boot» de la guía del usuario tiene los pasos):</translation>
    </message>
    <message>
        <source>The kernel module blkinterposer is not loaded, so nothing can be attached. Load it (if that fails, the kernel log says why, and the user guide’s “Troubleshooting” what to do):</source>
        <translation>El módulo del núcleo blkinterposer no está cargado, así que no se puede interponer nada. Cárguelo (si falla, el registro del núcleo dice por qué, y la sección «Troubleshooting» de la guía del usuario qué hacer):</translation>
    </message>
    <message>
        <source>The kernel module blkinterposer is loaded but does not answer (%1), so nothing can be attached. Load it again:</source>
        <translation>El módulo del núcleo blkinterposer está cargado pero no responde (%1), así que no se puede interponer nada. Vuelva a cargarlo:</translation>
    </message>
    <message>
        <source>The kernel module blkinterposer and the helper are of different versions (%1), so nothing can be attached. Install the same version of blkinterposer-dkms and interposer-helper, then load the module again:</source>
        <translation>El módulo del núcleo blkinterposer y el servicio auxiliar son de versiones distintas (%1), así que no se puede interponer nada. Instale la misma versión de blkinterposer-dkms e interposer-helper y vuelva a cargar el módulo:</translation>
    </message>
    <message>
        <source>The helper is version %1 and this program version %2: install the same version of both.</source>
        <translation>El servicio auxiliar es la versión %1 y este programa la versión %2: instale la misma versión de ambos.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Chec&amp;k again</source>
        <translation>&amp;Comprobar de nuevo</translation>
    </message>
    <message>
        <source>Check again whether Interposer can work</source>
        <translation>Comprobar de nuevo si Interposer puede funcionar</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Guía</translation>
    </message>
    <message>
        <source>Open the user guide at Troubleshooting</source>
        <translation>Abrir la guía del usuario en «Troubleshooting»</translation>
    </message>
    <message>
        <source>The kernel module blkinterposer was loaded after the helper started, and the helper may use only what was there when it started. Start it again (or wait a minute: it ends when idle):</source>
        <translation>El módulo del núcleo blkinterposer se cargó después de que arrancara el servicio auxiliar, y el servicio solo puede usar lo que había al arrancar. Vuelva a arrancarlo (o espere un minuto: termina cuando está inactivo):</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Remapped</source>
        <translation>Redirigido</translation>
    </message>
    <message>
        <source>Latency added</source>
        <translation>Latencia añadida</translation>
    </message>
    <message>
        <source>Snapshot kept</source>
        <translation>Instantánea tomada</translation>
    </message>
    <message>
        <source>Faults injected</source>
        <translation>Fallos inyectados</translation>
    </message>
    <message>
        <source>detaching</source>
        <translation>desacoplando</translation>
    </message>
    <message>
        <source>device removed</source>
        <translation>dispositivo retirado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>%1 is what was done (“Latency added”), %2 a state other than active (“detaching”)</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>usuario %1</translation>
    </message>
</context>
<context>
    <name>SessionPanel</name>
    <message>
        <source>Session state</source>
        <translation>Estado de la sesión</translation>
    </message>
    <message>
        <source>I/O operations per second</source>
        <translation>Operaciones de E/S por segundo</translation>
    </message>
    <message>
        <source>IOPS</source>
        <translation>IOPS</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Tasa de transferencia</translation>
    </message>
    <message>
        <source>MiB/s</source>
        <translation>MiB/s</translation>
    </message>
    <message>
        <source>Average latency</source>
        <translation>Latencia media</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Retardo</translation>
    </message>
    <message>
        <source>Faults</source>
        <translation>Fallos</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Instantánea</translation>
    </message>
    <message>
        <source>Snapshot store used</source>
        <translation>Uso del almacén de la instantánea</translation>
    </message>
    <message>
        <source>&amp;Export image…</source>
        <translation>&amp;Exportar imagen…</translation>
    </message>
    <message>
        <source>Export the snapshot as an image file</source>
        <translation>Exportar la instantánea como archivo de imagen</translation>
    </message>
    <message>
        <source>Detach: put the device back as it was</source>
        <translation>Desacoplar: dejar el dispositivo como estaba</translation>
    </message>
    <message>
        <source>The filesystem as it was when the snapshot was taken is readable at %1 (mount it read-only).</source>
        <translation>El sistema de archivos tal como estaba al tomar la instantánea se puede leer en %1 (móntelo en solo lectura).</translation>
    </message>
    <message>
        <source>No session</source>
        <translation>Ninguna sesión</translation>
    </message>
    <message>
        <source>%1 of %2 used</source>
        <translation>%1 de %2 en uso</translation>
    </message>
    <message>
        <source>Export the snapshot of %1</source>
        <translation>Exportar la instantánea de %1</translation>
    </message>
    <message>
        <source>Disk images (*.img);;All files (*)</source>
        <translation>Imágenes de disco (*.img);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Det&amp;ach</source>
        <translation>Desaco&amp;plar</translation>
    </message>
    <message>
        <source>Detaching…</source>
        <translation>Desacoplando…</translation>
    </message>
    <message>
        <source>The device was removed; the session ends once its devices are gone.</source>
        <translation>El dispositivo se retiró; la sesión termina cuando desaparezcan sus dispositivos.</translation>
    </message>
    <message>
        <source>Failed: the helper’s log says why (journalctl -u interposer-helper).</source>
        <translation>Fallida: el registro del servicio auxiliar dice por qué (journalctl -u interposer-helper).</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Show the device-mapper details</source>
        <translation>Mostrar los detalles de device-mapper</translation>
    </message>
    <message>
        <source>Device-mapper details</source>
        <translation>Detalles de device-mapper</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>%1 is the device, %2 what was done to it (“Latency added”)</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Device-mapper target %1, on %2</source>
        <translation>Destino de device-mapper %1, en %2</translation>
    </message>
    <message>
        <source>It reaches the device through %1, the kernel module’s bypass.</source>
        <translation>Llega al dispositivo a través de %1, el desvío del módulo del núcleo.</translation>
    </message>
    <message>
        <source>Started %1 by %2.</source>
        <translation>Iniciada el %1 por %2.</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciada</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Iniciada por</translation>
    </message>
</context>
<context>
    <name>SessionsDialog</name>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Every device under Interposer on this machine, whoever put it there.</source>
        <translation>Cada dispositivo bajo Interposer en esta máquina, lo haya puesto quien lo haya puesto.</translation>
    </message>
    <message>
        <source>&amp;Detach</source>
        <translation>&amp;Desacoplar</translation>
    </message>
    <message>
        <source>Detach &amp;all</source>
        <translation>Desacoplar &amp;todas</translation>
    </message>
    <message>
        <source>Detach every session</source>
        <translation>Desacoplar todas las sesiones</translation>
    </message>
</context>
<context>
    <name>SettingSpins</name>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;Reads wait:</source>
        <translation>&amp;Retardo de lectura:</translation>
    </message>
    <message>
        <source>Delay of every read</source>
        <translation>Retardo de cada lectura</translation>
    </message>
    <message>
        <source>&amp;Writes wait:</source>
        <translation>Retardo de &amp;escritura:</translation>
    </message>
    <message>
        <source>Delay of every write</source>
        <translation>Retardo de cada escritura</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Works for:</source>
        <translation>&amp;Funciona durante:</translation>
    </message>
    <message>
        <source>Seconds working</source>
        <translation>Segundos de funcionamiento</translation>
    </message>
    <message>
        <source>&amp;Then fails for:</source>
        <translation>&amp;Luego falla durante:</translation>
    </message>
    <message>
        <source>Seconds failing</source>
        <translation>Segundos de fallo</translation>
    </message>
</context>
<context>
    <name>SnapshotExport</name>
    <message>
        <source>Cannot open %1 for writing: %2.</source>
        <translation>No se puede abrir %1 para escritura: %2.</translation>
    </message>
</context>
<context>
    <name>SnapshotQuestion</name>
    <message>
        <source>the filesystem as it was at %2, readable at %1, and its store in %3 (%4 used)</source>
        <extracomment>%1 the snapshot device, %2 its time, %3 the store&apos;s directory or device, %4 a size</extracomment>
        <translation>el sistema de archivos tal como estaba el %2, legible en %1, y su almacén en %3 (%4 usados)</translation>
    </message>
    <message>
        <source>Detach %1</source>
        <translation>Desacoplar %1</translation>
    </message>
    <message>
        <source>Detach all</source>
        <translation>Desacoplar todas</translation>
    </message>
    <message>
        <source>Detach deletes the snapshot of %1 and its store.</source>
        <translation>Desacoplar borra la instantánea de %1 y su almacén.</translation>
    </message>
    <message>
        <source>Detach deletes the snapshots of %1 and their stores.</source>
        <translation>Desacoplar borra las instantáneas de %1 y sus almacenes.</translation>
    </message>
    <message>
        <source>They are gone for good after Detach; the devices themselves keep every write. To keep a snapshot, export it as an image first.</source>
        <translation>Tras desacoplar desaparecen para siempre; los dispositivos conservan cada escritura. Para conservar una instantánea, expórtela antes como imagen.</translation>
    </message>
    <message>
        <source>Detach and &amp;delete the snapshot</source>
        <translation>Desacoplar y &amp;borrar la instantánea</translation>
    </message>
    <message>
        <source>Detach and &amp;delete them</source>
        <translation>Desacoplar y &amp;borrarlas</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>Interposer user guide</source>
        <translation>Guía del usuario de Interposer</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
</context>
<context>
    <name>interposerctl</name>
    <message>
        <source>usage:</source>
        <translation>uso:</translation>
    </message>
    <message>
        <source>Every command takes --no-interaction: fail rather than ask for a password.</source>
        <extracomment>Keep --no-interaction as it is.</extracomment>
        <translation>Todas las órdenes admiten --no-interaction: fallar en lugar de pedir una contraseña.</translation>
    </message>
    <message>
        <source>MODE: error-reads, error-writes (default) or drop-writes. SIZE: bytes, or with K, M, G, T.</source>
        <extracomment>Keep MODE, SIZE, the three modes and K, M, G, T as they are.</extracomment>
        <translation>MODE: error-reads, error-writes (predeterminado) o drop-writes. SIZE: bytes, o con K, M, G, T.</translation>
    </message>
    <message>
        <source>Exit status: 0 done, 1 failed (the reason on stderr), 2 usage error.</source>
        <translation>Estado de salida: 0 hecho, 1 fallo (el motivo en stderr), 2 error de uso.</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>no se indicó ninguna orden</translation>
    </message>
    <message>
        <source>unknown command “%1”</source>
        <translation>orden desconocida «%1»</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <extracomment>%1 is an option, such as --delay.</extracomment>
        <translation>%1 necesita un valor</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>opción desconocida %1</translation>
    </message>
    <message>
        <source>too many arguments for %1</source>
        <extracomment>%1 is a command, such as attach.</extracomment>
        <translation>demasiados argumentos para %1</translation>
    </message>
    <message>
        <source>%1 needs a DEVICE</source>
        <extracomment>%1 is a command, such as detach. Keep DEVICE as in the usage text.</extracomment>
        <translation>%1 necesita un DEVICE</translation>
    </message>
    <message>
        <source>--json belongs to list and status</source>
        <translation>--json va con list y status</translation>
    </message>
    <message>
        <source>--linear, --flakey and --snapshot belong to attach</source>
        <translation>--linear, --flakey y --snapshot van con attach</translation>
    </message>
    <message>
        <source>--delay belongs to attach and set</source>
        <translation>--delay va con attach y set</translation>
    </message>
    <message>
        <source>--mode goes with --flakey</source>
        <translation>--mode va con --flakey</translation>
    </message>
    <message>
        <source>--store and --store-size go with --snapshot</source>
        <translation>--store y --store-size van con --snapshot</translation>
    </message>
    <message>
        <source>--to belongs to export</source>
        <translation>--to va con export</translation>
    </message>
    <message>
        <source>export needs --to FILE</source>
        <translation>export necesita --to FILE</translation>
    </message>
    <message>
        <source>attach needs exactly one of --linear, --delay, --flakey, --snapshot</source>
        <translation>attach necesita exactamente una de las opciones --linear, --delay, --flakey, --snapshot</translation>
    </message>
    <message>
        <source>set needs --delay</source>
        <translation>set necesita --delay</translation>
    </message>
    <message>
        <source>--delay takes READ_MS[,WRITE_MS] in milliseconds, not “%1”</source>
        <translation>--delay admite READ_MS[,WRITE_MS] en milisegundos, no «%1»</translation>
    </message>
    <message>
        <source>--flakey takes UP_S,DOWN_S in seconds, not “%1”</source>
        <translation>--flakey admite UP_S,DOWN_S en segundos, no «%1»</translation>
    </message>
    <message>
        <source>--snapshot needs --store PATH</source>
        <translation>--snapshot necesita --store PATH</translation>
    </message>
    <message>
        <source>--store-size takes a size such as 512M or 2G, not “%1”</source>
        <translation>--store-size admite un tamaño como 512M o 2G, no «%1»</translation>
    </message>
    <message>
        <source>%1 is not a block device.</source>
        <translation>%1 no es un dispositivo de bloques.</translation>
    </message>
    <message>
        <source>%1 is not interposed.</source>
        <translation>%1 no tiene ninguna sesión de Interposer.</translation>
    </message>
    <message>
        <source>helper %1, kernel module loaded (ABI %2)</source>
        <translation>servicio auxiliar %1, módulo del núcleo cargado (ABI %2)</translation>
    </message>
    <message>
        <source>helper %1, kernel module not usable: %2</source>
        <translation>servicio auxiliar %1, módulo del núcleo no utilizable: %2</translation>
    </message>
    <message>
        <source>interposer %1</source>
        <translation>interposer %1</translation>
    </message>
    <message>
        <source>options %1</source>
        <extracomment>%1 is a list such as read-ms=50 write-ms=0.</extracomment>
        <translation>opciones %1</translation>
    </message>
    <message>
        <source>snapshot %1, %2 of %3 bytes of the store used</source>
        <translation>instantánea %1, %2 de %3 bytes del almacén en uso</translation>
    </message>
    <message>
        <source>started by uid %1 at %2</source>
        <translation>iniciado por el UID %1 el %2</translation>
    </message>
    <message>
        <source>The helper went away during the export of %1.</source>
        <translation>El servicio auxiliar desapareció durante la exportación de %1.</translation>
    </message>
    <message>
        <source>Cannot reach the system bus: %1.</source>
        <translation>No se puede acceder al bus del sistema: %1.</translation>
    </message>
    <message>
        <source>list prints every block device, one per line, separated by tabs: NODE TYPE SIZE-BYTES FS-TYPE MOUNTS KIND STATE INTERPOSER.</source>
        <extracomment>Keep list and the upper-case column names as they are.</extracomment>
        <translation>list muestra cada dispositivo de bloques, uno por línea, separado por tabuladores: NODE TYPE SIZE-BYTES FS-TYPE MOUNTS KIND STATE INTERPOSER.</translation>
    </message>
    <message>
        <source>Cannot read the block devices from udev.</source>
        <translation>No se pueden leer los dispositivos de bloques desde udev.</translation>
    </message>
    <message>
        <source>Without --store-size, a store in a directory is as large as DEVICE, but at most half of the free space, and always leaves %1 MiB free.</source>
        <extracomment>Keep --store-size and DEVICE as they are.</extracomment>
        <translation>Sin --store-size, un almacén en un directorio es tan grande como DEVICE, pero como mucho la mitad del espacio libre, y siempre deja %1 MiB libres.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Put a live, mounted block device under device-mapper.</source>
        <translation>Poner un dispositivo de bloques montado y en uso bajo device-mapper.</translation>
    </message>
    <message>
        <source>Kiosk mode: full screen, only the devices of the kiosk configuration.</source>
        <translation>Modo quiosco: pantalla completa, solo los dispositivos de la configuración del quiosco.</translation>
    </message>
    <message>
        <source>The kiosk configuration (default: /etc/interposer/kiosk.conf).</source>
        <translation>La configuración del quiosco (predeterminada: /etc/interposer/kiosk.conf).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
</context>
</TS>
