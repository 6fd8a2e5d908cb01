<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AttachDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Was geschehen wird</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Waiting for the helper</source>
        <translation>Warten auf den Hilfsdienst</translation>
    </message>
    <message>
        <source>Waiting for the helper; you may be asked for an administrator&apos;s password.</source>
        <translation>Warten auf den Hilfsdienst; möglicherweise werden Sie nach einem Administratorpasswort gefragt.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>A directory on another filesystem, or an unused block device</source>
        <translation>Ein Verzeichnis auf einem anderen Dateisystem oder ein unbenutztes Blockgerät</translation>
    </message>
    <message>
        <source>Snapshot store</source>
        <translation>Snapshot-Speicher</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Choose a directory for the snapshot store</source>
        <translation>Ein Verzeichnis für den Snapshot-Speicher auswählen</translation>
    </message>
    <message>
        <source>Directory for the snapshot store</source>
        <translation>Verzeichnis für den Snapshot-Speicher</translation>
    </message>
    <message>
        <source>S&amp;tore:</source>
        <translation>Spe&amp;icher:</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Size of the snapshot store</source>
        <translation>Größe des Snapshot-Speichers</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Chunk size</source>
        <translation>Chunk-Größe</translation>
    </message>
    <message>
        <source>&amp;Chunk size:</source>
        <translation>&amp;Chunk-Größe:</translation>
    </message>
    <message>
        <source>Kind of fault</source>
        <translation>Fehlerart</translation>
    </message>
    <message>
        <source>Fail every read</source>
        <translation>Jeder Lesezugriff schlägt fehl</translation>
    </message>
    <message>
        <source>Fail every write</source>
        <translation>Jeder Schreibzugriff schlägt fehl</translation>
    </message>
    <message>
        <source>Drop every write silently</source>
        <translation>Jeder Schreibzugriff wird stillschweigend verworfen</translation>
    </message>
    <message>
        <source>%1 will be remapped through dm-linear: its I/O passes unchanged through %2.</source>
        <translation>%1 wird über dm-linear umgeleitet: Alle E/A-Zugriffe laufen unverändert durch %2.</translation>
    </message>
    <message>
        <source>Every read of %1 will wait %2 ms and every write %3 ms before it reaches the device, until you change or detach it.</source>
        <translation>Jeder Lesezugriff auf %1 wartet %2 ms und jeder Schreibzugriff %3 ms, bevor er das Gerät erreicht, bis Sie dies ändern oder es trennen.</translation>
    </message>
    <message>
        <source>A snapshot will keep %1 as it is at this instant, readable at %2-snap. Blocks written afterwards are first copied into the store; if the store fills up, the snapshot is lost but the device goes on working.</source>
        <translation>Ein Snapshot hält %1 in seinem jetzigen Zustand fest, lesbar unter %2-snap. Danach geschriebene Blöcke werden zuerst in den Speicher kopiert; läuft der Speicher voll, geht der Snapshot verloren, das Gerät arbeitet aber weiter.</translation>
    </message>
    <message>
        <source>%1 will work for %2 s, then %3 for %4 s, in turn, until you detach it.</source>
        <extracomment>%3 is “fail every read”, “fail every write” or “drop every write silently”.</extracomment>
        <translation>%1 arbeitet abwechselnd %2 s lang fehlerfrei und %4 s lang fehlerhaft (%3), bis Sie es trennen.</translation>
    </message>
    <message>
        <source>This is the root filesystem: the whole system runs on it.</source>
        <translation>Dies ist das Wurzeldateisystem: Das ganze System läuft darauf.</translation>
    </message>
    <message>
        <source>This is active swap: the memory of every program may pass through it.</source>
        <translation>Dies ist aktiver Auslagerungsspeicher: Der Arbeitsspeicher jedes Programms kann darüber laufen.</translation>
    </message>
    <message>
        <source>Faults here can crash programs or the whole system.</source>
        <translation>Fehler hier können Programme oder das ganze System abstürzen lassen.</translation>
    </message>
    <message>
        <source>Faults can make the mounted filesystem go read-only or lose recent writes.</source>
        <translation>Fehler können dazu führen, dass das eingehängte Dateisystem nur noch lesbar ist oder kürzlich geschriebene Daten verliert.</translation>
    </message>
    <message>
        <source>A long delay slows down every program.</source>
        <translation>Eine lange Verzögerung bremst jedes Programm aus.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>fail every read</source>
        <translation>jeder Lesezugriff schlägt fehl</translation>
    </message>
    <message>
        <source>fail every write</source>
        <translation>jeder Schreibzugriff schlägt fehl</translation>
    </message>
    <message>
        <source>drop every write silently</source>
        <translation>jeder Schreibzugriff wird stillschweigend verworfen</translation>
    </message>
    <message>
        <source>Automatic: in a directory, as large as the device, but at most half of the free space, and always leaving %1 MiB free.</source>
        <translation>Automatisch: in einem Verzeichnis so groß wie das Gerät, aber höchstens die Hälfte des freien Platzes, und es bleiben immer %1 MiB frei.</translation>
    </message>
    <message>
        <source>Store si&amp;ze:</source>
        <translation>Speicher&amp;größe:</translation>
    </message>
    <message>
        <source>&amp;Kind of fault:</source>
        <translation>Fehler&amp;art:</translation>
    </message>
    <message>
        <source>Detach puts it back as it was, with no byte lost.</source>
        <translation>Trennen stellt den alten Zustand wieder her, ohne dass ein Byte verloren geht.</translation>
    </message>
    <message>
        <source>Every write reaches the device as before. Detach deletes the snapshot and its store; export the snapshot first to keep it.</source>
        <translation>Jeder Schreibzugriff erreicht das Gerät wie bisher. Trennen löscht den Snapshot und seinen Speicher; exportieren Sie den Snapshot vorher, um ihn zu behalten.</translation>
    </message>
    <message>
        <source>Nothing written is lost, but programs get read errors while it fails, and a filesystem may stop or go read-only; Detach ends the faults, not what they caused.</source>
        <translation>Geschriebenes geht nicht verloren, aber Programme erhalten Lesefehler, solange es fehlschlägt, und ein Dateisystem kann anhalten oder nur noch lesbar werden; Trennen beendet die Fehler, nicht ihre Folgen.</translation>
    </message>
    <message>
        <source>Writes that fail are lost: programs and the filesystem get the errors, and the filesystem may go read-only. Detach ends the faults; it does not bring back what failed.</source>
        <translation>Fehlgeschlagene Schreibzugriffe sind verloren: Programme und Dateisystem erhalten die Fehler, und das Dateisystem kann nur noch lesbar werden. Trennen beendet die Fehler; es bringt nicht zurück, was fehlschlug.</translation>
    </message>
    <message>
        <source>Writes dropped are lost while programs are told they succeeded: files and the filesystem itself can be left damaged. Detach ends the faults; it does not bring back what was dropped.</source>
        <translation>Verworfene Schreibzugriffe sind verloren, während Programme Erfolg gemeldet bekommen: Dateien und das Dateisystem selbst können beschädigt zurückbleiben. Trennen beendet die Fehler; es bringt nicht zurück, was verworfen wurde.</translation>
    </message>
    <message>
        <source>Not offered here</source>
        <translation>Hier nicht angeboten</translation>
    </message>
    <message>
        <source>“%1” needs Linux 6.5 or later; this system runs Linux %2.</source>
        <translation>„%1“ braucht Linux 6.5 oder neuer; auf diesem System läuft Linux %2.</translation>
    </message>
    <message>
        <source>It stays in use: no program is stopped, nothing is unmounted.</source>
        <translation>Es bleibt in Gebrauch: Kein Programm wird angehalten, nichts wird ausgehängt.</translation>
    </message>
</context>
<context>
    <name>BlockDevice</name>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>%1 (active swap)</source>
        <translation>%1 (aktiver Auslagerungsspeicher)</translation>
    </message>
    <message>
        <source>%1 (%2, mounted on %3)</source>
        <translation>%1 (%2, eingehängt in %3)</translation>
    </message>
    <message>
        <source>%1 (no filesystem known)</source>
        <translation>%1 (kein bekanntes Dateisystem)</translation>
    </message>
    <message>
        <source>%1 (%2, not mounted)</source>
        <translation>%1 (%2, nicht eingehängt)</translation>
    </message>
