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
