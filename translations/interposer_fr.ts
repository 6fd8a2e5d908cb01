<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AttachDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Ce qui va se passer</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Waiting for the helper</source>
        <translation>En attente du service auxiliaire</translation>
    </message>
    <message>
        <source>Waiting for the helper; you may be asked for an administrator&apos;s password.</source>
        <translation>En attente du service auxiliaire&#xa0;; le mot de passe d&apos;un administrateur peut vous être demandé.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>A directory on another filesystem, or an unused block device</source>
        <translation>Un répertoire sur un autre système de fichiers, ou un périphérique bloc inutilisé</translation>
    </message>
    <message>
        <source>Snapshot store</source>
        <translation>Stockage de l&apos;instantané</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose a directory for the snapshot store</source>
        <translation>Choisir un répertoire pour le stockage de l&apos;instantané</translation>
    </message>
    <message>
        <source>Directory for the snapshot store</source>
        <translation>Répertoire pour le stockage de l&apos;instantané</translation>
    </message>
    <message>
        <source>S&amp;tore:</source>
        <translation>&amp;Stockage&#xa0;:</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> Mio</translation>
    </message>
    <message>
        <source>Size of the snapshot store</source>
        <translation>Taille du stockage de l&apos;instantané</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Chunk size</source>
        <translation>Taille des tronçons</translation>
    </message>
    <message>
        <source>&amp;Chunk size:</source>
        <translation>Taille des t&amp;ronçons&#xa0;:</translation>
    </message>
    <message>
        <source>Kind of fault</source>
        <translation>Type de défaillance</translation>
    </message>
    <message>
        <source>Fail every read</source>
        <translation>Faire échouer chaque lecture</translation>
    </message>
    <message>
        <source>Fail every write</source>
        <translation>Faire échouer chaque écriture</translation>
    </message>
    <message>
        <source>Drop every write silently</source>
        <translation>Ignorer silencieusement chaque écriture</translation>
    </message>
    <message>
        <source>%1 will be remapped through dm-linear: its I/O passes unchanged through %2.</source>
        <translation>%1 sera redirigé via dm-linear&#xa0;: ses E/S passent inchangées par %2.</translation>
    </message>
    <message>
        <source>Every read of %1 will wait %2 ms and every write %3 ms before it reaches the device, until you change or detach it.</source>
        <translation>Chaque lecture de %1 attendra %2 ms et chaque écriture %3 ms avant d&apos;atteindre le périphérique, jusqu&apos;à ce que vous modifiiez ce réglage ou le détachiez.</translation>
    </message>
    <message>
        <source>A snapshot will keep %1 as it is at this instant, readable at %2-snap. Blocks written afterwards are first copied into the store; if the store fills up, the snapshot is lost but the device goes on working.</source>
        <translation>Un instantané conservera %1 tel qu&apos;il est en ce moment, lisible sur %2-snap. Les blocs écrits ensuite sont d&apos;abord copiés dans le stockage&#xa0;; si le stockage est plein, l&apos;instantané est perdu mais le périphérique continue de fonctionner.</translation>
    </message>
    <message>
        <source>%1 will work for %2 s, then %3 for %4 s, in turn, until you detach it.</source>
        <extracomment>%3 is “fail every read”, “fail every write” or “drop every write silently”.</extracomment>
        <translation>%1 fonctionnera pendant %2 s, puis %3 pendant %4 s, en alternance, jusqu&apos;à ce que vous le détachiez.</translation>
    </message>
    <message>
        <source>This is the root filesystem: the whole system runs on it.</source>
        <translation>Ceci est le système de fichiers racine&#xa0;: tout le système fonctionne dessus.</translation>
    </message>
    <message>
        <source>This is active swap: the memory of every program may pass through it.</source>
        <translation>Ceci est un espace d&apos;échange actif&#xa0;: la mémoire de tous les programmes peut y transiter.</translation>
    </message>
    <message>
        <source>Faults here can crash programs or the whole system.</source>
        <translation>Des défaillances ici peuvent faire planter des programmes ou tout le système.</translation>
    </message>
    <message>
        <source>Faults can make the mounted filesystem go read-only or lose recent writes.</source>
        <translation>Des défaillances peuvent faire passer le système de fichiers monté en lecture seule ou lui faire perdre des écritures récentes.</translation>
    </message>
    <message>
        <source>A long delay slows down every program.</source>
        <translation>Un long délai ralentit tous les programmes.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>fail every read</source>
        <translation>fera échouer chaque lecture</translation>
    </message>
    <message>
        <source>fail every write</source>
        <translation>fera échouer chaque écriture</translation>
    </message>
    <message>
        <source>drop every write silently</source>
        <translation>ignorera silencieusement chaque écriture</translation>
    </message>
    <message>
        <source>Automatic: in a directory, as large as the device, but at most half of the free space, and always leaving %1 MiB free.</source>
        <translation>Automatique : dans un répertoire, aussi grand que le périphérique, mais au plus la moitié de l&apos;espace libre, en laissant toujours %1 Mio libres.</translation>
    </message>
    <message>
        <source>Store si&amp;ze:</source>
        <translation>&amp;Taille du stockage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind of fault:</source>
        <translation>&amp;Type de défaillance&#xa0;:</translation>
    </message>
    <message>
        <source>Detach puts it back as it was, with no byte lost.</source>
        <translation>Détacher le remet tel qu&apos;il était, sans perdre un octet.</translation>
    </message>
    <message>
        <source>Every write reaches the device as before. Detach deletes the snapshot and its store; export the snapshot first to keep it.</source>
        <translation>Chaque écriture atteint le périphérique comme avant. Détacher supprime l&apos;instantané et son stockage&#xa0;; exportez d&apos;abord l&apos;instantané pour le garder.</translation>
    </message>
    <message>
        <source>Nothing written is lost, but programs get read errors while it fails, and a filesystem may stop or go read-only; Detach ends the faults, not what they caused.</source>
        <translation>Rien d&apos;écrit n&apos;est perdu, mais les programmes reçoivent des erreurs de lecture pendant les défaillances, et un système de fichiers peut s&apos;arrêter ou passer en lecture seule&#xa0;; Détacher met fin aux défaillances, pas à leurs effets.</translation>
    </message>
    <message>
        <source>Writes that fail are lost: programs and the filesystem get the errors, and the filesystem may go read-only. Detach ends the faults; it does not bring back what failed.</source>
        <translation>Les écritures qui échouent sont perdues&#xa0;: les programmes et le système de fichiers reçoivent les erreurs, et le système de fichiers peut passer en lecture seule. Détacher met fin aux défaillances&#xa0;; cela ne rend pas ce qui a échoué.</translation>
    </message>
    <message>
        <source>Writes dropped are lost while programs are told they succeeded: files and the filesystem itself can be left damaged. Detach ends the faults; it does not bring back what was dropped.</source>
        <translation>Les écritures ignorées sont perdues alors que les programmes les croient réussies&#xa0;: les fichiers et le système de fichiers lui-même peuvent rester endommagés. Détacher met fin aux défaillances&#xa0;; cela ne rend pas ce qui a été ignoré.</translation>
    </message>
    <message>
        <source>Not offered here</source>
        <translation>Non proposé ici</translation>
    </message>
    <message>
        <source>“%1” needs Linux 6.5 or later; this system runs Linux %2.</source>
        <translation>«&#xa0;%1&#xa0;» nécessite Linux 6.5 ou plus récent&#xa0;; ce système exécute Linux %2.</translation>
    </message>
    <message>
        <source>It stays in use: no program is stopped, nothing is unmounted.</source>
        <translation>Il reste en service&#xa0;: aucun programme n&apos;est arrêté, rien n&apos;est démonté.</translation>
    </message>
</context>
<context>
    <name>BlockDevice</name>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 (active swap)</source>
        <translation>%1 (espace d&apos;échange actif)</translation>
    </message>
    <message>
        <source>%1 (%2, mounted on %3)</source>
        <translation>%1 (%2, monté sur %3)</translation>
    </message>
    <message>
        <source>%1 (no filesystem known)</source>
        <translation>%1 (aucun système de fichiers connu)</translation>
    </message>
    <message>
        <source>%1 (%2, not mounted)</source>
        <translation>%1 (%2, non monté)</translation>
    </message>