</context>
<context>
    <name>BlockDeviceModel</name>
    <message>
        <source>Disk</source>
        <translation>Datenträger</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>Loop device</source>
        <translation>Loop-Gerät</translation>
    </message>
    <message>
        <source>NVMe disk</source>
        <translation>NVMe-Datenträger</translation>
    </message>
    <message>
        <source>RAID (md)</source>
        <translation>RAID (md)</translation>
    </message>
    <message>
        <source>Device-mapper</source>
        <translation>Device-Mapper</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>[swap]</source>
        <translation>[Auslagerung]</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Filesystem</source>
        <translation>Dateisystem</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Mounted at</source>
        <translation>Eingehängt in</translation>
    </message>
    <message>
        <source>interposed</source>
        <translation>zwischengeschaltet</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
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
        <translation>Zwischenschicht für Blockgeräte</translation>
    </message>
    <message>
        <source>Put a live, mounted partition under device-mapper (latency, snapshots, faults) without unmounting it</source>
        <translation>Eine eingehängte Partition im laufenden Betrieb unter Device-Mapper stellen (Latenz, Snapshots, Fehler), ohne sie auszuhängen</translation>
    </message>
    <message>
        <source>disk;partition;block;device-mapper;dm;latency;delay;snapshot;fault;flakey;storage;</source>
        <extracomment>Keywords of the desktop file: words separated by &quot;;&quot;, ending with &quot;;&quot;</extracomment>
        <translation>Festplatte;Partition;Blockgerät;Device-Mapper;dm;Latenz;Verzögerung;Snapshot;Fehler;Speicher;</translation>
    </message>
    <message>
        <source>Interposer Kiosk</source>
        <translation>Interposer-Kiosk</translation>
    </message>
    <message>
        <source>Block Device Interposer Demonstration</source>
        <translation>Vorführung der Zwischenschicht für Blockgeräte</translation>
    </message>
    <message>
        <source>Show the demo devices of /etc/interposer/kiosk.conf full screen, for a booth</source>
        <translation>Die Vorführgeräte aus /etc/interposer/kiosk.conf im Vollbild zeigen, für einen Messestand</translation>
    </message>
    <message>
        <source>Put a live, mounted partition under device-mapper</source>
        <translation>Eine eingehängte Partition im laufenden Betrieb unter Device-Mapper stellen</translation>
    </message>
    <message>
        <source>A busy partition under dm-delay, with its live latency chart</source>
        <translation>Eine belegte Partition unter dm-delay, mit ihrem Live-Latenzdiagramm</translation>
    </message>
</context>
<context>
    <name>DeviceController</name>
    <message>
        <source>&amp;Detach</source>
        <translation>&amp;Trennen</translation>
    </message>
</context>
<context>
    <name>DeviceDetails</name>
    <message>
        <source>Disk</source>
        <translation>Datenträger</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>Loop device</source>
        <translation>Loop-Gerät</translation>
    </message>
    <message>
        <source>NVMe namespace</source>
        <translation>NVMe-Namespace</translation>
    </message>
    <message>
        <source>RAID (md)</source>
        <translation>RAID (md)</translation>
    </message>
    <message>
        <source>Device-mapper device</source>
        <translation>Device-Mapper-Gerät</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Why no action is offered</source>
        <translation>Warum keine Aktion angeboten wird</translation>
    </message>
    <message>
        <source>No device selected</source>
        <translation>Kein Gerät ausgewählt</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Bytes)</translation>
    </message>
    <message>
        <source>Device number</source>
        <translation>Gerätenummer</translation>
    </message>
    <message>
        <source>Filesystem</source>
        <translation>Dateisystem</translation>
    </message>
    <message>
        <source>%1 (active swap)</source>
        <translation>%1 (aktiver Auslagerungsspeicher)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Mounted at</source>
        <translation>Eingehängt in</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
    <message>
        <source>Built on</source>
        <translation>Aufgebaut auf</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export image of %1</source>
        <translation>Abbild von %1 exportieren</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Exportstatus</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <source>Export rate</source>
        <translation>Exportrate</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>The helper went away during the export of %1.</source>
        <translation>Der Hilfsdienst ist während des Exports von %1 verschwunden.</translation>
    </message>
    <message>
        <source>Exporting the snapshot of %1 to %2…</source>
        <translation>Snapshot von %1 wird nach %2 exportiert…</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>The snapshot of %1 is in %2.</source>
        <translation>Der Snapshot von %1 liegt in %2.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>HelperAction</name>
    <message>
        <source>Interposer&apos;s helper did not answer about %1: %2</source>
        <translation>Der Hilfsdienst von Interposer hat zu %1 nicht geantwortet: %2</translation>
    </message>
</context>
<context>
    <name>HelperActions</name>
    <message>
        <source>Remapping %1</source>
        <translation>Umleiten von %1</translation>
    </message>
    <message>
        <source>Adding latency to %1</source>
        <translation>Hinzufügen von Latenz zu %1</translation>
    </message>
    <message>
        <source>Taking a snapshot of %1</source>
        <translation>Erstellen eines Snapshots von %1</translation>
    </message>
    <message>
        <source>Injecting faults into %1</source>
        <translation>Injizieren von Fehlern in %1</translation>
    </message>
    <message>
        <source>Detaching %1</source>
        <translation>Trennen von %1</translation>
    </message>
    <message>
        <source>Changing the settings of %1</source>
        <translation>Ändern der Einstellungen von %1</translation>
    </message>
    <message>
        <source>Exporting the snapshot of %1</source>
        <translation>Exportieren des Snapshots von %1</translation>
    </message>
    <message>
        <source>Cancelling the export of %1</source>
        <translation>Abbrechen des Exports von %1</translation>
    </message>
</context>
<context>
    <name>HelperError</name>
    <message>
        <source>Unknown option “%1” for %2 of %3; it takes: %4.</source>
        <translation>Unbekannte Option „%1“ für %2 von %3; möglich sind: %4.</translation>
    </message>
    <message>
        <source>Option “%1” for %2 must be of D-Bus type %3, not %4.</source>
        <translation>Die Option „%1“ für %2 muss vom D-Bus-Typ %3 sein, nicht %4.</translation>
    </message>
    <message>
        <source>Option “%1” for %2 is %3 %4; it must be between %5 and %6 %4.</source>
        <translation>Die Option „%1“ für %2 ist %3 %4; sie muss zwischen %5 und %6 %4 liegen.</translation>
    </message>
    <message>
        <source>Unknown flakey mode “%1” for %2; the modes are error-reads, error-writes and drop-writes.</source>
        <translation>Unbekannter flakey-Modus „%1“ für %2; die Modi sind error-reads, error-writes und drop-writes.</translation>
    </message>
    <message>
        <source>Unknown kind “%1” for %2; the kinds are %3.</source>
        <translation>Unbekannte Art „%1“ für %2; die Arten sind %3.</translation>
    </message>
    <message>
        <source>A delay of 0 ms on reads, writes and flushes of %1 would change nothing; give read-ms, write-ms or flush-ms above 0 (or use kind linear).</source>
        <translation>Eine Verzögerung von 0 ms beim Lesen, Schreiben und Leeren (flush) von %1 würde nichts ändern; geben Sie für read-ms, write-ms oder flush-ms einen Wert über 0 an (oder verwenden Sie die Art linear).</translation>
    </message>
    <message>
        <source>Kind flakey for %1 needs both up-seconds and down-seconds.</source>
        <translation>Die Art flakey für %1 braucht sowohl up-seconds als auch down-seconds.</translation>
    </message>
    <message>
        <source>Kind snapshot for %1 needs option store: a block device or a directory on another filesystem.</source>
        <translation>Die Art snapshot für %1 braucht die Option store: ein Blockgerät oder ein Verzeichnis auf einem anderen Dateisystem.</translation>
    </message>
    <message>
        <source>Option store for %1 is empty.</source>
        <translation>Die Option store für %1 ist leer.</translation>
    </message>
    <message>
        <source>Option store-size for %1 is %2 bytes; a snapshot store needs at least %3 bytes.</source>
        <translation>Die Option store-size für %1 beträgt %2 Bytes; ein Snapshot-Speicher braucht mindestens %3 Bytes.</translation>
    </message>
    <message>
        <source>Option chunk-sectors for %1 is %2; it must be a power of two.</source>
        <translation>Die Option chunk-sectors für %1 ist %2; sie muss eine Zweierpotenz sein.</translation>
    </message>
    <message>
        <source>%1 is interposed with kind %2, which has nothing to reconfigure.</source>
        <translation>%1 ist mit der Art %2 zwischengeschaltet, bei der es nichts umzukonfigurieren gibt.</translation>
    </message>
    <message>
        <source>The snapshot store %1 is not a block device the kernel knows.</source>
        <translation>Der Snapshot-Speicher %1 ist kein Blockgerät, das der Kernel kennt.</translation>
    </message>
    <message>
        <source>Option store-size for %1 applies to a directory store only; the block device %2 is used whole.</source>
        <translation>Die Option store-size für %1 gilt nur für einen Speicher in einem Verzeichnis; das Blockgerät %2 wird vollständig verwendet.</translation>
    </message>
    <message>
        <source>The snapshot store %1 is %2 itself, or built on it; a snapshot cannot be stored on its own origin.</source>
        <translation>Der Snapshot-Speicher %1 ist %2 selbst oder darauf aufgebaut; ein Snapshot kann nicht auf seinem eigenen Ursprung gespeichert werden.</translation>
    </message>
    <message>
        <source>The snapshot store %1 is part of an Interposer session.</source>
        <translation>Der Snapshot-Speicher %1 gehört zu einer Interposer-Sitzung.</translation>
    </message>
    <message>
        <source>The snapshot store %1 is a whole disk with partitions; name a partition or an unused disk.</source>
        <translation>Der Snapshot-Speicher %1 ist ein ganzer Datenträger mit Partitionen; geben Sie eine Partition oder einen unbenutzten Datenträger an.</translation>
    </message>
    <message>
        <source>The snapshot store %1 is read-only.</source>
        <translation>Der Snapshot-Speicher %1 ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>The snapshot store %1 is too small: %2 bytes, at least %3 are needed.</source>
        <translation>Der Snapshot-Speicher %1 ist zu klein: %2 Bytes, nötig sind mindestens %3.</translation>
    </message>
    <message>
        <source>The snapshot store %1 is a loop device or built on one: whoever owns its backing file could read or change the snapshot. Name a disk or partition, or a directory (the helper makes its own store file there).</source>
        <translation>Der Snapshot-Speicher %1 ist ein Loop-Gerät oder darauf aufgebaut: Wem die zugrunde liegende Datei gehört, der könnte den Snapshot lesen oder verändern. Geben Sie einen Datenträger, eine Partition oder ein Verzeichnis an (dort legt der Hilfsdienst seine eigene Speicherdatei an).</translation>
    </message>
    <message>
        <source>The snapshot store %1 holds %2; the snapshot would overwrite it. Wipe it first (wipefs -a), or pass the option store-overwrite (an administrator is asked every time).</source>
        <translation>Der Snapshot-Speicher %1 enthält %2; der Snapshot würde dies überschreiben. Bereinigen Sie ihn zuerst (wipefs -a) oder übergeben Sie die Option store-overwrite (dann wird jedes Mal ein Administrator gefragt).</translation>
    </message>
    <message>
        <source>The snapshot store %1 is in use (mounted, or held by another driver); its contents would be overwritten.</source>
        <translation>Der Snapshot-Speicher %1 ist in Gebrauch (eingehängt oder von einem anderen Treiber belegt); sein Inhalt würde überschrieben.</translation>
    </message>
    <message>
        <source>Option store-overwrite for %1 applies to a block device store only; %2 is a directory.</source>
        <translation>Die Option store-overwrite für %1 gilt nur für einen Speicher auf einem Blockgerät; %2 ist ein Verzeichnis.</translation>
    </message>
    <message>
        <source>belongs to uid %1</source>
        <translation>gehört dem Benutzer mit der UID %1</translation>
    </message>
    <message>
        <source>may be written by others than root (mode %1)</source>
        <translation>ist auch für andere als root beschreibbar (Modus %1)</translation>
    </message>
    <message>
        <source>The snapshot store directory %1 %2; a store directory must belong to root and be writable by root only, such as /var/lib/interposer/stores.</source>
        <translation>Das Snapshot-Speicherverzeichnis %1 %2; ein Speicherverzeichnis muss root gehören und darf nur für root beschreibbar sein, wie etwa /var/lib/interposer/stores.</translation>
    </message>
    <message>
        <source>The snapshot store directory %1 is on a FUSE or overlay filesystem: the device behind it is unknown, and a process may see what is written. Choose a directory on a local disk.</source>
        <translation>Das Snapshot-Speicherverzeichnis %1 liegt auf einem FUSE- oder Overlay-Dateisystem: Das Gerät dahinter ist unbekannt, und ein Prozess kann sehen, was geschrieben wird. Wählen Sie ein Verzeichnis auf einem lokalen Datenträger.</translation>
    </message>
    <message>
        <source>The snapshot store directory %1 is on a filesystem whose device cannot be told; the store must be on a filesystem known not to live on %2.</source>
        <translation>Das Snapshot-Speicherverzeichnis %1 liegt auf einem Dateisystem, dessen Gerät sich nicht ermitteln lässt; der Speicher muss auf einem Dateisystem liegen, das nachweislich nicht auf %2 liegt.</translation>
    </message>
    <message>
        <source>The snapshot store directory %1 is on a filesystem that lives on %2; the store must be on another filesystem.</source>
        <translation>Das Snapshot-Speicherverzeichnis %1 liegt auf einem Dateisystem, das sich auf %2 befindet; der Speicher muss auf einem anderen Dateisystem liegen.</translation>
    </message>
    <message>
        <source>The snapshot store directory %1 is on a filesystem on a loop device: whoever owns its backing file could read or change the snapshot. Choose a directory on a disk.</source>
        <translation>Das Snapshot-Speicherverzeichnis %1 liegt auf einem Dateisystem auf einem Loop-Gerät: Wem dessen zugrunde liegende Datei gehört, der könnte den Snapshot lesen oder verändern. Wählen Sie ein Verzeichnis auf einem Datenträger.</translation>
    </message>
    <message>
        <source>The snapshot store directory %1 is too small for %2: %3 bytes are free; a store of at least %4 bytes that leaves half of them, and %5 bytes, to the filesystem&apos;s other users does not fit. Give store-size to use more.</source>
        <translation>Das Snapshot-Speicherverzeichnis %1 ist zu klein für %2: %3 Bytes sind frei; ein Speicher von mindestens %4 Bytes, der die Hälfte davon und zudem %5 Bytes den übrigen Nutzern des Dateisystems lässt, passt nicht hinein. Geben Sie store-size an, um mehr zu verwenden.</translation>
    </message>
    <message>
        <source>The snapshot store directory %1 is too small for %2: %3 bytes are free, the store needs %4.</source>
        <translation>Das Snapshot-Speicherverzeichnis %1 ist zu klein für %2: %3 Bytes sind frei, der Speicher braucht %4.</translation>
    </message>
    <message>
        <source>%1 names a block device the kernel does not have.</source>
        <translation>%1 bezeichnet ein Blockgerät, das es im Kernel nicht gibt.</translation>
    </message>
    <message>
        <source>%1 is a device Interposer made for another session; interpose the original device instead.</source>
        <translation>%1 ist ein Gerät, das Interposer für eine andere Sitzung angelegt hat; schalten Sie stattdessen das ursprüngliche Gerät zwischen.</translation>
    </message>
    <message>
        <source>%1 is the device-mapper device “%2”; Interposer puts disks and partitions under device-mapper, not device-mapper devices.</source>
        <translation>%1 ist das Device-Mapper-Gerät „%2“; Interposer stellt Datenträger und Partitionen unter Device-Mapper, nicht Device-Mapper-Geräte.</translation>
    </message>
    <message>
        <source>%1 is already interposed; detach it first.</source>
        <translation>%1 ist bereits zwischengeschaltet; trennen Sie es zuerst.</translation>
    </message>
    <message>
        <source>%1 is a whole disk with partitions; choose one of its partitions.</source>
        <translation>%1 ist ein ganzer Datenträger mit Partitionen; wählen Sie eine seiner Partitionen.</translation>
    </message>
    <message>
        <source>%1 has no medium (its size is 0).</source>
        <translation>%1 hat kein Medium (seine Größe ist 0).</translation>
    </message>
    <message>
        <source>%1 is read-only; device-mapper would need it writable.</source>
        <translation>%1 ist schreibgeschützt; Device-Mapper bräuchte es beschreibbar.</translation>
    </message>
    <message>
        <source>Not authorized to change %1: the caller could not be identified.</source>
        <translation>Keine Berechtigung, %1 zu ändern: Der Aufrufer konnte nicht ermittelt werden.</translation>
    </message>
    <message>
        <source>Cannot ask for authorization to change %1 now: too many requests are waiting for polkit already (at most %2 of one caller, %3 in all); try again when they are answered.</source>
        <translation>Die Berechtigung zum Ändern von %1 kann jetzt nicht angefragt werden: Es warten bereits zu viele Anfragen auf polkit (höchstens %2 pro Aufrufer, %3 insgesamt); versuchen Sie es erneut, wenn sie beantwortet sind.</translation>
    </message>
    <message>
        <source>Not authorized to change %1: %2.</source>
        <translation>Keine Berechtigung, %1 zu ändern: %2.</translation>
    </message>
    <message>
        <source>polkit did not answer (%1)</source>
        <translation>polkit hat nicht geantwortet (%1)</translation>
    </message>
    <message>
        <source>polkit answered with an unexpected signature %1</source>
        <translation>polkit hat mit einer unerwarteten Signatur %1 geantwortet</translation>
    </message>
    <message>
        <source>the authentication dialog was dismissed</source>
        <translation>der Authentifizierungsdialog wurde geschlossen</translation>
    </message>
    <message>
        <source>%1 needs authentication, and the call did not allow interaction</source>
        <translation>%1 erfordert eine Authentifizierung, aber der Aufruf ließ keine Interaktion zu</translation>
    </message>
    <message>
        <source>polkit denied %1</source>
        <translation>polkit hat %1 verweigert</translation>
    </message>
    <message>
        <source>the caller disconnected while polkit was asked</source>
        <translation>der Aufrufer hat die Verbindung getrennt, während polkit gefragt wurde</translation>
    </message>
    <message>
        <source>Not authorized to cancel the export of %1: it was started by uid %2.</source>
        <translation>Keine Berechtigung, den Export von %1 abzubrechen: Er wurde von UID %2 gestartet.</translation>
    </message>
    <message>
        <source>a FIFO</source>
        <translation>ein FIFO</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>a directory</source>
        <translation>ein Verzeichnis</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>ein Blockgerät</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>ein zeichenorientiertes Gerät</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>The export of %1 must go into a regular file; the file descriptor is %2.</source>
        <translation>Der Export von %1 muss in eine reguläre Datei gehen; der Dateideskriptor ist %2.</translation>
    </message>
    <message>
        <source>The file descriptor for the export of %1 is not open for writing.</source>
        <translation>Der Dateideskriptor für den Export von %1 ist nicht zum Schreiben geöffnet.</translation>
    </message>
    <message>
        <source>The file for the export of %1 is open for appending (O_APPEND): the image would follow the file&apos;s old contents. Open it without O_APPEND.</source>
        <translation>Die Datei für den Export von %1 ist zum Anhängen geöffnet (O_APPEND): Das Abbild würde hinter dem alten Inhalt der Datei landen. Öffnen Sie sie ohne O_APPEND.</translation>
    </message>
    <message>
        <source>The file for the export of %1 is on a FUSE or overlay filesystem: a process answers its writes and may hold them for ever, and the device behind it is unknown. Choose a file on a local disk.</source>
        <translation>Die Datei für den Export von %1 liegt auf einem FUSE- oder Overlay-Dateisystem: Ein Prozess beantwortet ihre Schreibzugriffe und kann sie beliebig lange zurückhalten, und das Gerät dahinter ist unbekannt. Wählen Sie eine Datei auf einem lokalen Datenträger.</translation>
    </message>
    <message>
        <source>The file for the export of %1 is on a filesystem without a device number of its own, opened through a mount that neither the helper&apos;s nor the machine&apos;s mount table has: whether that filesystem lives on %1 cannot be told. Choose a file on a filesystem the machine mounts.</source>
        <translation>Die Datei für den Export von %1 liegt auf einem Dateisystem ohne eigene Gerätenummer und wurde über eine Einhängung geöffnet, die weder in der Einhängetabelle des Hilfsdienstes noch in der des Rechners steht: Ob dieses Dateisystem auf %1 liegt, lässt sich nicht feststellen. Wählen Sie eine Datei auf einem Dateisystem, das der Rechner eingehängt hat.</translation>
    </message>
    <message>
        <source>The file for the export of %1 is on a filesystem on %1 itself: every block written would be copied into the snapshot store until it overflows. Choose a file on another filesystem.</source>
        <translation>Die Datei für den Export von %1 liegt auf einem Dateisystem auf %1 selbst: Jeder geschriebene Block würde in den Snapshot-Speicher kopiert, bis dieser überläuft. Wählen Sie eine Datei auf einem anderen Dateisystem.</translation>
    </message>
    <message>
        <source>The file for the export of %1 is on the filesystem that holds its snapshot store: the export would take the store&apos;s space. Choose a file on another filesystem.</source>
        <translation>Die Datei für den Export von %1 liegt auf dem Dateisystem, das seinen Snapshot-Speicher enthält: Der Export würde den Platz des Speichers aufbrauchen. Wählen Sie eine Datei auf einem anderen Dateisystem.</translation>
    </message>
    <message>
        <source>Cannot record the change of device %1 in %2: %3.</source>
        <translation>Die Änderung des Geräts %1 kann nicht in %2 festgehalten werden: %3.</translation>
    </message>
    <message>
        <source>Cannot %1: the kernel module blkinterposer is not loaded (%2: %3).</source>
        <translation>Das %1 ist nicht möglich: Das Kernelmodul blkinterposer ist nicht geladen (%2: %3).</translation>
    </message>
    <message>
        <source>interpose %1</source>
        <translation>Zwischenschalten von %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>list interposed devices</source>
        <translation>Auflisten der zwischengeschalteten Geräte</translation>
    </message>
    <message>
        <source>blkinterposer refused LIST: %1.</source>
        <translation>blkinterposer hat LIST abgelehnt: %1.</translation>
    </message>
    <message>
        <source>create a bypass for</source>
        <translation>Anlegen eines Umgehungspfads für</translation>
    </message>
    <message>
        <source>remove the bypass of</source>
        <translation>Entfernen des Umgehungspfads von</translation>
    </message>
    <message>
        <source>attach</source>
        <translation>Zwischenschalten von</translation>
    </message>
    <message>
        <source>detach</source>
        <translation>Trennen von</translation>
    </message>
    <message>
        <source>freeze the filesystem on</source>
        <translation>Einfrieren des Dateisystems auf</translation>
    </message>
    <message>
        <source>use</source>
        <translation>Verwenden von</translation>
    </message>
    <message>
        <source>the interposer</source>
        <translation>das Interposer-Gerät</translation>
    </message>
    <message>
        <source>The kernel refused to %1 %2: the helper lacks CAP_SYS_ADMIN.</source>
        <translation>Der Kernel hat das %1 %2 verweigert: Dem Hilfsdienst fehlt CAP_SYS_ADMIN.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: the kernel has no such block device.</source>
        <translation>Das %1 %2 ist nicht möglich: Der Kernel hat kein solches Blockgerät.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: %3 is not a device-mapper device.</source>
        <translation>Das %1 %2 ist nicht möglich: %3 ist kein Device-Mapper-Gerät.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: %3 is smaller than it.</source>
        <translation>Das %1 %2 ist nicht möglich: %3 ist kleiner als %2.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: it already has one.</source>
        <translation>Das %1 %2 ist nicht möglich: %2 hat bereits einen.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: it is already interposed.</source>
        <translation>Das %1 %2 ist nicht möglich: %2 ist bereits zwischengeschaltet.</translation>
    </message>
    <message>
        <source>Cannot %1 %2 to %3: one of them is a bypass or an interposer, or %3 is built on %2.</source>
        <translation>Das %1 %2 ist nicht möglich (Ziel: %3): Eines der beiden Geräte ist ein Umgehungspfad oder ein Interposer, oder %3 ist auf %2 aufgebaut.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: it is itself a bypass or an interposer.</source>
        <translation>Das %1 %2 ist nicht möglich: %2 ist selbst ein Umgehungspfad oder ein Interposer.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: it is a whole disk with partitions; choose a partition.</source>
        <translation>Das %1 %2 ist nicht möglich: %2 ist ein ganzer Datenträger mit Partitionen; wählen Sie eine Partition.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: it is a zoned device (host-managed SMR or NVMe ZNS), which Interposer does not support.</source>
        <translation>Das %1 %2 ist nicht möglich: %2 ist ein zoniertes Gerät (hostverwaltetes SMR oder NVMe ZNS), das Interposer nicht unterstützt.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: it is mounted, and this kernel forbids writing to mounted block devices (it was booted with bdev_allow_write_mounted=0); Interposer cannot work on it until it is unmounted or the machine boots without that setting.</source>
        <translation>Das %1 %2 ist nicht möglich: %2 ist eingehängt, und dieser Kernel verbietet das Schreiben auf eingehängte Blockgeräte (er wurde mit bdev_allow_write_mounted=0 gestartet); Interposer kann damit erst arbeiten, wenn es ausgehängt ist oder der Rechner ohne diese Einstellung startet.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: the bypass is still open (a device-mapper table uses it).</source>
        <translation>Das %1 %2 ist nicht möglich: Der Umgehungspfad ist noch geöffnet (eine Device-Mapper-Tabelle verwendet ihn).</translation>
    </message>
    <message>
        <source>Cannot %1 %2: %3 already receives another device&apos;s bios, or the filesystem on %2 is frozen by someone else.</source>
        <translation>Das %1 %2 ist nicht möglich: %3 empfängt bereits die E/A-Anfragen (bios) eines anderen Geräts, oder das Dateisystem auf %2 wurde von jemand anderem eingefroren.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: its filesystem is frozen by someone else (fsfreeze).</source>
        <translation>Das %1 %2 ist nicht möglich: Das Dateisystem darauf wurde von jemand anderem eingefroren (fsfreeze).</translation>
    </message>
    <message>
        <source>Cannot %1 %2: another kernel module (a livepatch or another block filter) now redirects submit_bio_noacct(); unload it first.</source>
        <translation>Das %1 %2 ist nicht möglich: Ein anderes Kernelmodul (ein Livepatch oder ein anderer Blockfilter) leitet jetzt submit_bio_noacct() um; entladen Sie es zuerst.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: the kernel is busy with its hook on submit_bio_noacct() (a BPF program is attaching to it); try again.</source>
        <translation>Das %1 %2 ist nicht möglich: Der Kernel ist mit seinem Hook auf submit_bio_noacct() beschäftigt (ein BPF-Programm hängt sich gerade daran); versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: it has none.</source>
        <translation>Das %1 %2 ist nicht möglich: %2 hat keinen.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: it is not interposed.</source>
        <translation>Das %1 %2 ist nicht möglich: %2 ist nicht zwischengeschaltet.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: the loaded blkinterposer module does not speak ABI version %3.</source>
        <translation>Das %1 %2 ist nicht möglich: Das geladene Modul blkinterposer beherrscht die ABI-Version %3 nicht.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: %3.</source>
        <translation>Das %1 %2 ist nicht möglich: %3.</translation>
    </message>
    <message>
        <source>libdevmapper cannot allocate a task for %1.</source>
        <translation>libdevmapper kann keinen Task für %1 anlegen.</translation>
    </message>
    <message>
        <source>“%1” is not a valid device-mapper name.</source>
        <translation>„%1“ ist kein gültiger Device-Mapper-Name.</translation>
    </message>
    <message>
        <source>Cannot %1 /dev/mapper/%2: %3.</source>
        <translation>Das %1 /dev/mapper/%2 ist nicht möglich: %3.</translation>
    </message>
    <message>
        <source>device-mapper refused</source>
        <translation>Device-Mapper hat abgelehnt</translation>
    </message>
    <message>
        <source>prepare the table of</source>
        <translation>Vorbereiten der Tabelle von</translation>
    </message>
    <message>
        <source>set the uuid of</source>
        <translation>Setzen der UUID von</translation>
    </message>
    <message>
        <source>create</source>
        <translation>Anlegen von</translation>
    </message>
    <message>
        <source>look up</source>
        <translation>Nachschlagen von</translation>
    </message>
    <message>
        <source>load a new table into</source>
        <translation>Laden einer neuen Tabelle in</translation>
    </message>
    <message>
        <source>suspend</source>
        <translation>Anhalten von</translation>
    </message>
    <message>
        <source>resume</source>
        <translation>Fortsetzen von</translation>
    </message>
    <message>
        <source>drop the inactive table of</source>
        <translation>Verwerfen der inaktiven Tabelle von</translation>
    </message>
    <message>
        <source>Cannot remove /dev/mapper/%1: it does not exist.</source>
        <translation>/dev/mapper/%1 kann nicht entfernt werden: Es existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot remove /dev/mapper/%1: it is in use.</source>
        <translation>/dev/mapper/%1 kann nicht entfernt werden: Es wird verwendet.</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>Entfernen von</translation>
    </message>
    <message>
        <source>list</source>
        <translation>Auflisten von</translation>
    </message>
    <message>
        <source>read the table of</source>
        <translation>Lesen der Tabelle von</translation>
    </message>
    <message>
        <source>read the status of</source>
        <translation>Lesen des Status von</translation>
    </message>
    <message>
        <source>Cannot open /dev/mapper/%1 for reading: %2.</source>
        <translation>/dev/mapper/%1 kann nicht zum Lesen geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>The snapshot store directory of %1 is no longer open.</source>
        <translation>Das Snapshot-Speicherverzeichnis von %1 ist nicht mehr geöffnet.</translation>
    </message>
    <message>
        <source>Cannot make the snapshot store of %1 in %2: %3.</source>
        <translation>Der Snapshot-Speicher für %1 kann nicht in %2 angelegt werden: %3.</translation>
    </message>
    <message>
        <source>The snapshot store of %1 did not land on the filesystem of %2 that was checked.</source>
        <translation>Der Snapshot-Speicher von %1 ist nicht auf dem geprüften Dateisystem von %2 gelandet.</translation>
    </message>
    <message>
        <source>Cannot size the snapshot store of %1 in %2: %3.</source>
        <translation>Die Größe des Snapshot-Speichers von %1 in %2 kann nicht festgelegt werden: %3.</translation>
    </message>
    <message>
        <source>Cannot make a loop device for the snapshot store of %1: /dev/loop-control: %2.</source>
        <translation>Für den Snapshot-Speicher von %1 kann kein Loop-Gerät angelegt werden: /dev/loop-control: %2.</translation>
    </message>
    <message>
        <source>Cannot set up %1 as the snapshot store of %2: %3.</source>
        <translation>%1 kann nicht als Snapshot-Speicher von %2 eingerichtet werden: %3.</translation>
    </message>
    <message>
        <source>No free loop device for the snapshot store of %1.</source>
        <translation>Kein freies Loop-Gerät für den Snapshot-Speicher von %1.</translation>
    </message>
    <message>
        <source>Internal error: %1.</source>
        <translation>Interner Fehler: %1.</translation>
    </message>
    <message>
        <source>%1 changed while authorization was asked; try again.</source>
        <translation>%1 hat sich geändert, während die Berechtigung angefragt wurde; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot interpose %1: %2.</source>
        <translation>%1 kann nicht zwischengeschaltet werden: %2.</translation>
    </message>
    <message>
        <source>Not authorized to change %1: its session was started by uid %2, and only that user or root may change it.</source>
        <translation>Keine Berechtigung, %1 zu ändern: Die Sitzung wurde von UID %2 gestartet, und nur dieser Benutzer oder root darf sie ändern.</translation>
    </message>
    <message>
        <source>Cannot export the snapshot of %1 now: %2 exports are running, the most the helper runs at once; try again when one has ended.</source>
        <translation>Der Snapshot von %1 kann jetzt nicht exportiert werden: Es laufen bereits %2 Exporte, so viele, wie der Hilfsdienst gleichzeitig ausführt; versuchen Sie es erneut, wenn einer beendet ist.</translation>
    </message>
    <message>
        <source>The session has already ended.</source>
        <translation>Die Sitzung ist bereits beendet.</translation>
    </message>
    <message>
        <source>%1 was mounted or unmounted while authorization was asked; try again.</source>
        <translation>%1 wurde ein- oder ausgehängt, während die Berechtigung angefragt wurde; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is interposed with kind %2; only a snapshot can be exported.</source>
        <translation>%1 ist mit der Art %2 zwischengeschaltet; nur ein Snapshot kann exportiert werden.</translation>
    </message>
    <message>
        <source>The file descriptor for the export of %1 is not valid.</source>
        <translation>Der Dateideskriptor für den Export von %1 ist ungültig.</translation>
    </message>
    <message>
        <source>Cannot read the snapshot of %1: %2</source>
        <translation>Der Snapshot von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot take the file descriptor for the export of %1: %2.</source>
        <translation>Der Dateideskriptor für den Export von %1 kann nicht übernommen werden: %2.</translation>
    </message>
    <message>
        <source>Cannot fail only the reads of %1: %2; use error-writes or drop-writes.</source>
        <translation>Nur die Lesezugriffe auf %1 fehlschlagen zu lassen ist nicht möglich: %2; verwenden Sie error-writes oder drop-writes.</translation>
    </message>
    <message>
        <source>The snapshot of %1 (/dev/mapper/%2) is in use; unmount or close it first.</source>
        <translation>Der Snapshot von %1 (/dev/mapper/%2) ist in Gebrauch; hängen Sie ihn zuerst aus oder schließen Sie ihn.</translation>
    </message>
    <message>
        <source>Cannot read the snapshot usage of %1.</source>
        <translation>Die Belegung des Snapshot-Speichers von %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The snapshot of %1 is %2.</source>
        <translation>Der Snapshot von %1 hat den Status %2.</translation>
    </message>
    <message>
        <source>“%1” is not an absolute path; name a block device such as /dev/sda1.</source>
        <translation>„%1“ ist kein absoluter Pfad; geben Sie ein Blockgerät wie /dev/sda1 an.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a loop of symbolic links, not a block device.</source>
        <translation>%1 ist eine Schleife symbolischer Verknüpfungen, kein Blockgerät.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2.</source>
        <translation>%1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be examined: %2.</source>
        <translation>%1 kann nicht untersucht werden: %2.</translation>
    </message>
    <message>
        <source>a regular file</source>
        <translation>eine reguläre Datei</translation>
    </message>
    <message>
        <source>not a device</source>
        <translation>kein Gerät</translation>
    </message>
    <message>
        <source>%1 is not a block device (it is %2).</source>
        <translation>%1 ist kein Blockgerät (es ist %2).</translation>
    </message>
    <message>
        <source>“%1” is not an absolute path.</source>
        <translation>„%1“ ist kein absoluter Pfad.</translation>
    </message>
    <message>
        <source>%1 does not exist (a directory of the user&apos;s home or /tmp may not be visible to the helper).</source>
        <translation>%1 existiert nicht (ein Verzeichnis im Home-Verzeichnis des Benutzers oder in /tmp ist für den Hilfsdienst möglicherweise nicht sichtbar).</translation>
    </message>
    <message>
        <source>%1 is neither a block device nor a directory.</source>
        <translation>%1 ist weder ein Blockgerät noch ein Verzeichnis.</translation>
    </message>
    <message>
        <source>The snapshot store directory %1 is on a read-only filesystem (for the helper: under systemd its service may only write below /var/lib/interposer, /mnt, /media, /run/media and /srv).</source>
        <translation>Das Snapshot-Speicherverzeichnis %1 liegt auf einem schreibgeschützten Dateisystem (für den Hilfsdienst: Unter systemd darf sein Dienst nur unterhalb von /var/lib/interposer, /mnt, /media, /run/media und /srv schreiben).</translation>
    </message>
    <message>
        <source>The file descriptor cannot be examined: %1.</source>
        <translation>Der Dateideskriptor kann nicht untersucht werden: %1.</translation>
    </message>
    <message>
        <source>nothing that can be read (the device is gone)</source>
        <translation>nichts Lesbares (das Gerät ist verschwunden)</translation>
    </message>
    <message>
        <source>contents that cannot be read (%1)</source>
        <translation>Inhalte, die nicht gelesen werden können (%1)</translation>
    </message>
    <message>
        <source>contents that cannot be read (%1 is another device now)</source>
        <translation>Inhalte, die nicht gelesen werden können (%1 ist jetzt ein anderes Gerät)</translation>
    </message>
    <message>
        <source>contents that cannot be probed</source>
        <translation>Inhalte, die sich nicht untersuchen lassen</translation>
    </message>
    <message>
        <source>several signatures (blkid cannot tell which is valid)</source>
        <translation>mehrere Signaturen (blkid kann nicht feststellen, welche gültig ist)</translation>
    </message>
    <message>
        <source>a %1 partition table</source>
        <translation>eine %1-Partitionstabelle</translation>
    </message>
    <message>
        <source>a %1 signature</source>
        <translation>eine %1-Signatur</translation>
    </message>
    <message>
        <source>a signature blkid does not name</source>
        <translation>eine Signatur, die blkid nicht benennt</translation>
    </message>
    <message>
        <source>Cannot read the snapshot of %1 at byte %2: %3.</source>
        <translation>Der Snapshot von %1 kann bei Byte %2 nicht gelesen werden: %3.</translation>
    </message>
    <message>
        <source>end of device</source>
        <translation>Ende des Geräts</translation>
    </message>
    <message>
        <source>Cannot write the snapshot of %1 into the file: %2.</source>
        <translation>Der Snapshot von %1 kann nicht in die Datei geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>The export of the snapshot of %1 was cancelled.</source>
        <translation>Der Export des Snapshots von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot end the export of %1 at the image&apos;s end: %2.</source>
        <translation>Der Export von %1 kann nicht am Ende des Abbilds abgeschlossen werden: %2.</translation>
    </message>
    <message>
        <source>Cannot flush the export of %1: %2.</source>
        <translation>Der Export von %1 kann nicht auf den Datenträger geschrieben werden: %2.</translation>
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
        <translation>Art %1</translation>
    </message>
    <message>
        <source>sectors</source>
        <translation>Sektoren</translation>
    </message>
    <message>
        <source>blkinterposer is not loaded (%1: %2)</source>
        <translation>blkinterposer ist nicht geladen (%1: %2)</translation>
    </message>
    <message>
        <source>blkinterposer was loaded after the helper started, whose sandbox does not allow its new %1 (%2); the helper must start again</source>
        <translation>blkinterposer wurde nach dem Start des Hilfsdienstes geladen, dessen Sandbox das neue %1 nicht erlaubt (%2); der Hilfsdienst muss neu starten</translation>
    </message>
    <message>
        <source>blkinterposer is loaded, but %1 cannot be opened: %2</source>
        <translation>blkinterposer ist geladen, aber %1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>blkinterposer does not answer VERSION: %1</source>
        <translation>blkinterposer beantwortet VERSION nicht: %1</translation>
    </message>
    <message>
        <source>blkinterposer speaks ABI %1, the helper ABI %2</source>
        <translation>blkinterposer spricht ABI %1, der Hilfsdienst ABI %2</translation>
    </message>
    <message>
        <source>dm-flakey of Linux %1 has no error_reads mode (Linux 6.5 added it)</source>
        <translation>dm-flakey von Linux %1 hat keinen Modus error_reads (Linux 6.5 hat ihn eingeführt)</translation>
    </message>