</context>
<context>
    <name>BlockDeviceModel</name>
    <message>
        <source>Disk</source>
        <translation>Disque</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>Loop device</source>
        <translation>Périphérique loop</translation>
    </message>
    <message>
        <source>NVMe disk</source>
        <translation>Disque NVMe</translation>
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
        <translation>Autre</translation>
    </message>
    <message>
        <source>[swap]</source>
        <translation>[swap]</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Périphérique</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Filesystem</source>
        <translation>Système de fichiers</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Mounted at</source>
        <translation>Monté sur</translation>
    </message>
    <message>
        <source>interposed</source>
        <translation>interposé</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
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
        <translation>Interposition de périphériques bloc</translation>
    </message>
    <message>
        <source>Put a live, mounted partition under device-mapper (latency, snapshots, faults) without unmounting it</source>
        <translation>Placer une partition montée et en service sous device-mapper (latence, instantanés, défaillances) sans la démonter</translation>
    </message>
    <message>
        <source>disk;partition;block;device-mapper;dm;latency;delay;snapshot;fault;flakey;storage;</source>
        <extracomment>Keywords of the desktop file: words separated by &quot;;&quot;, ending with &quot;;&quot;</extracomment>
        <translation>disque;partition;bloc;device-mapper;dm;latence;délai;instantané;défaillance;stockage;</translation>
    </message>
    <message>
        <source>Interposer Kiosk</source>
        <translation>Kiosque Interposer</translation>
    </message>
    <message>
        <source>Block Device Interposer Demonstration</source>
        <translation>Démonstration de l&apos;interposition de périphériques bloc</translation>
    </message>
    <message>
        <source>Show the demo devices of /etc/interposer/kiosk.conf full screen, for a booth</source>
        <translation>Afficher en plein écran les périphériques de démonstration de /etc/interposer/kiosk.conf, pour un stand</translation>
    </message>
    <message>
        <source>Put a live, mounted partition under device-mapper</source>
        <translation>Placer une partition montée et en service sous device-mapper</translation>
    </message>
    <message>
        <source>A busy partition under dm-delay, with its live latency chart</source>
        <translation>Une partition occupée sous dm-delay, avec son graphique de latence en direct</translation>
    </message>
</context>
<context>
    <name>DeviceController</name>
    <message>
        <source>&amp;Detach</source>
        <translation>&amp;Détacher</translation>
    </message>
</context>
<context>
    <name>DeviceDetails</name>
    <message>
        <source>Disk</source>
        <translation>Disque</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>Loop device</source>
        <translation>Périphérique loop</translation>
    </message>
    <message>
        <source>NVMe namespace</source>
        <translation>Espace de noms NVMe</translation>
    </message>
    <message>
        <source>RAID (md)</source>
        <translation>RAID (md)</translation>
    </message>
    <message>
        <source>Device-mapper device</source>
        <translation>Périphérique device-mapper</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Why no action is offered</source>
        <translation>Pourquoi aucune action n&apos;est proposée</translation>
    </message>
    <message>
        <source>No device selected</source>
        <translation>Aucun périphérique sélectionné</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 octets)</translation>
    </message>
    <message>
        <source>Device number</source>
        <translation>Numéro de périphérique</translation>
    </message>
    <message>
        <source>Filesystem</source>
        <translation>Système de fichiers</translation>
    </message>
    <message>
        <source>%1 (active swap)</source>
        <translation>%1 (espace d&apos;échange actif)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Mounted at</source>
        <translation>Monté sur</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Utilisé par</translation>
    </message>
    <message>
        <source>Built on</source>
        <translation>Construit sur</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export image of %1</source>
        <translation>Exporter l&apos;image de %1</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>État de l&apos;export</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l&apos;export</translation>
    </message>
    <message>
        <source>Export rate</source>
        <translation>Débit de l&apos;export</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Annuler l&apos;export</translation>
    </message>
    <message>
        <source>The helper went away during the export of %1.</source>
        <translation>Le service auxiliaire a disparu pendant l&apos;export de %1.</translation>
    </message>
    <message>
        <source>Exporting the snapshot of %1 to %2…</source>
        <translation>Export de l&apos;instantané de %1 vers %2…</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>The snapshot of %1 is in %2.</source>
        <translation>L&apos;instantané de %1 se trouve dans %2.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>HelperAction</name>
    <message>
        <source>Interposer&apos;s helper did not answer about %1: %2</source>
        <translation>Le service auxiliaire d&apos;Interposer n&apos;a pas répondu au sujet de %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>HelperActions</name>
    <message>
        <source>Remapping %1</source>
        <translation>Redirection de %1</translation>
    </message>
    <message>
        <source>Adding latency to %1</source>
        <translation>Ajout de latence à %1</translation>
    </message>
    <message>
        <source>Taking a snapshot of %1</source>
        <translation>Prise d&apos;un instantané de %1</translation>
    </message>
    <message>
        <source>Injecting faults into %1</source>
        <translation>Injection de défaillances dans %1</translation>
    </message>
    <message>
        <source>Detaching %1</source>
        <translation>Détachement de %1</translation>
    </message>
    <message>
        <source>Changing the settings of %1</source>
        <translation>Modification des réglages de %1</translation>
    </message>
    <message>
        <source>Exporting the snapshot of %1</source>
        <translation>Export de l&apos;instantané de %1</translation>
    </message>
    <message>
        <source>Cancelling the export of %1</source>
        <translation>Annulation de l&apos;export de %1</translation>
    </message>