</context>
<context>
    <name>IoChart</name>
    <message>
        <source>%1 (original)</source>
        <translation>%1 (Original)</translation>
    </message>
    <message>
        <source>interposer</source>
        <translation>Interposer</translation>
    </message>
    <message>
        <source>%1 (interposer)</source>
        <translation>%1 (Interposer)</translation>
    </message>
</context>
<context>
    <name>IoStatSampler</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 does not hold 11, 15 or 17 numbers.</source>
        <translation>%1 enthält nicht 11, 15 oder 17 Zahlen.</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <source>&amp;Remap</source>
        <translation>&amp;Umleiten</translation>
    </message>
    <message>
        <source>Add &amp;latency</source>
        <translation>&amp;Latenz hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Snapshot</source>
        <translation>&amp;Snapshot</translation>
    </message>
    <message>
        <source>Inject &amp;faults</source>
        <translation>Fehler &amp;injizieren</translation>
    </message>
    <message>
        <source>%1 is part of an Interposer session.</source>
        <translation>%1 gehört zu einer Interposer-Sitzung.</translation>
    </message>
    <message>
        <source>%1 is a device-mapper device; Interposer acts on the devices below it.</source>
        <translation>%1 ist ein Device-Mapper-Gerät; Interposer arbeitet mit den Geräten darunter.</translation>
    </message>
    <message>
        <source>%1 has partitions; choose one of them.</source>
        <translation>%1 hat Partitionen; wählen Sie eine davon.</translation>
    </message>
    <message>
        <source>%1 is empty (no medium, or a size of 0).</source>
        <translation>%1 ist leer (kein Medium oder eine Größe von 0).</translation>
    </message>
    <message>
        <source>%1 is read-only; device-mapper needs it writable.</source>
        <translation>%1 ist schreibgeschützt; Device-Mapper braucht es beschreibbar.</translation>
    </message>
</context>
<context>
    <name>KioskConfig</name>
    <message>
        <source>%1, line %2: %3.</source>
        <extracomment>%1 is the file, %2 the line number, %3 one of the reasons that follow.</extracomment>
        <translation>%1, Zeile %2: %3.</translation>
    </message>
    <message>
        <source>“%1” is not “key = value”</source>
        <extracomment>“key = value” is the syntax of the file: keep key and value as they are.</extracomment>
        <translation>„%1“ hat nicht die Form „key = value“</translation>
    </message>
    <message>
        <source>the device path “%1” is not absolute</source>
        <translation>der Gerätepfad „%1“ ist nicht absolut</translation>
    </message>
    <message>
        <source>the device %1 is named twice</source>
        <translation>das Gerät %1 ist doppelt angegeben</translation>
    </message>
    <message>
        <source>idle-reset-seconds takes a number of seconds from 0 to 86400, not “%1”</source>
        <extracomment>idle-reset-seconds is a key of the file: keep it as it is.</extracomment>
        <translation>idle-reset-seconds erwartet eine Anzahl Sekunden von 0 bis 86400, nicht „%1“</translation>
    </message>
    <message>
        <source>idle-reset-seconds is already set on line %1</source>
        <extracomment>idle-reset-seconds is a key of the file: keep it as it is.</extracomment>
        <translation>idle-reset-seconds ist bereits in Zeile %1 gesetzt</translation>
    </message>
    <message>
        <source>unknown key “%1”</source>
        <translation>unbekannter Schlüssel „%1“</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Kiosk device %1: %2.</source>
        <translation>Kiosk-Gerät %1: %2.</translation>
    </message>
    <message>
        <source>Kiosk device %1 is not a block device.</source>
        <translation>Das Kiosk-Gerät %1 ist kein Blockgerät.</translation>
    </message>
    <message>
        <source>Kiosk device %1 is the same device as %2.</source>
        <translation>Das Kiosk-Gerät %1 ist dasselbe Gerät wie %2.</translation>
    </message>
    <message>
        <source>the snapshot store “%1” is not an absolute path</source>
        <translation>der Snapshot-Speicher „%1“ ist kein absoluter Pfad</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Interposer demo</source>
        <translation>Interposer-Demo</translation>
    </message>
    <message>
        <source>Interposer: put a live disk under device-mapper, without unmounting</source>
        <translation>Interposer: einen laufenden Datenträger unter Device-Mapper stellen, ohne ihn auszuhängen</translation>
    </message>
    <message>
        <source>Reset demo</source>
        <translation>Demo zurücksetzen</translation>
    </message>
    <message>
        <source>Reset demo: detach every session</source>
        <translation>Demo zurücksetzen: alle Sitzungen trennen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Demo devices</source>
        <translation>Demo-Geräte</translation>
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
        <translation>Blockgeräte</translation>
    </message>
    <message>
        <source>Waiting for the helper</source>
        <translation>Warten auf den Hilfsdienst</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Device</source>
        <translation>&amp;Gerät</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Interposer</source>
        <translation>Ü&amp;ber Interposer</translation>
    </message>
    <message>
        <source>About Interposer</source>
        <translation>Über Interposer</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: erledigt.</translation>
    </message>
    <message>
        <source>%1… (waiting for the helper)</source>
        <translation>%1… (warte auf den Hilfsdienst)</translation>
    </message>
    <message>
        <source>Filter by name, label, filesystem, mount point or session</source>
        <translation>Nach Name, Bezeichnung, Dateisystem, Einhängepunkt oder Sitzung filtern</translation>
    </message>
    <message>
        <source>Filter devices</source>
        <translation>Geräte filtern</translation>
    </message>
    <message>
        <source>De&amp;vice</source>
        <translation>Ge&amp;rät</translation>
    </message>
    <message>
        <source>Sessio&amp;n</source>
        <translation>Sitzu&amp;ng</translation>
    </message>
    <message>
        <source>Sessi&amp;ons…</source>
        <translation>Sit&amp;zungen…</translation>
    </message>
    <message>
        <source>Every session on this machine, and Detach all</source>
        <translation>Alle Sitzungen auf diesem Rechner, und alle trennen</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>Benutzer&amp;handbuch</translation>
    </message>
    <message>
        <source>Interposer %1