</context>
<context>
    <name>HelperError</name>
    <message>
        <source>Unknown option “%1” for %2 of %3; it takes: %4.</source>
        <translation>L&apos;option «&#xa0;%1&#xa0;» est inconnue pour %2 de %3&#xa0;; options acceptées&#xa0;: %4.</translation>
    </message>
    <message>
        <source>Option “%1” for %2 must be of D-Bus type %3, not %4.</source>
        <translation>L&apos;option «&#xa0;%1&#xa0;» pour %2 doit être de type D-Bus %3, et non %4.</translation>
    </message>
    <message>
        <source>Option “%1” for %2 is %3 %4; it must be between %5 and %6 %4.</source>
        <translation>L&apos;option «&#xa0;%1&#xa0;» pour %2 vaut %3 %4&#xa0;; elle doit être comprise entre %5 et %6 %4.</translation>
    </message>
    <message>
        <source>Unknown flakey mode “%1” for %2; the modes are error-reads, error-writes and drop-writes.</source>
        <translation>Mode flakey «&#xa0;%1&#xa0;» inconnu pour %2&#xa0;; les modes sont error-reads, error-writes et drop-writes.</translation>
    </message>
    <message>
        <source>Unknown kind “%1” for %2; the kinds are %3.</source>
        <translation>Type «&#xa0;%1&#xa0;» inconnu pour %2&#xa0;; les types sont %3.</translation>
    </message>
    <message>
        <source>A delay of 0 ms on reads, writes and flushes of %1 would change nothing; give read-ms, write-ms or flush-ms above 0 (or use kind linear).</source>
        <translation>Un délai de 0 ms sur les lectures, les écritures et les vidages (flush) de %1 ne changerait rien&#xa0;; donnez à read-ms, write-ms ou flush-ms une valeur supérieure à 0 (ou utilisez le type linear).</translation>
    </message>
    <message>
        <source>Kind flakey for %1 needs both up-seconds and down-seconds.</source>
        <translation>Le type flakey pour %1 nécessite à la fois up-seconds et down-seconds.</translation>
    </message>
    <message>
        <source>Kind snapshot for %1 needs option store: a block device or a directory on another filesystem.</source>
        <translation>Le type snapshot pour %1 nécessite l&apos;option store&#xa0;: un périphérique bloc ou un répertoire sur un autre système de fichiers.</translation>
    </message>
    <message>
        <source>Option store for %1 is empty.</source>
        <translation>L&apos;option store pour %1 est vide.</translation>
    </message>
    <message>
        <source>Option store-size for %1 is %2 bytes; a snapshot store needs at least %3 bytes.</source>
        <translation>L&apos;option store-size pour %1 vaut %2 octets&#xa0;; un stockage d&apos;instantané nécessite au moins %3 octets.</translation>
    </message>
    <message>
        <source>Option chunk-sectors for %1 is %2; it must be a power of two.</source>
        <translation>L&apos;option chunk-sectors pour %1 vaut %2&#xa0;; ce doit être une puissance de deux.</translation>
    </message>
    <message>
        <source>%1 is interposed with kind %2, which has nothing to reconfigure.</source>
        <translation>%1 est interposé avec le type %2, qui n&apos;a rien à reconfigurer.</translation>
    </message>
    <message>
        <source>The snapshot store %1 is not a block device the kernel knows.</source>
        <translation>Le stockage d&apos;instantané %1 n&apos;est pas un périphérique bloc connu du noyau.</translation>
    </message>
    <message>
        <source>Option store-size for %1 applies to a directory store only; the block device %2 is used whole.</source>
        <translation>L&apos;option store-size pour %1 ne s&apos;applique qu&apos;à un stockage dans un répertoire&#xa0;; le périphérique bloc %2 est utilisé en entier.</translation>
    </message>
    <message>
        <source>The snapshot store %1 is %2 itself, or built on it; a snapshot cannot be stored on its own origin.</source>
        <translation>Le stockage d&apos;instantané %1 est %2 lui-même, ou construit dessus&#xa0;; un instantané ne peut pas être stocké sur son propre périphérique d&apos;origine.</translation>
    </message>
    <message>
        <source>The snapshot store %1 is part of an Interposer session.</source>
        <translation>Le stockage d&apos;instantané %1 fait partie d&apos;une session Interposer.</translation>
    </message>
    <message>
        <source>The snapshot store %1 is a whole disk with partitions; name a partition or an unused disk.</source>
        <translation>Le stockage d&apos;instantané %1 est un disque entier avec des partitions&#xa0;; indiquez une partition ou un disque inutilisé.</translation>
    </message>
    <message>
        <source>The snapshot store %1 is read-only.</source>
        <translation>Le stockage d&apos;instantané %1 est en lecture seule.</translation>
    </message>
    <message>
        <source>The snapshot store %1 is too small: %2 bytes, at least %3 are needed.</source>
        <translation>Le stockage d&apos;instantané %1 est trop petit&#xa0;: %2 octets, il en faut au moins %3.</translation>
    </message>
    <message>
        <source>The snapshot store %1 is a loop device or built on one: whoever owns its backing file could read or change the snapshot. Name a disk or partition, or a directory (the helper makes its own store file there).</source>
        <translation>Le stockage d&apos;instantané %1 est un périphérique loop ou est construit sur l&apos;un d&apos;eux&#xa0;: quiconque possède son fichier sous-jacent pourrait lire ou modifier l&apos;instantané. Indiquez un disque ou une partition, ou un répertoire (le service auxiliaire y crée son propre fichier de stockage).</translation>
    </message>
    <message>
        <source>The snapshot store %1 holds %2; the snapshot would overwrite it. Wipe it first (wipefs -a), or pass the option store-overwrite (an administrator is asked every time).</source>
        <translation>Le stockage d&apos;instantané %1 contient %2&#xa0;; l&apos;instantané écraserait ce contenu. Effacez-le d&apos;abord (wipefs -a), ou passez l&apos;option store-overwrite (un administrateur est sollicité à chaque fois).</translation>
    </message>
    <message>
        <source>The snapshot store %1 is in use (mounted, or held by another driver); its contents would be overwritten.</source>
        <translation>Le stockage d&apos;instantané %1 est utilisé (monté, ou tenu par un autre pilote)&#xa0;; son contenu serait écrasé.</translation>
    </message>
    <message>
        <source>Option store-overwrite for %1 applies to a block device store only; %2 is a directory.</source>
        <translation>L&apos;option store-overwrite pour %1 ne s&apos;applique qu&apos;à un stockage sur périphérique bloc&#xa0;; %2 est un répertoire.</translation>
    </message>
    <message>
        <source>belongs to uid %1</source>
        <translation>appartient à l&apos;UID %1</translation>
    </message>
    <message>
        <source>may be written by others than root (mode %1)</source>
        <translation>est accessible en écriture à d&apos;autres que root (mode %1)</translation>
    </message>
    <message>
        <source>The snapshot store directory %1 %2; a store directory must belong to root and be writable by root only, such as /var/lib/interposer/stores.</source>
        <translation>Le répertoire de stockage d&apos;instantané %1 %2&#xa0;; un répertoire de stockage doit appartenir à root et n&apos;être accessible en écriture que par root, comme /var/lib/interposer/stores.</translation>
    </message>
    <message>
        <source>The snapshot store directory %1 is on a FUSE or overlay filesystem: the device behind it is unknown, and a process may see what is written. Choose a directory on a local disk.</source>
        <translation>Le répertoire de stockage d&apos;instantané %1 se trouve sur un système de fichiers FUSE ou overlay&#xa0;: le périphérique sous-jacent est inconnu, et un processus peut voir ce qui est écrit. Choisissez un répertoire sur un disque local.</translation>
    </message>
    <message>
        <source>The snapshot store directory %1 is on a filesystem whose device cannot be told; the store must be on a filesystem known not to live on %2.</source>
        <translation>Le répertoire de stockage d&apos;instantané %1 se trouve sur un système de fichiers dont le périphérique ne peut pas être déterminé&#xa0;; le stockage doit se trouver sur un système de fichiers dont on sait qu&apos;il ne repose pas sur %2.</translation>
    </message>
    <message>
        <source>The snapshot store directory %1 is on a filesystem that lives on %2; the store must be on another filesystem.</source>
        <translation>Le répertoire de stockage d&apos;instantané %1 se trouve sur un système de fichiers qui repose sur %2&#xa0;; le stockage doit se trouver sur un autre système de fichiers.</translation>
    </message>
    <message>
        <source>The snapshot store directory %1 is on a filesystem on a loop device: whoever owns its backing file could read or change the snapshot. Choose a directory on a disk.</source>
        <translation>Le répertoire de stockage d&apos;instantané %1 se trouve sur un système de fichiers situé sur un périphérique loop&#xa0;: quiconque possède son fichier sous-jacent pourrait lire ou modifier l&apos;instantané. Choisissez un répertoire sur un disque.</translation>
    </message>
    <message>
        <source>The snapshot store directory %1 is too small for %2: %3 bytes are free; a store of at least %4 bytes that leaves half of them, and %5 bytes, to the filesystem&apos;s other users does not fit. Give store-size to use more.</source>
        <translation>Le répertoire de stockage d&apos;instantané %1 est trop petit pour %2&#xa0;: %3 octets sont libres&#xa0;; un stockage d&apos;au moins %4 octets qui laisse la moitié de cet espace, et %5 octets, aux autres utilisateurs du système de fichiers n&apos;y tient pas. Indiquez store-size pour en utiliser davantage.</translation>
    </message>
    <message>
        <source>The snapshot store directory %1 is too small for %2: %3 bytes are free, the store needs %4.</source>
        <translation>Le répertoire de stockage d&apos;instantané %1 est trop petit pour %2&#xa0;: %3 octets sont libres, le stockage en nécessite %4.</translation>
    </message>
    <message>
        <source>%1 names a block device the kernel does not have.</source>
        <translation>%1 désigne un périphérique bloc que le noyau ne connaît pas.</translation>
    </message>
    <message>
        <source>%1 is a device Interposer made for another session; interpose the original device instead.</source>
        <translation>%1 est un périphérique créé par Interposer pour une autre session&#xa0;; interposez plutôt le périphérique d&apos;origine.</translation>
    </message>
    <message>
        <source>%1 is the device-mapper device “%2”; Interposer puts disks and partitions under device-mapper, not device-mapper devices.</source>
        <translation>%1 est le périphérique device-mapper «&#xa0;%2&#xa0;»&#xa0;; Interposer place des disques et des partitions sous device-mapper, pas des périphériques device-mapper.</translation>
    </message>
    <message>
        <source>%1 is already interposed; detach it first.</source>
        <translation>%1 est déjà interposé&#xa0;; détachez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>%1 is a whole disk with partitions; choose one of its partitions.</source>
        <translation>%1 est un disque entier avec des partitions&#xa0;; choisissez l&apos;une de ses partitions.</translation>
    </message>
    <message>
        <source>%1 has no medium (its size is 0).</source>
        <translation>%1 n&apos;a pas de support (sa taille est 0).</translation>
    </message>
    <message>
        <source>%1 is read-only; device-mapper would need it writable.</source>
        <translation>%1 est en lecture seule&#xa0;; device-mapper aurait besoin de pouvoir y écrire.</translation>
    </message>
    <message>
        <source>Not authorized to change %1: the caller could not be identified.</source>
        <translation>Non autorisé à modifier %1&#xa0;: l&apos;appelant n&apos;a pas pu être identifié.</translation>
    </message>
    <message>
        <source>Cannot ask for authorization to change %1 now: too many requests are waiting for polkit already (at most %2 of one caller, %3 in all); try again when they are answered.</source>
        <translation>Impossible de demander maintenant l&apos;autorisation de modifier %1&#xa0;: trop de demandes attendent déjà polkit (au plus %2 par appelant, %3 au total)&#xa0;; réessayez quand elles auront reçu une réponse.</translation>
    </message>
    <message>
        <source>Not authorized to change %1: %2.</source>
        <translation>Non autorisé à modifier %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>polkit did not answer (%1)</source>
        <translation>polkit n&apos;a pas répondu (%1)</translation>
    </message>
    <message>
        <source>polkit answered with an unexpected signature %1</source>
        <translation>polkit a répondu avec une signature inattendue %1</translation>
    </message>
    <message>
        <source>the authentication dialog was dismissed</source>
        <translation>la fenêtre d&apos;authentification a été fermée</translation>
    </message>
    <message>
        <source>%1 needs authentication, and the call did not allow interaction</source>
        <translation>%1 exige une authentification, et l&apos;appel n&apos;autorisait pas d&apos;interaction</translation>
    </message>
    <message>
        <source>polkit denied %1</source>
        <translation>polkit a refusé %1</translation>
    </message>
    <message>
        <source>the caller disconnected while polkit was asked</source>
        <translation>l&apos;appelant s&apos;est déconnecté pendant l&apos;interrogation de polkit</translation>
    </message>
    <message>
        <source>Not authorized to cancel the export of %1: it was started by uid %2.</source>
        <translation>Non autorisé à annuler l&apos;export de %1&#xa0;: il a été lancé par l&apos;UID %2.</translation>
    </message>
    <message>
        <source>a FIFO</source>
        <translation>une FIFO</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>a directory</source>
        <translation>un répertoire</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>un périphérique bloc</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>un périphérique caractère</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>autre chose qu&apos;un fichier ordinaire</translation>
    </message>
    <message>
        <source>The export of %1 must go into a regular file; the file descriptor is %2.</source>
        <translation>L&apos;export de %1 doit aller dans un fichier ordinaire&#xa0;; le descripteur de fichier désigne %2.</translation>
    </message>
    <message>
        <source>The file descriptor for the export of %1 is not open for writing.</source>
        <translation>Le descripteur de fichier pour l&apos;export de %1 n&apos;est pas ouvert en écriture.</translation>
    </message>
    <message>
        <source>The file for the export of %1 is open for appending (O_APPEND): the image would follow the file&apos;s old contents. Open it without O_APPEND.</source>
        <translation>Le fichier pour l&apos;export de %1 est ouvert en mode ajout (O_APPEND)&#xa0;: l&apos;image suivrait l&apos;ancien contenu du fichier. Ouvrez-le sans O_APPEND.</translation>
    </message>
    <message>
        <source>The file for the export of %1 is on a FUSE or overlay filesystem: a process answers its writes and may hold them for ever, and the device behind it is unknown. Choose a file on a local disk.</source>
        <translation>Le fichier pour l&apos;export de %1 se trouve sur un système de fichiers FUSE ou overlay&#xa0;: un processus répond à ses écritures et peut les retenir indéfiniment, et le périphérique sous-jacent est inconnu. Choisissez un fichier sur un disque local.</translation>
    </message>
    <message>
        <source>The file for the export of %1 is on a filesystem without a device number of its own, opened through a mount that neither the helper&apos;s nor the machine&apos;s mount table has: whether that filesystem lives on %1 cannot be told. Choose a file on a filesystem the machine mounts.</source>
        <translation>Le fichier pour l&apos;export de %1 se trouve sur un système de fichiers sans numéro de périphérique propre, ouvert via un montage absent de la table de montage du service auxiliaire comme de celle de la machine&#xa0;: impossible de déterminer si ce système de fichiers repose sur %1. Choisissez un fichier sur un système de fichiers monté par la machine.</translation>
    </message>
    <message>
        <source>The file for the export of %1 is on a filesystem on %1 itself: every block written would be copied into the snapshot store until it overflows. Choose a file on another filesystem.</source>
        <translation>Le fichier pour l&apos;export de %1 se trouve sur un système de fichiers situé sur %1 lui-même&#xa0;: chaque bloc écrit serait copié dans le stockage de l&apos;instantané jusqu&apos;à ce qu&apos;il déborde. Choisissez un fichier sur un autre système de fichiers.</translation>
    </message>
    <message>
        <source>The file for the export of %1 is on the filesystem that holds its snapshot store: the export would take the store&apos;s space. Choose a file on another filesystem.</source>
        <translation>Le fichier pour l&apos;export de %1 se trouve sur le système de fichiers qui contient son stockage d&apos;instantané&#xa0;: l&apos;export prendrait l&apos;espace du stockage. Choisissez un fichier sur un autre système de fichiers.</translation>
    </message>
    <message>
        <source>Cannot record the change of device %1 in %2: %3.</source>
        <translation>Impossible d&apos;enregistrer la modification du périphérique %1 dans %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Cannot %1: the kernel module blkinterposer is not loaded (%2: %3).</source>
        <translation>Impossible de %1&#xa0;: le module noyau blkinterposer n&apos;est pas chargé (%2&#xa0;: %3).</translation>
    </message>
    <message>
        <source>interpose %1</source>
        <translation>mettre en place l&apos;interposition de %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>list interposed devices</source>
        <translation>lister les périphériques interposés</translation>
    </message>
    <message>
        <source>blkinterposer refused LIST: %1.</source>
        <translation>blkinterposer a refusé LIST&#xa0;: %1.</translation>
    </message>
    <message>
        <source>create a bypass for</source>
        <translation>créer une dérivation pour</translation>
    </message>
    <message>
        <source>remove the bypass of</source>
        <translation>supprimer la dérivation de</translation>
    </message>
    <message>
        <source>attach</source>
        <translation>relier</translation>
    </message>
    <message>
        <source>detach</source>
        <translation>détacher</translation>
    </message>
    <message>
        <source>freeze the filesystem on</source>
        <translation>geler le système de fichiers de</translation>
    </message>
    <message>
        <source>use</source>
        <translation>se servir de</translation>
    </message>
    <message>
        <source>the interposer</source>
        <translation>le périphérique d&apos;interposition</translation>
    </message>
    <message>
        <source>The kernel refused to %1 %2: the helper lacks CAP_SYS_ADMIN.</source>
        <translation>Le noyau a refusé de %1 %2&#xa0;: il manque CAP_SYS_ADMIN au service auxiliaire.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: the kernel has no such block device.</source>
        <translation>Impossible de %1 %2&#xa0;: le noyau ne connaît aucun périphérique bloc de ce nom.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: %3 is not a device-mapper device.</source>
        <translation>Impossible de %1 %2&#xa0;: %3 n&apos;est pas un périphérique device-mapper.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: %3 is smaller than it.</source>
        <translation>Impossible de %1 %2&#xa0;: %3 est plus petit que lui.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: it already has one.</source>
        <translation>Impossible de %1 %2&#xa0;: il en a déjà une.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: it is already interposed.</source>
        <translation>Impossible de %1 %2&#xa0;: il est déjà interposé.</translation>
    </message>
    <message>
        <source>Cannot %1 %2 to %3: one of them is a bypass or an interposer, or %3 is built on %2.</source>
        <translation>Impossible de %1 %2 à %3&#xa0;: l&apos;un d&apos;eux est une dérivation ou un périphérique d&apos;interposition, ou %3 est construit sur %2.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: it is itself a bypass or an interposer.</source>
        <translation>Impossible de %1 %2&#xa0;: il est lui-même une dérivation ou un périphérique d&apos;interposition.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: it is a whole disk with partitions; choose a partition.</source>
        <translation>Impossible de %1 %2&#xa0;: c&apos;est un disque entier avec des partitions&#xa0;; choisissez une partition.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: it is a zoned device (host-managed SMR or NVMe ZNS), which Interposer does not support.</source>
        <translation>Impossible de %1 %2&#xa0;: c&apos;est un périphérique zoné (SMR host-managed ou NVMe ZNS), qu&apos;Interposer ne prend pas en charge.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: it is mounted, and this kernel forbids writing to mounted block devices (it was booted with bdev_allow_write_mounted=0); Interposer cannot work on it until it is unmounted or the machine boots without that setting.</source>
        <translation>Impossible de %1 %2&#xa0;: il est monté, et ce noyau interdit l&apos;écriture sur les périphériques bloc montés (il a été démarré avec bdev_allow_write_mounted=0)&#xa0;; Interposer ne peut pas agir sur lui tant qu&apos;il n&apos;est pas démonté ou que la machine n&apos;a pas redémarré sans ce réglage.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: the bypass is still open (a device-mapper table uses it).</source>
        <translation>Impossible de %1 %2&#xa0;: la dérivation est encore ouverte (une table device-mapper l&apos;utilise).</translation>
    </message>
    <message>
        <source>Cannot %1 %2: %3 already receives another device&apos;s bios, or the filesystem on %2 is frozen by someone else.</source>
        <translation>Impossible de %1 %2&#xa0;: %3 reçoit déjà les bios d&apos;un autre périphérique, ou le système de fichiers de %2 est gelé par quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: its filesystem is frozen by someone else (fsfreeze).</source>
        <translation>Impossible de %1 %2&#xa0;: son système de fichiers est gelé par quelqu&apos;un d&apos;autre (fsfreeze).</translation>
    </message>
    <message>
        <source>Cannot %1 %2: another kernel module (a livepatch or another block filter) now redirects submit_bio_noacct(); unload it first.</source>
        <translation>Impossible de %1 %2&#xa0;: un autre module noyau (un livepatch ou un autre filtre bloc) redirige désormais submit_bio_noacct()&#xa0;; déchargez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: the kernel is busy with its hook on submit_bio_noacct() (a BPF program is attaching to it); try again.</source>
        <translation>Impossible de %1 %2&#xa0;: le noyau est occupé avec son point d&apos;accroche sur submit_bio_noacct() (un programme BPF est en train de s&apos;y attacher)&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: it has none.</source>
        <translation>Impossible de %1 %2&#xa0;: il n&apos;en a aucune.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: it is not interposed.</source>
        <translation>Impossible de %1 %2&#xa0;: il n&apos;est pas interposé.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: the loaded blkinterposer module does not speak ABI version %3.</source>
        <translation>Impossible de %1 %2&#xa0;: le module blkinterposer chargé ne parle pas la version %3 de l&apos;ABI.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: %3.</source>
        <translation>Impossible de %1 %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>libdevmapper cannot allocate a task for %1.</source>
        <translation>libdevmapper ne peut pas allouer de tâche pour %1.</translation>
    </message>
    <message>
        <source>“%1” is not a valid device-mapper name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom device-mapper valide.</translation>
    </message>
    <message>
        <source>Cannot %1 /dev/mapper/%2: %3.</source>
        <translation>Impossible de %1 /dev/mapper/%2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>device-mapper refused</source>
        <translation>device-mapper a refusé</translation>
    </message>
    <message>
        <source>prepare the table of</source>
        <translation>préparer la table de</translation>
    </message>
    <message>
        <source>set the uuid of</source>
        <translation>définir l&apos;uuid de</translation>
    </message>
    <message>
        <source>create</source>
        <translation>créer</translation>
    </message>
    <message>
        <source>look up</source>
        <translation>rechercher</translation>
    </message>
    <message>
        <source>load a new table into</source>
        <translation>charger une nouvelle table dans</translation>
    </message>
    <message>
        <source>suspend</source>
        <translation>suspendre</translation>
    </message>
    <message>
        <source>resume</source>
        <translation>réactiver</translation>
    </message>
    <message>
        <source>drop the inactive table of</source>
        <translation>supprimer la table inactive de</translation>
    </message>
    <message>
        <source>Cannot remove /dev/mapper/%1: it does not exist.</source>
        <translation>Impossible de supprimer /dev/mapper/%1&#xa0;: il n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot remove /dev/mapper/%1: it is in use.</source>
        <translation>Impossible de supprimer /dev/mapper/%1&#xa0;: il est en cours d&apos;utilisation.</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>supprimer</translation>
    </message>
    <message>
        <source>list</source>
        <translation>lister</translation>
    </message>
    <message>
        <source>read the table of</source>
        <translation>lire la table de</translation>
    </message>
    <message>
        <source>read the status of</source>
        <translation>lire l&apos;état de</translation>
    </message>
    <message>
        <source>Cannot open /dev/mapper/%1 for reading: %2.</source>
        <translation>Impossible d&apos;ouvrir /dev/mapper/%1 en lecture&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The snapshot store directory of %1 is no longer open.</source>
        <translation>Le répertoire de stockage d&apos;instantané de %1 n&apos;est plus ouvert.</translation>
    </message>
    <message>
        <source>Cannot make the snapshot store of %1 in %2: %3.</source>
        <translation>Impossible de créer le stockage d&apos;instantané de %1 dans %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The snapshot store of %1 did not land on the filesystem of %2 that was checked.</source>
        <translation>Le stockage d&apos;instantané de %1 ne s&apos;est pas retrouvé sur le système de fichiers de %2 qui avait été vérifié.</translation>
    </message>
    <message>
        <source>Cannot size the snapshot store of %1 in %2: %3.</source>
        <translation>Impossible de dimensionner le stockage d&apos;instantané de %1 dans %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Cannot make a loop device for the snapshot store of %1: /dev/loop-control: %2.</source>
        <translation>Impossible de créer un périphérique loop pour le stockage d&apos;instantané de %1&#xa0;: /dev/loop-control&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot set up %1 as the snapshot store of %2: %3.</source>
        <translation>Impossible de configurer %1 comme stockage d&apos;instantané de %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>No free loop device for the snapshot store of %1.</source>
        <translation>Aucun périphérique loop libre pour le stockage d&apos;instantané de %1.</translation>
    </message>
    <message>
        <source>Internal error: %1.</source>
        <translation>Erreur interne&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 changed while authorization was asked; try again.</source>
        <translation>%1 a changé pendant la demande d&apos;autorisation&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>Cannot interpose %1: %2.</source>
        <translation>Impossible d&apos;interposer %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Not authorized to change %1: its session was started by uid %2, and only that user or root may change it.</source>
        <translation>Non autorisé à modifier %1&#xa0;: sa session a été lancée par l&apos;UID %2, et seuls cet utilisateur ou root peuvent la modifier.</translation>
    </message>
    <message>
        <source>Cannot export the snapshot of %1 now: %2 exports are running, the most the helper runs at once; try again when one has ended.</source>
        <translation>Impossible d&apos;exporter l&apos;instantané de %1 maintenant&#xa0;: %2 exports sont en cours, soit le maximum que le service auxiliaire exécute à la fois&#xa0;; réessayez quand l&apos;un d&apos;eux sera terminé.</translation>
    </message>
    <message>
        <source>The session has already ended.</source>
        <translation>La session est déjà terminée.</translation>
    </message>
    <message>
        <source>%1 was mounted or unmounted while authorization was asked; try again.</source>
        <translation>%1 a été monté ou démonté pendant la demande d&apos;autorisation&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>%1 is interposed with kind %2; only a snapshot can be exported.</source>
        <translation>%1 est interposé avec le type %2&#xa0;; seul un instantané peut être exporté.</translation>
    </message>
    <message>
        <source>The file descriptor for the export of %1 is not valid.</source>
        <translation>Le descripteur de fichier pour l&apos;export de %1 n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Cannot read the snapshot of %1: %2</source>
        <translation>Impossible de lire l&apos;instantané de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot take the file descriptor for the export of %1: %2.</source>
        <translation>Impossible de prendre le descripteur de fichier pour l&apos;export de %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot fail only the reads of %1: %2; use error-writes or drop-writes.</source>
        <translation>Impossible de faire échouer uniquement les lectures de %1&#xa0;: %2&#xa0;; utilisez error-writes ou drop-writes.</translation>
    </message>
    <message>
        <source>The snapshot of %1 (/dev/mapper/%2) is in use; unmount or close it first.</source>
        <translation>L&apos;instantané de %1 (/dev/mapper/%2) est en cours d&apos;utilisation&#xa0;; démontez-le ou fermez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>Cannot read the snapshot usage of %1.</source>
        <translation>Impossible de lire l&apos;occupation de l&apos;instantané de %1.</translation>
    </message>
    <message>
        <source>The snapshot of %1 is %2.</source>
        <translation>L&apos;instantané de %1 est dans l&apos;état %2.</translation>
    </message>
    <message>
        <source>“%1” is not an absolute path; name a block device such as /dev/sda1.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un chemin absolu&#xa0;; indiquez un périphérique bloc tel que /dev/sda1.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is a loop of symbolic links, not a block device.</source>
        <translation>%1 est une boucle de liens symboliques, pas un périphérique bloc.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2.</source>
        <translation>%1 ne peut pas être ouvert&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be examined: %2.</source>
        <translation>%1 ne peut pas être examiné&#xa0;: %2.</translation>
    </message>
    <message>
        <source>a regular file</source>
        <translation>un fichier ordinaire</translation>
    </message>
    <message>
        <source>not a device</source>
        <translation>autre chose qu&apos;un périphérique</translation>
    </message>
    <message>
        <source>%1 is not a block device (it is %2).</source>
        <translation>%1 n&apos;est pas un périphérique bloc (c&apos;est %2).</translation>
    </message>
    <message>
        <source>“%1” is not an absolute path.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un chemin absolu.</translation>
    </message>
    <message>
        <source>%1 does not exist (a directory of the user&apos;s home or /tmp may not be visible to the helper).</source>
        <translation>%1 n&apos;existe pas (un répertoire du dossier personnel de l&apos;utilisateur ou de /tmp peut ne pas être visible pour le service auxiliaire).</translation>
    </message>
    <message>
        <source>%1 is neither a block device nor a directory.</source>
        <translation>%1 n&apos;est ni un périphérique bloc ni un répertoire.</translation>
    </message>
    <message>
        <source>The snapshot store directory %1 is on a read-only filesystem (for the helper: under systemd its service may only write below /var/lib/interposer, /mnt, /media, /run/media and /srv).</source>
        <translation>Le répertoire de stockage d&apos;instantané %1 se trouve sur un système de fichiers en lecture seule (pour le service auxiliaire&#xa0;: sous systemd, son service ne peut écrire que sous /var/lib/interposer, /mnt, /media, /run/media et /srv).</translation>
    </message>
    <message>
        <source>The file descriptor cannot be examined: %1.</source>
        <translation>Le descripteur de fichier ne peut pas être examiné&#xa0;: %1.</translation>
    </message>
    <message>
        <source>nothing that can be read (the device is gone)</source>
        <translation>des données inaccessibles (le périphérique a disparu)</translation>
    </message>
    <message>
        <source>contents that cannot be read (%1)</source>
        <translation>des données illisibles (%1)</translation>
    </message>
    <message>
        <source>contents that cannot be read (%1 is another device now)</source>
        <translation>des données illisibles (%1 est désormais un autre périphérique)</translation>
    </message>
    <message>
        <source>contents that cannot be probed</source>
        <translation>des données impossibles à analyser</translation>
    </message>
    <message>
        <source>several signatures (blkid cannot tell which is valid)</source>
        <translation>plusieurs signatures (blkid ne peut pas déterminer laquelle est valide)</translation>
    </message>
    <message>
        <source>a %1 partition table</source>
        <translation>une table de partitions %1</translation>
    </message>
    <message>
        <source>a %1 signature</source>
        <translation>une signature %1</translation>
    </message>
    <message>
        <source>a signature blkid does not name</source>
        <translation>une signature que blkid ne nomme pas</translation>
    </message>
    <message>
        <source>Cannot read the snapshot of %1 at byte %2: %3.</source>
        <translation>Impossible de lire l&apos;instantané de %1 à l&apos;octet %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>end of device</source>
        <translation>fin du périphérique</translation>
    </message>
    <message>
        <source>Cannot write the snapshot of %1 into the file: %2.</source>
        <translation>Impossible d&apos;écrire l&apos;instantané de %1 dans le fichier&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The export of the snapshot of %1 was cancelled.</source>
        <translation>L&apos;export de l&apos;instantané de %1 a été annulé.</translation>
    </message>
    <message>
        <source>Cannot end the export of %1 at the image&apos;s end: %2.</source>
        <translation>Impossible de terminer l&apos;export de %1 à la fin de l&apos;image&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot flush the export of %1: %2.</source>
        <translation>Impossible d&apos;écrire sur le disque l&apos;export de %1&#xa0;: %2.</translation>
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
        <translation>type %1</translation>
    </message>
    <message>
        <source>sectors</source>
        <translation>secteurs</translation>
    </message>
    <message>
        <source>blkinterposer is not loaded (%1: %2)</source>
        <translation>blkinterposer n&apos;est pas chargé (%1&#xa0;: %2)</translation>
    </message>
    <message>
        <source>blkinterposer was loaded after the helper started, whose sandbox does not allow its new %1 (%2); the helper must start again</source>
        <translation>blkinterposer a été chargé après le démarrage du service auxiliaire, dont le bac à sable n&apos;autorise pas son nouveau %1 (%2)&#xa0;; le service auxiliaire doit redémarrer</translation>
    </message>
    <message>
        <source>blkinterposer is loaded, but %1 cannot be opened: %2</source>
        <translation>blkinterposer est chargé, mais %1 ne peut pas être ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <source>blkinterposer does not answer VERSION: %1</source>
        <translation>blkinterposer ne répond pas à VERSION&#xa0;: %1</translation>
    </message>
    <message>
        <source>blkinterposer speaks ABI %1, the helper ABI %2</source>
        <translation>blkinterposer parle l&apos;ABI %1, le service auxiliaire l&apos;ABI %2</translation>
    </message>
    <message>
        <source>dm-flakey of Linux %1 has no error_reads mode (Linux 6.5 added it)</source>
        <translation>dm-flakey de Linux %1 n&apos;a pas de mode error_reads (Linux 6.5 l&apos;a ajouté)</translation>
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
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 does not hold 11, 15 or 17 numbers.</source>
        <translation>%1 ne contient pas 11, 15 ou 17 nombres.</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <source>&amp;Remap</source>
        <translation>&amp;Rediriger</translation>
    </message>
    <message>
        <source>Add &amp;latency</source>
        <translation>Ajouter de la &amp;latence</translation>
    </message>
    <message>
        <source>&amp;Snapshot</source>
        <translation>&amp;Instantané</translation>
    </message>
    <message>
        <source>Inject &amp;faults</source>
        <translation>Injecter des dé&amp;faillances</translation>
    </message>
    <message>
        <source>%1 is part of an Interposer session.</source>
        <translation>%1 fait partie d&apos;une session Interposer.</translation>
    </message>
    <message>
        <source>%1 is a device-mapper device; Interposer acts on the devices below it.</source>
        <translation>%1 est un périphérique device-mapper&#xa0;; Interposer agit sur les périphériques situés en dessous.</translation>
    </message>
    <message>
        <source>%1 has partitions; choose one of them.</source>
        <translation>%1 contient des partitions&#xa0;; choisissez-en une.</translation>
    </message>
    <message>
        <source>%1 is empty (no medium, or a size of 0).</source>
        <translation>%1 est vide (pas de support, ou une taille de 0).</translation>
    </message>
    <message>
        <source>%1 is read-only; device-mapper needs it writable.</source>
        <translation>%1 est en lecture seule&#xa0;; device-mapper a besoin de pouvoir y écrire.</translation>
    </message>
</context>
<context>
    <name>KioskConfig</name>
    <message>
        <source>%1, line %2: %3.</source>
        <extracomment>%1 is the file, %2 the line number, %3 one of the reasons that follow.</extracomment>
        <translation>%1, ligne %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>“%1” is not “key = value”</source>
        <extracomment>“key = value” is the syntax of the file: keep key and value as they are.</extracomment>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas de la forme «&#xa0;key = value&#xa0;»</translation>
    </message>
    <message>
        <source>the device path “%1” is not absolute</source>
        <translation>le chemin de périphérique «&#xa0;%1&#xa0;» n&apos;est pas absolu</translation>
    </message>
    <message>
        <source>the device %1 is named twice</source>
        <translation>le périphérique %1 est indiqué deux fois</translation>
    </message>
    <message>
        <source>idle-reset-seconds takes a number of seconds from 0 to 86400, not “%1”</source>
        <extracomment>idle-reset-seconds is a key of the file: keep it as it is.</extracomment>
        <translation>idle-reset-seconds attend un nombre de secondes de 0 à 86400, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>idle-reset-seconds is already set on line %1</source>
        <extracomment>idle-reset-seconds is a key of the file: keep it as it is.</extracomment>
        <translation>idle-reset-seconds est déjà défini à la ligne %1</translation>
    </message>
    <message>
        <source>unknown key “%1”</source>
        <translation>clé inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Kiosk device %1: %2.</source>
        <translation>Périphérique du kiosque %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Kiosk device %1 is not a block device.</source>
        <translation>Le périphérique du kiosque %1 n&apos;est pas un périphérique bloc.</translation>
    </message>
    <message>
        <source>Kiosk device %1 is the same device as %2.</source>
        <translation>Le périphérique du kiosque %1 est le même que %2.</translation>
    </message>
    <message>
        <source>the snapshot store “%1” is not an absolute path</source>
        <translation>le stockage d&apos;instantané «&#xa0;%1&#xa0;» n&apos;est pas un chemin absolu</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Interposer demo</source>
        <translation>Démo d&apos;Interposer</translation>
    </message>
    <message>
        <source>Interposer: put a live disk under device-mapper, without unmounting</source>
        <translation>Interposer&#xa0;: placer un disque en service sous device-mapper, sans le démonter</translation>
    </message>
    <message>
        <source>Reset demo</source>
        <translation>Réinitialiser la démo</translation>
    </message>
    <message>
        <source>Reset demo: detach every session</source>
        <translation>Réinitialiser la démo&#xa0;: détacher toutes les sessions</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Demo devices</source>
        <translation>Périphériques de démo</translation>
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
        <translation>Périphériques bloc</translation>
    </message>
    <message>
        <source>Waiting for the helper</source>
        <translation>En attente du service auxiliaire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Device</source>
        <translation>&amp;Périphérique</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Interposer</source>
        <translation>À &amp;propos d&apos;Interposer</translation>
    </message>
    <message>
        <source>About Interposer</source>
        <translation>À propos d&apos;Interposer</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1&#xa0;: terminé.</translation>
    </message>
    <message>
        <source>%1… (waiting for the helper)</source>
        <translation>%1… (en attente du service auxiliaire)</translation>
    </message>
    <message>
        <source>Filter by name, label, filesystem, mount point or session</source>
        <translation>Filtrer par nom, étiquette, système de fichiers, point de montage ou session</translation>
    </message>
    <message>
        <source>Filter devices</source>
        <translation>Filtrer les périphériques</translation>
    </message>
    <message>
        <source>De&amp;vice</source>
        <translation>Périp&amp;hérique</translation>
    </message>
    <message>
        <source>Sessio&amp;n</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>Sessi&amp;ons…</source>
        <translation>&amp;Sessions…</translation>
    </message>
    <message>
        <source>Every session on this machine, and Detach all</source>
        <translation>Toutes les sessions de cette machine, et Tout détacher</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Interposer %1

Puts a live, mounted block device under device-mapper and back, without unmounting.

Licence: GNU General Public License, version 2 or later.
Built with Qt %2, running on Qt %3.</source>
        <translation>Interposer %1

Place un périphérique bloc monté et en service sous device-mapper, et l&apos;en retire, sans le démonter.

Licence&#xa0;: GNU General Public License, version 2 ou ultérieure.
Compilé avec Qt %2, exécuté avec Qt %3.</translation>
    </message>
</context>
<context>
    <name>ReadinessBanner</name>
    <message>
        <source>The Interposer helper is not installed, so nothing can be attached or detached. Install it:</source>
        <translation>Le service auxiliaire d&apos;Interposer n&apos;est pas installé&#xa0;: rien ne peut être interposé ni détaché. Installez-le&#xa0;:</translation>
    </message>
    <message>
        <source>The Interposer helper did not start (%1), so nothing can be attached or detached. Its log says why:</source>
        <translation>Le service auxiliaire d&apos;Interposer n&apos;a pas démarré (%1)&#xa0;: rien ne peut être interposé ni détaché. Son journal dit pourquoi&#xa0;:</translation>
    </message>
    <message>
        <source>The kernel module blkinterposer is not installed for the running kernel (Linux %1), so nothing can be attached. Install it, and DKMS builds it for this kernel (if it is installed, “sudo dkms autoinstall” says why it was not built):</source>
        <translation>Le module noyau blkinterposer n&apos;est pas installé pour le noyau en cours (Linux %1)&#xa0;: rien ne peut être interposé. Installez-le, DKMS le compilera pour ce noyau (s&apos;il est déjà installé, «&#xa0;sudo dkms autoinstall&#xa0;» dit pourquoi il n&apos;a pas été compilé)&#xa0;:</translation>
    </message>
    <message>
        <source>The kernel module blkinterposer is not loaded, and Secure Boot is on: the kernel loads it once the key DKMS signs it with is enrolled. Enrol it, reboot, choose “Enrol MOK” and type the password you chose (the user guide’s “Secure Boot” has the steps):</source>
        <translation>Le module noyau blkinterposer n&apos;est pas chargé et Secure Boot est actif&#xa0;: le noyau le charge une fois enregistrée la clé avec laquelle DKMS le signe. Enregistrez-la, redémarrez, choisissez «&#xa0;Enrol MOK&#xa0;» et tapez le mot de passe choisi (la section «&#xa0;Secure Boot&#xa0;» du guide de l&apos;utilisateur donne les étapes)&#xa0;:</translation>
    </message>
    <message>
        <source>The kernel module blkinterposer is not loaded, so nothing can be attached. Load it (if that fails, the kernel log says why, and the user guide’s “Troubleshooting” what to do):</source>
        <translation>Le module noyau blkinterposer n&apos;est pas chargé&#xa0;: rien ne peut être interposé. Chargez-le (en cas d&apos;échec, le journal du noyau dit pourquoi, et la section «&#xa0;Troubleshooting&#xa0;» du guide de l&apos;utilisateur que faire)&#xa0;:</translation>
    </message>
    <message>
        <source>The kernel module blkinterposer is loaded but does not answer (%1), so nothing can be attached. Load it again:</source>
        <translation>Le module noyau blkinterposer est chargé mais ne répond pas (%1)&#xa0;: rien ne peut être interposé. Rechargez-le&#xa0;:</translation>
    </message>
    <message>
        <source>The kernel module blkinterposer and the helper are of different versions (%1), so nothing can be attached. Install the same version of blkinterposer-dkms and interposer-helper, then load the module again:</source>
        <translation>Le module noyau blkinterposer et le service auxiliaire sont de versions différentes (%1)&#xa0;: rien ne peut être interposé. Installez la même version de blkinterposer-dkms et d&apos;interposer-helper, puis rechargez le module&#xa0;:</translation>
    </message>
    <message>
        <source>The helper is version %1 and this program version %2: install the same version of both.</source>
        <translation>Le service auxiliaire est en version %1 et ce programme en version %2&#xa0;: installez la même version des deux.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Chec&amp;k again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Check again whether Interposer can work</source>
        <translation>Vérifier à nouveau si Interposer peut fonctionner</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <source>Open the user guide at Troubleshooting</source>
        <translation>Ouvrir le guide de l&apos;utilisateur à «&#xa0;Troubleshooting&#xa0;»</translation>
    </message>
    <message>
        <source>The kernel module blkinterposer was loaded after the helper started, and the helper may use only what was there when it started. Start it again (or wait a minute: it ends when idle):</source>
        <translation>Le module noyau blkinterposer a été chargé après le démarrage du service auxiliaire, qui ne peut utiliser que ce qui existait à son démarrage. Redémarrez-le (ou attendez une minute&#xa0;: il s&apos;arrête quand il est inactif)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Remapped</source>
        <translation>Redirigé</translation>
    </message>
    <message>
        <source>Latency added</source>
        <translation>Latence ajoutée</translation>
    </message>
    <message>
        <source>Snapshot kept</source>
        <translation>Instantané pris</translation>
    </message>
    <message>
        <source>Faults injected</source>
        <translation>Défaillances injectées</translation>
    </message>
    <message>
        <source>detaching</source>
        <translation>détachement en cours</translation>
    </message>
    <message>
        <source>device removed</source>
        <translation>périphérique retiré</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>%1 is what was done (“Latency added”), %2 a state other than active (“detaching”)</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>utilisateur %1</translation>
    </message>
</context>
<context>
    <name>SessionPanel</name>
    <message>
        <source>Session state</source>
        <translation>État de la session</translation>
    </message>
    <message>
        <source>I/O operations per second</source>
        <translation>Opérations d&apos;E/S par seconde</translation>
    </message>
    <message>
        <source>IOPS</source>
        <translation>IOPS</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>MiB/s</source>
        <translation>Mio/s</translation>
    </message>
    <message>
        <source>Average latency</source>
        <translation>Latence moyenne</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>Faults</source>
        <translation>Défaillances</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Instantané</translation>
    </message>
    <message>
        <source>Snapshot store used</source>
        <translation>Occupation du stockage de l&apos;instantané</translation>
    </message>
    <message>
        <source>&amp;Export image…</source>
        <translation>&amp;Exporter l&apos;image…</translation>
    </message>
    <message>
        <source>Export the snapshot as an image file</source>
        <translation>Exporter l&apos;instantané sous forme de fichier image</translation>
    </message>
    <message>
        <source>Detach: put the device back as it was</source>
        <translation>Détacher&#xa0;: remettre le périphérique tel qu&apos;il était</translation>
    </message>
    <message>
        <source>The filesystem as it was when the snapshot was taken is readable at %1 (mount it read-only).</source>
        <translation>Le système de fichiers tel qu&apos;il était au moment de l&apos;instantané est lisible sur %1 (montez-le en lecture seule).</translation>
    </message>
    <message>
        <source>No session</source>
        <translation>Aucune session</translation>
    </message>
    <message>
        <source>%1 of %2 used</source>
        <translation>%1 sur %2 utilisés</translation>
    </message>
    <message>
        <source>Export the snapshot of %1</source>
        <translation>Exporter l&apos;instantané de %1</translation>
    </message>
    <message>
        <source>Disk images (*.img);;All files (*)</source>
        <translation>Images disque (*.img);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Det&amp;ach</source>
        <translation>&amp;Détacher</translation>
    </message>
    <message>
        <source>Detaching…</source>
        <translation>Détachement en cours…</translation>
    </message>
    <message>
        <source>The device was removed; the session ends once its devices are gone.</source>
        <translation>Le périphérique a été retiré&#xa0;; la session se termine quand ses périphériques ont disparu.</translation>
    </message>
    <message>
        <source>Failed: the helper’s log says why (journalctl -u interposer-helper).</source>
        <translation>Échouée&#xa0;: le journal du service auxiliaire dit pourquoi (journalctl -u interposer-helper).</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Show the device-mapper details</source>
        <translation>Afficher les détails device-mapper</translation>
    </message>
    <message>
        <source>Device-mapper details</source>
        <translation>Détails device-mapper</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>%1 is the device, %2 what was done to it (“Latency added”)</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Device-mapper target %1, on %2</source>
        <translation>Cible device-mapper %1, sur %2</translation>
    </message>
    <message>
        <source>It reaches the device through %1, the kernel module’s bypass.</source>
        <translation>Il atteint le périphérique par %1, la dérivation du module noyau.</translation>
    </message>
    <message>
        <source>Started %1 by %2.</source>
        <translation>Démarrée le %1 par %2.</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Device</source>
        <translation>Périphérique</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Démarrée par</translation>
    </message>
</context>
<context>
    <name>SessionsDialog</name>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Every device under Interposer on this machine, whoever put it there.</source>
        <translation>Chaque périphérique sous Interposer sur cette machine, quel que soit qui l&apos;y a mis.</translation>
    </message>
    <message>
        <source>&amp;Detach</source>
        <translation>&amp;Détacher</translation>
    </message>
    <message>
        <source>Detach &amp;all</source>
        <translation>&amp;Tout détacher</translation>
    </message>
    <message>
        <source>Detach every session</source>
        <translation>Détacher toutes les sessions</translation>
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
        <translation>Délai des lectu&amp;res&#xa0;:</translation>
    </message>
    <message>
        <source>Delay of every read</source>
        <translation>Délai de chaque lecture</translation>
    </message>
    <message>
        <source>&amp;Writes wait:</source>
        <translation>Délai des &amp;écritures&#xa0;:</translation>
    </message>
    <message>
        <source>Delay of every write</source>
        <translation>Délai de chaque écriture</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Works for:</source>
        <translation>Fonctionne pe&amp;ndant&#xa0;:</translation>
    </message>
    <message>
        <source>Seconds working</source>
        <translation>Secondes de fonctionnement</translation>
    </message>
    <message>
        <source>&amp;Then fails for:</source>
        <translation>Puis é&amp;choue pendant&#xa0;:</translation>
    </message>
    <message>
        <source>Seconds failing</source>
        <translation>Secondes de défaillance</translation>
    </message>
</context>
<context>
    <name>SnapshotExport</name>
    <message>
        <source>Cannot open %1 for writing: %2.</source>
        <translation>Impossible d&apos;ouvrir %1 en écriture&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>SnapshotQuestion</name>
    <message>
        <source>the filesystem as it was at %2, readable at %1, and its store in %3 (%4 used)</source>
        <extracomment>%1 the snapshot device, %2 its time, %3 the store&apos;s directory or device, %4 a size</extracomment>
        <translation>le système de fichiers tel qu&apos;il était le %2, lisible sur %1, et son stockage dans %3 (%4 utilisés)</translation>
    </message>
    <message>
        <source>Detach %1</source>
        <translation>Détacher %1</translation>
    </message>
    <message>
        <source>Detach all</source>
        <translation>Tout détacher</translation>
    </message>
    <message>
        <source>Detach deletes the snapshot of %1 and its store.</source>
        <translation>Détacher supprime l&apos;instantané de %1 et son stockage.</translation>
    </message>
    <message>
        <source>Detach deletes the snapshots of %1 and their stores.</source>
        <translation>Détacher supprime les instantanés de %1 et leurs stockages.</translation>
    </message>
    <message>
        <source>They are gone for good after Detach; the devices themselves keep every write. To keep a snapshot, export it as an image first.</source>
        <translation>Ils disparaissent définitivement après Détacher&#xa0;; les périphériques eux-mêmes gardent chaque écriture. Pour garder un instantané, exportez-le d&apos;abord en image.</translation>
    </message>
    <message>
        <source>Detach and &amp;delete the snapshot</source>
        <translation>Détacher et &amp;supprimer l&apos;instantané</translation>
    </message>
    <message>
        <source>Detach and &amp;delete them</source>
        <translation>Détacher et les &amp;supprimer</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>Interposer user guide</source>
        <translation>Guide de l&apos;utilisateur d&apos;Interposer</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
</context>
<context>
    <name>interposerctl</name>
    <message>
        <source>usage:</source>
        <translation>utilisation&#xa0;:</translation>
    </message>
    <message>
        <source>Every command takes --no-interaction: fail rather than ask for a password.</source>
        <extracomment>Keep --no-interaction as it is.</extracomment>
        <translation>Chaque commande accepte --no-interaction&#xa0;: échouer plutôt que demander un mot de passe.</translation>
    </message>
    <message>
        <source>MODE: error-reads, error-writes (default) or drop-writes. SIZE: bytes, or with K, M, G, T.</source>
        <extracomment>Keep MODE, SIZE, the three modes and K, M, G, T as they are.</extracomment>
        <translation>MODE&#xa0;: error-reads, error-writes (par défaut) ou drop-writes. SIZE&#xa0;: en octets, ou avec K, M, G, T.</translation>
    </message>
    <message>
        <source>Exit status: 0 done, 1 failed (the reason on stderr), 2 usage error.</source>
        <translation>Code de sortie&#xa0;: 0 réussi, 1 échec (la raison sur stderr), 2 erreur d&apos;utilisation.</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>aucune commande indiquée</translation>
    </message>
    <message>
        <source>unknown command “%1”</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <extracomment>%1 is an option, such as --delay.</extracomment>
        <translation>%1 attend une valeur</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>option inconnue %1</translation>
    </message>
    <message>
        <source>too many arguments for %1</source>
        <extracomment>%1 is a command, such as attach.</extracomment>
        <translation>trop d&apos;arguments pour %1</translation>
    </message>
    <message>
        <source>%1 needs a DEVICE</source>
        <extracomment>%1 is a command, such as detach. Keep DEVICE as in the usage text.</extracomment>
        <translation>%1 attend un DEVICE</translation>
    </message>
    <message>
        <source>--json belongs to list and status</source>
        <translation>--json s&apos;emploie avec list et status</translation>
    </message>
    <message>
        <source>--linear, --flakey and --snapshot belong to attach</source>
        <translation>--linear, --flakey et --snapshot s&apos;emploient avec attach</translation>
    </message>
    <message>
        <source>--delay belongs to attach and set</source>
        <translation>--delay s&apos;emploie avec attach et set</translation>
    </message>
    <message>
        <source>--mode goes with --flakey</source>
        <translation>--mode s&apos;emploie avec --flakey</translation>
    </message>
    <message>
        <source>--store and --store-size go with --snapshot</source>
        <translation>--store et --store-size s&apos;emploient avec --snapshot</translation>
    </message>
    <message>
        <source>--to belongs to export</source>
        <translation>--to s&apos;emploie avec export</translation>
    </message>
    <message>
        <source>export needs --to FILE</source>
        <translation>export attend --to FILE</translation>
    </message>
    <message>
        <source>attach needs exactly one of --linear, --delay, --flakey, --snapshot</source>
        <translation>attach attend exactement une des options --linear, --delay, --flakey, --snapshot</translation>
    </message>
    <message>
        <source>set needs --delay</source>
        <translation>set attend --delay</translation>
    </message>
    <message>
        <source>--delay takes READ_MS[,WRITE_MS] in milliseconds, not “%1”</source>
        <translation>--delay attend READ_MS[,WRITE_MS] en millisecondes, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--flakey takes UP_S,DOWN_S in seconds, not “%1”</source>
        <translation>--flakey attend UP_S,DOWN_S en secondes, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--snapshot needs --store PATH</source>
        <translation>--snapshot attend --store PATH</translation>
    </message>
    <message>
        <source>--store-size takes a size such as 512M or 2G, not “%1”</source>
        <translation>--store-size attend une taille comme 512M ou 2G, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 is not a block device.</source>
        <translation>%1 n&apos;est pas un périphérique bloc.</translation>
    </message>
    <message>
        <source>%1 is not interposed.</source>
        <translation>Aucune session Interposer pour %1.</translation>
    </message>
    <message>
        <source>helper %1, kernel module loaded (ABI %2)</source>
        <translation>service auxiliaire %1, module noyau chargé (ABI %2)</translation>
    </message>
    <message>
        <source>helper %1, kernel module not usable: %2</source>
        <translation>service auxiliaire %1, module noyau inutilisable&#xa0;: %2</translation>
    </message>
    <message>
        <source>interposer %1</source>
        <translation>interposer %1</translation>
    </message>
    <message>
        <source>options %1</source>
        <extracomment>%1 is a list such as read-ms=50 write-ms=0.</extracomment>
        <translation>options %1</translation>
    </message>
    <message>
        <source>snapshot %1, %2 of %3 bytes of the store used</source>
        <translation>instantané %1, %2 octets du stockage utilisés sur %3</translation>
    </message>
    <message>
        <source>started by uid %1 at %2</source>
        <translation>démarré par l&apos;UID %1 le %2</translation>
    </message>
    <message>
        <source>The helper went away during the export of %1.</source>
        <translation>Le service auxiliaire a disparu pendant l&apos;export de %1.</translation>
    </message>
    <message>
        <source>Cannot reach the system bus: %1.</source>
        <translation>Impossible de joindre le bus système&#xa0;: %1.</translation>
    </message>
    <message>
        <source>list prints every block device, one per line, separated by tabs: NODE TYPE SIZE-BYTES FS-TYPE MOUNTS KIND STATE INTERPOSER.</source>
        <extracomment>Keep list and the upper-case column names as they are.</extracomment>
        <translation>list affiche chaque périphérique bloc, un par ligne, champs séparés par des tabulations&#xa0;: NODE TYPE SIZE-BYTES FS-TYPE MOUNTS KIND STATE INTERPOSER.</translation>
    </message>
    <message>
        <source>Cannot read the block devices from udev.</source>
        <translation>Impossible de lire les périphériques bloc depuis udev.</translation>
    </message>
    <message>
        <source>Without --store-size, a store in a directory is as large as DEVICE, but at most half of the free space, and always leaves %1 MiB free.</source>
        <extracomment>Keep --store-size and DEVICE as they are.</extracomment>
        <translation>Sans --store-size, un stockage dans un répertoire est aussi grand que DEVICE, mais au plus la moitié de l&apos;espace libre, et laisse toujours %1 Mio libres.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Put a live, mounted block device under device-mapper.</source>
        <translation>Placer un périphérique bloc monté et en service sous device-mapper.</translation>
    </message>
    <message>
        <source>Kiosk mode: full screen, only the devices of the kiosk configuration.</source>
        <translation>Mode kiosque&#xa0;: plein écran, uniquement les périphériques de la configuration du kiosque.</translation>
    </message>
    <message>
        <source>The kiosk configuration (default: /etc/interposer/kiosk.conf).</source>
        <translation>La configuration du kiosque (par défaut&#xa0;: /etc/interposer/kiosk.conf).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
</context>
</TS>