Puts a live, mounted block device under device-mapper and back, without unmounting.

Licence: GNU General Public License, version 2 or later.
Built with Qt %2, running on Qt %3.</source>
        <translation>Interposer %1

Stellt ein eingehängtes Blockgerät im laufenden Betrieb unter Device-Mapper und wieder zurück, ohne Aushängen.

Lizenz: GNU General Public License, Version 2 oder neuer.
Erstellt mit Qt %2, läuft mit Qt %3.</translation>
    </message>
</context>
<context>
    <name>ReadinessBanner</name>
    <message>
        <source>The Interposer helper is not installed, so nothing can be attached or detached. Install it:</source>
        <translation>Der Hilfsdienst von Interposer ist nicht installiert, daher kann nichts zwischengeschaltet oder getrennt werden. Installieren Sie ihn:</translation>
    </message>
    <message>
        <source>The Interposer helper did not start (%1), so nothing can be attached or detached. Its log says why:</source>
        <translation>Der Hilfsdienst von Interposer ist nicht gestartet (%1), daher kann nichts zwischengeschaltet oder getrennt werden. Sein Protokoll nennt den Grund:</translation>
    </message>
    <message>
        <source>The kernel module blkinterposer is not installed for the running kernel (Linux %1), so nothing can be attached. Install it, and DKMS builds it for this kernel (if it is installed, “sudo dkms autoinstall” says why it was not built):</source>
        <translation>Das Kernelmodul blkinterposer ist für den laufenden Kernel (Linux %1) nicht installiert, daher kann nichts zwischengeschaltet werden. Installieren Sie es, DKMS baut es dann für diesen Kernel (ist es schon installiert, nennt „sudo dkms autoinstall“ den Grund, warum es nicht gebaut wurde):</translation>
    </message>
    <message>
        <source>The kernel module blkinterposer is not loaded, and Secure Boot is on: the kernel loads it once the key DKMS signs it with is enrolled. Enrol it, reboot, choose “Enrol MOK” and type the password you chose (the user guide’s “Secure Boot” has the steps):</source>
        <translation>Das Kernelmodul blkinterposer ist nicht geladen, und Secure Boot ist aktiv: Der Kernel lädt es, sobald der Schlüssel registriert ist, mit dem DKMS es signiert. Registrieren Sie ihn, starten Sie neu, wählen Sie „Enrol MOK“ und geben Sie das gewählte Passwort ein (das Benutzerhandbuch beschreibt unter „Secure Boot“ die Schritte):</translation>
    </message>
    <message>
        <source>The kernel module blkinterposer is not loaded, so nothing can be attached. Load it (if that fails, the kernel log says why, and the user guide’s “Troubleshooting” what to do):</source>
        <translation>Das Kernelmodul blkinterposer ist nicht geladen, daher kann nichts zwischengeschaltet werden. Laden Sie es (schlägt das fehl, nennt das Kernelprotokoll den Grund und das Benutzerhandbuch unter „Troubleshooting“ die Abhilfe):</translation>
    </message>
    <message>
        <source>The kernel module blkinterposer is loaded but does not answer (%1), so nothing can be attached. Load it again:</source>
        <translation>Das Kernelmodul blkinterposer ist geladen, antwortet aber nicht (%1), daher kann nichts zwischengeschaltet werden. Laden Sie es neu:</translation>
    </message>
    <message>
        <source>The kernel module blkinterposer and the helper are of different versions (%1), so nothing can be attached. Install the same version of blkinterposer-dkms and interposer-helper, then load the module again:</source>
        <translation>Das Kernelmodul blkinterposer und der Hilfsdienst haben verschiedene Versionen (%1), daher kann nichts zwischengeschaltet werden. Installieren Sie dieselbe Version von blkinterposer-dkms und interposer-helper und laden Sie dann das Modul neu:</translation>
    </message>
    <message>
        <source>The helper is version %1 and this program version %2: install the same version of both.</source>
        <translation>Der Hilfsdienst hat Version %1 und dieses Programm Version %2: Installieren Sie dieselbe Version von beiden.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Chec&amp;k again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Check again whether Interposer can work</source>
        <translation>Erneut prüfen, ob Interposer arbeiten kann</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>Hand&amp;buch</translation>
    </message>
    <message>
        <source>Open the user guide at Troubleshooting</source>
        <translation>Das Benutzerhandbuch bei „Troubleshooting“ öffnen</translation>
    </message>
    <message>
        <source>The kernel module blkinterposer was loaded after the helper started, and the helper may use only what was there when it started. Start it again (or wait a minute: it ends when idle):</source>
        <translation>Das Kernelmodul blkinterposer wurde nach dem Start des Hilfsdienstes geladen, und der Hilfsdienst darf nur nutzen, was bei seinem Start da war. Starten Sie ihn neu (oder warten Sie eine Minute: Er beendet sich, wenn er untätig ist):</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Remapped</source>
        <translation>Umgeleitet</translation>
    </message>
    <message>
        <source>Latency added</source>
        <translation>Latenz hinzugefügt</translation>
    </message>
    <message>
        <source>Snapshot kept</source>
        <translation>Snapshot erstellt</translation>
    </message>
    <message>
        <source>Faults injected</source>
        <translation>Fehler injiziert</translation>
    </message>
    <message>
        <source>detaching</source>
        <translation>wird getrennt</translation>
    </message>
    <message>
        <source>device removed</source>
        <translation>Gerät entfernt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>%1 is what was done (“Latency added”), %2 a state other than active (“detaching”)</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
</context>
<context>
    <name>SessionPanel</name>
    <message>
        <source>Session state</source>
        <translation>Sitzungsstatus</translation>
    </message>
    <message>
        <source>I/O operations per second</source>
        <translation>E/A-Vorgänge pro Sekunde</translation>
    </message>
    <message>
        <source>IOPS</source>
        <translation>IOPS</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>MiB/s</source>
        <translation>MiB/s</translation>
    </message>
    <message>
        <source>Average latency</source>
        <translation>Durchschnittliche Latenz</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <source>Faults</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>Snapshot store used</source>
        <translation>Belegung des Snapshot-Speichers</translation>
    </message>
    <message>
        <source>&amp;Export image…</source>
        <translation>Abbild &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export the snapshot as an image file</source>
        <translation>Den Snapshot als Abbilddatei exportieren</translation>
    </message>
    <message>
        <source>Detach: put the device back as it was</source>
        <translation>Trennen: das Gerät in den ursprünglichen Zustand zurückversetzen</translation>
    </message>
    <message>
        <source>The filesystem as it was when the snapshot was taken is readable at %1 (mount it read-only).</source>
        <translation>Das Dateisystem im Zustand zum Zeitpunkt des Snapshots ist unter %1 lesbar (nur lesend einhängen).</translation>
    </message>
    <message>
        <source>No session</source>
        <translation>Keine Sitzung</translation>
    </message>
    <message>
        <source>%1 of %2 used</source>
        <translation>%1 von %2 belegt</translation>
    </message>
    <message>
        <source>Export the snapshot of %1</source>
        <translation>Snapshot von %1 exportieren</translation>
    </message>
    <message>
        <source>Disk images (*.img);;All files (*)</source>
        <translation>Abbilddateien (*.img);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Det&amp;ach</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Detaching…</source>
        <translation>Wird getrennt …</translation>
    </message>
    <message>
        <source>The device was removed; the session ends once its devices are gone.</source>
        <translation>Das Gerät wurde entfernt; die Sitzung endet, sobald ihre Geräte verschwunden sind.</translation>
    </message>
    <message>
        <source>Failed: the helper’s log says why (journalctl -u interposer-helper).</source>
        <translation>Fehlgeschlagen: Das Protokoll des Hilfsdienstes nennt den Grund (journalctl -u interposer-helper).</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Show the device-mapper details</source>
        <translation>Die Device-Mapper-Details zeigen</translation>
    </message>
    <message>
        <source>Device-mapper details</source>
        <translation>Device-Mapper-Details</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>%1 is the device, %2 what was done to it (“Latency added”)</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Device-mapper target %1, on %2</source>
        <translation>Device-Mapper-Ziel %1, auf %2</translation>
    </message>
    <message>
        <source>It reaches the device through %1, the kernel module’s bypass.</source>
        <translation>Es erreicht das Gerät über %1, den Umgehungspfad des Kernelmoduls.</translation>
    </message>
    <message>
        <source>Started %1 by %2.</source>
        <translation>Gestartet %1 von %2.</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Gestartet von</translation>
    </message>
</context>
<context>
    <name>SessionsDialog</name>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Every device under Interposer on this machine, whoever put it there.</source>
        <translation>Jedes Gerät unter Interposer auf diesem Rechner, gleich wer es dort hingestellt hat.</translation>
    </message>
    <message>
        <source>&amp;Detach</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Detach &amp;all</source>
        <translation>&amp;Alle trennen</translation>
    </message>
    <message>
        <source>Detach every session</source>
        <translation>Jede Sitzung trennen</translation>
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
        <translation>&amp;Verzögerung beim Lesen:</translation>
    </message>
    <message>
        <source>Delay of every read</source>
        <translation>Verzögerung jedes Lesezugriffs</translation>
    </message>
    <message>
        <source>&amp;Writes wait:</source>
        <translation>Verzögerung beim &amp;Schreiben:</translation>
    </message>
    <message>
        <source>Delay of every write</source>
        <translation>Verzögerung jedes Schreibzugriffs</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Works for:</source>
        <translation>&amp;Funktioniert für:</translation>
    </message>
    <message>
        <source>Seconds working</source>
        <translation>Sekunden ohne Fehler</translation>
    </message>
    <message>
        <source>&amp;Then fails for:</source>
        <translation>&amp;Dann Fehler für:</translation>
    </message>
    <message>
        <source>Seconds failing</source>
        <translation>Sekunden mit Fehlern</translation>
    </message>
</context>
<context>
    <name>SnapshotExport</name>
    <message>
        <source>Cannot open %1 for writing: %2.</source>
        <translation>%1 kann nicht zum Schreiben geöffnet werden: %2.</translation>
    </message>
</context>
<context>
    <name>SnapshotQuestion</name>
    <message>
        <source>the filesystem as it was at %2, readable at %1, and its store in %3 (%4 used)</source>
        <extracomment>%1 the snapshot device, %2 its time, %3 the store&apos;s directory or device, %4 a size</extracomment>
        <translation>das Dateisystem, wie es um %2 war, lesbar unter %1, und sein Speicher in %3 (%4 belegt)</translation>
    </message>
    <message>
        <source>Detach %1</source>
        <translation>%1 trennen</translation>
    </message>
    <message>
        <source>Detach all</source>
        <translation>Alle trennen</translation>
    </message>
    <message>
        <source>Detach deletes the snapshot of %1 and its store.</source>
        <translation>Trennen löscht den Snapshot von %1 und seinen Speicher.</translation>
    </message>
    <message>
        <source>Detach deletes the snapshots of %1 and their stores.</source>
        <translation>Trennen löscht die Snapshots von %1 und ihre Speicher.</translation>
    </message>
    <message>
        <source>They are gone for good after Detach; the devices themselves keep every write. To keep a snapshot, export it as an image first.</source>
        <translation>Nach dem Trennen sind sie endgültig weg; die Geräte selbst behalten jeden Schreibzugriff. Um einen Snapshot zu behalten, exportieren Sie ihn vorher als Abbild.</translation>
    </message>
    <message>
        <source>Detach and &amp;delete the snapshot</source>
        <translation>Trennen und Snapshot &amp;löschen</translation>
    </message>
    <message>
        <source>Detach and &amp;delete them</source>
        <translation>Trennen und &amp;löschen</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>Interposer user guide</source>
        <translation>Interposer-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>interposerctl</name>
    <message>
        <source>usage:</source>
        <translation>Aufruf:</translation>
    </message>
    <message>
        <source>Every command takes --no-interaction: fail rather than ask for a password.</source>
        <extracomment>Keep --no-interaction as it is.</extracomment>
        <translation>Jeder Befehl akzeptiert --no-interaction: fehlschlagen statt nach einem Passwort zu fragen.</translation>
    </message>
    <message>
        <source>MODE: error-reads, error-writes (default) or drop-writes. SIZE: bytes, or with K, M, G, T.</source>
        <extracomment>Keep MODE, SIZE, the three modes and K, M, G, T as they are.</extracomment>
        <translation>MODE: error-reads, error-writes (Vorgabe) oder drop-writes. SIZE: Bytes, oder mit K, M, G, T.</translation>
    </message>
    <message>
        <source>Exit status: 0 done, 1 failed (the reason on stderr), 2 usage error.</source>
        <translation>Rückgabewert: 0 erledigt, 1 fehlgeschlagen (Grund auf stderr), 2 Aufruffehler.</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>unknown command “%1”</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <extracomment>%1 is an option, such as --delay.</extracomment>
        <translation>%1 braucht einen Wert</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unbekannte Option %1</translation>
    </message>
    <message>
        <source>too many arguments for %1</source>
        <extracomment>%1 is a command, such as attach.</extracomment>
        <translation>zu viele Argumente für %1</translation>
    </message>
    <message>
        <source>%1 needs a DEVICE</source>
        <extracomment>%1 is a command, such as detach. Keep DEVICE as in the usage text.</extracomment>
        <translation>%1 braucht ein DEVICE</translation>
    </message>
    <message>
        <source>--json belongs to list and status</source>
        <translation>--json gehört zu list und status</translation>
    </message>
    <message>
        <source>--linear, --flakey and --snapshot belong to attach</source>
        <translation>--linear, --flakey und --snapshot gehören zu attach</translation>
    </message>
    <message>
        <source>--delay belongs to attach and set</source>
        <translation>--delay gehört zu attach und set</translation>
    </message>
    <message>
        <source>--mode goes with --flakey</source>
        <translation>--mode gehört zu --flakey</translation>
    </message>
    <message>
        <source>--store and --store-size go with --snapshot</source>
        <translation>--store und --store-size gehören zu --snapshot</translation>
    </message>
    <message>
        <source>--to belongs to export</source>
        <translation>--to gehört zu export</translation>
    </message>
    <message>
        <source>export needs --to FILE</source>
        <translation>export braucht --to FILE</translation>
    </message>
    <message>
        <source>attach needs exactly one of --linear, --delay, --flakey, --snapshot</source>
        <translation>attach braucht genau eine der Optionen --linear, --delay, --flakey, --snapshot</translation>
    </message>
    <message>
        <source>set needs --delay</source>
        <translation>set braucht --delay</translation>
    </message>
    <message>
        <source>--delay takes READ_MS[,WRITE_MS] in milliseconds, not “%1”</source>
        <translation>--delay erwartet READ_MS[,WRITE_MS] in Millisekunden, nicht „%1“</translation>
    </message>
    <message>
        <source>--flakey takes UP_S,DOWN_S in seconds, not “%1”</source>
        <translation>--flakey erwartet UP_S,DOWN_S in Sekunden, nicht „%1“</translation>
    </message>
    <message>
        <source>--snapshot needs --store PATH</source>
        <translation>--snapshot braucht --store PATH</translation>
    </message>
    <message>
        <source>--store-size takes a size such as 512M or 2G, not “%1”</source>
        <translation>--store-size erwartet eine Größe wie 512M oder 2G, nicht „%1“</translation>
    </message>
    <message>
        <source>%1 is not a block device.</source>
        <translation>%1 ist kein Blockgerät.</translation>
    </message>
    <message>
        <source>%1 is not interposed.</source>
        <translation>Für %1 besteht keine Interposer-Sitzung.</translation>
    </message>
    <message>
        <source>helper %1, kernel module loaded (ABI %2)</source>
        <translation>Hilfsdienst %1, Kernelmodul geladen (ABI %2)</translation>
    </message>
    <message>
        <source>helper %1, kernel module not usable: %2</source>
        <translation>Hilfsdienst %1, Kernelmodul nicht nutzbar: %2</translation>
    </message>
    <message>
        <source>interposer %1</source>
        <translation>Interposer %1</translation>
    </message>
    <message>
        <source>options %1</source>
        <extracomment>%1 is a list such as read-ms=50 write-ms=0.</extracomment>
        <translation>Optionen %1</translation>
    </message>
    <message>
        <source>snapshot %1, %2 of %3 bytes of the store used</source>
        <translation>Snapshot %1, %2 von %3 Bytes des Speichers belegt</translation>
    </message>
    <message>
        <source>started by uid %1 at %2</source>
        <translation>gestartet von UID %1 am %2</translation>
    </message>
    <message>
        <source>The helper went away during the export of %1.</source>
        <translation>Der Hilfsdienst ist während des Exports von %1 verschwunden.</translation>
    </message>
    <message>
        <source>Cannot reach the system bus: %1.</source>
        <translation>Der Systembus ist nicht erreichbar: %1.</translation>
    </message>
    <message>
        <source>list prints every block device, one per line, separated by tabs: NODE TYPE SIZE-BYTES FS-TYPE MOUNTS KIND STATE INTERPOSER.</source>
        <extracomment>Keep list and the upper-case column names as they are.</extracomment>
        <translation>list gibt jedes Blockgerät aus, eines pro Zeile, durch Tabulatoren getrennt: NODE TYPE SIZE-BYTES FS-TYPE MOUNTS KIND STATE INTERPOSER.</translation>
    </message>
    <message>
        <source>Cannot read the block devices from udev.</source>
        <translation>Die Blockgeräte können nicht von udev gelesen werden.</translation>
    </message>
    <message>
        <source>Without --store-size, a store in a directory is as large as DEVICE, but at most half of the free space, and always leaves %1 MiB free.</source>
        <extracomment>Keep --store-size and DEVICE as they are.</extracomment>
        <translation>Ohne --store-size ist ein Speicher in einem Verzeichnis so groß wie DEVICE, aber höchstens die Hälfte des freien Platzes, und es bleiben immer %1 MiB frei.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Put a live, mounted block device under device-mapper.</source>
        <translation>Ein laufendes, eingehängtes Blockgerät unter Device-Mapper stellen.</translation>
    </message>
    <message>
        <source>Kiosk mode: full screen, only the devices of the kiosk configuration.</source>
        <translation>Kiosk-Modus: Vollbild, nur die Geräte der Kiosk-Konfiguration.</translation>
    </message>
    <message>
        <source>The kiosk configuration (default: /etc/interposer/kiosk.conf).</source>
        <translation>Die Kiosk-Konfiguration (Vorgabe: /etc/interposer/kiosk.conf).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
</context>
</TS>
