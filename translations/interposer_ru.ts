<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>AttachDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Что произойдёт</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Waiting for the helper</source>
        <translation>Ожидание вспомогательной службы</translation>
    </message>
    <message>
        <source>Waiting for the helper; you may be asked for an administrator&apos;s password.</source>
        <translation>Ожидание вспомогательной службы; возможно, потребуется ввести пароль администратора.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>A directory on another filesystem, or an unused block device</source>
        <translation>Каталог на другой файловой системе или неиспользуемое блочное устройство</translation>
    </message>
    <message>
        <source>Snapshot store</source>
        <translation>Хранилище снимка</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Choose a directory for the snapshot store</source>
        <translation>Выбрать каталог для хранилища снимка</translation>
    </message>
    <message>
        <source>Directory for the snapshot store</source>
        <translation>Каталог для хранилища снимка</translation>
    </message>
    <message>
        <source>S&amp;tore:</source>
        <translation>&amp;Хранилище:</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> МиБ</translation>
    </message>
    <message>
        <source>Size of the snapshot store</source>
        <translation>Размер хранилища снимка</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <source>Chunk size</source>
        <translation>Размер фрагмента</translation>
    </message>
    <message>
        <source>&amp;Chunk size:</source>
        <translation>Размер &amp;фрагмента:</translation>
    </message>
    <message>
        <source>Kind of fault</source>
        <translation>Вид сбоя</translation>
    </message>
    <message>
        <source>Fail every read</source>
        <translation>Ошибка при каждом чтении</translation>
    </message>
    <message>
        <source>Fail every write</source>
        <translation>Ошибка при каждой записи</translation>
    </message>
    <message>
        <source>Drop every write silently</source>
        <translation>Молча отбрасывать каждую запись</translation>
    </message>
    <message>
        <source>%1 will be remapped through dm-linear: its I/O passes unchanged through %2.</source>
        <translation>Устройство %1 будет перенаправлено через dm-linear: ввод-вывод проходит через %2 без изменений.</translation>
    </message>
    <message>
        <source>Every read of %1 will wait %2 ms and every write %3 ms before it reaches the device, until you change or detach it.</source>
        <translation>Каждое чтение с %1 будет ждать %2 мс, а каждая запись — %3 мс, прежде чем дойти до устройства, пока вы не измените настройку или не отсоедините устройство.</translation>
    </message>
    <message>
        <source>A snapshot will keep %1 as it is at this instant, readable at %2-snap. Blocks written afterwards are first copied into the store; if the store fills up, the snapshot is lost but the device goes on working.</source>
        <translation>Снимок сохранит %1 в нынешнем состоянии; он будет доступен для чтения в %2-snap. Блоки, записанные позже, сначала копируются в хранилище; если хранилище переполнится, снимок будет потерян, но устройство продолжит работать.</translation>
    </message>
    <message>
        <source>%1 will work for %2 s, then %3 for %4 s, in turn, until you detach it.</source>
        <extracomment>%3 is “fail every read”, “fail every write” or “drop every write silently”.</extracomment>
        <translation>%1 будет %2 с работать нормально, а затем %4 с %3, и так поочерёдно, пока вы его не отсоедините.</translation>
    </message>
    <message>
        <source>This is the root filesystem: the whole system runs on it.</source>
        <translation>Это корневая файловая система: на ней работает вся система.</translation>
    </message>
    <message>
        <source>This is active swap: the memory of every program may pass through it.</source>
        <translation>Это активная подкачка: через неё может проходить память любой программы.</translation>
    </message>
    <message>
        <source>Faults here can crash programs or the whole system.</source>
        <translation>Сбои здесь могут привести к аварийному завершению программ или всей системы.</translation>
    </message>
    <message>
        <source>Faults can make the mounted filesystem go read-only or lose recent writes.</source>
        <translation>Сбои могут перевести смонтированную файловую систему в режим только для чтения или привести к потере недавно записанных данных.</translation>
    </message>
    <message>
        <source>A long delay slows down every program.</source>
        <translation>Большая задержка замедлит работу всех программ.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>fail every read</source>
        <translation>возвращать ошибку при каждом чтении</translation>
    </message>
    <message>
        <source>fail every write</source>
        <translation>возвращать ошибку при каждой записи</translation>
    </message>
    <message>
        <source>drop every write silently</source>
        <translation>молча отбрасывать каждую запись</translation>
    </message>
    <message>
        <source>Automatic: in a directory, as large as the device, but at most half of the free space, and always leaving %1 MiB free.</source>
        <translation>Автоматически: в каталоге — размером с устройство, но не больше половины свободного места, и всегда оставляя свободными %1 МиБ.</translation>
    </message>
    <message>
        <source>Store si&amp;ze:</source>
        <translation>&amp;Размер хранилища:</translation>
    </message>
    <message>
        <source>&amp;Kind of fault:</source>
        <translation>&amp;Вид сбоя:</translation>
    </message>
    <message>
        <source>Detach puts it back as it was, with no byte lost.</source>
        <translation>Отсоединение возвращает всё как было, без потери хотя бы одного байта.</translation>
    </message>
    <message>
        <source>Every write reaches the device as before. Detach deletes the snapshot and its store; export the snapshot first to keep it.</source>
        <translation>Каждая запись доходит до устройства, как прежде. Отсоединение удаляет снимок и его хранилище; чтобы сохранить снимок, сначала экспортируйте его.</translation>
    </message>
    <message>
        <source>Nothing written is lost, but programs get read errors while it fails, and a filesystem may stop or go read-only; Detach ends the faults, not what they caused.</source>
        <translation>Записанное не теряется, но пока идут сбои, программы получают ошибки чтения, а файловая система может остановиться или перейти в режим только для чтения; отсоединение прекращает сбои, но не их последствия.</translation>
    </message>
    <message>
        <source>Writes that fail are lost: programs and the filesystem get the errors, and the filesystem may go read-only. Detach ends the faults; it does not bring back what failed.</source>
        <translation>Неудавшиеся записи теряются: программы и файловая система получают ошибки, и файловая система может перейти в режим только для чтения. Отсоединение прекращает сбои, но не возвращает то, что не записалось.</translation>
    </message>
    <message>
        <source>Writes dropped are lost while programs are told they succeeded: files and the filesystem itself can be left damaged. Detach ends the faults; it does not bring back what was dropped.</source>
        <translation>Отброшенные записи теряются, хотя программам сообщается об успехе: файлы и сама файловая система могут остаться повреждёнными. Отсоединение прекращает сбои, но не возвращает отброшенное.</translation>
    </message>
    <message>
        <source>Not offered here</source>
        <translation>Здесь недоступно</translation>
    </message>
    <message>
        <source>“%1” needs Linux 6.5 or later; this system runs Linux %2.</source>
        <translation>«%1» требует Linux 6.5 или новее; в этой системе работает Linux %2.</translation>
    </message>
    <message>
        <source>It stays in use: no program is stopped, nothing is unmounted.</source>
        <translation>Оно остаётся в работе: ни одна программа не останавливается, ничего не отмонтируется.</translation>
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
        <translation>%1 (активная подкачка)</translation>
    </message>
    <message>
        <source>%1 (%2, mounted on %3)</source>
        <translation>%1 (%2, смонтировано в %3)</translation>
    </message>
    <message>
        <source>%1 (no filesystem known)</source>
        <translation>%1 (файловая система не опознана)</translation>
    </message>
    <message>
        <source>%1 (%2, not mounted)</source>
        <translation>%1 (%2, не смонтировано)</translation>
    </message>
</context>
<context>
    <name>BlockDeviceModel</name>
    <message>
        <source>Disk</source>
        <translation>Диск</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Loop device</source>
        <translation>Устройство loop</translation>
    </message>
    <message>
        <source>NVMe disk</source>
        <translation>Диск NVMe</translation>
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
        <translation>Другое</translation>
    </message>
    <message>
        <source>[swap]</source>
        <translation>[подкачка]</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Filesystem</source>
        <translation>Файловая система</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Mounted at</source>
        <translation>Точка монтирования</translation>
    </message>
    <message>
        <source>interposed</source>
        <translation>под перехватом</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Сеанс</translation>
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
        <translation>Прослойка для блочных устройств</translation>
    </message>
    <message>
        <source>Put a live, mounted partition under device-mapper (latency, snapshots, faults) without unmounting it</source>
        <translation>Поставить смонтированный раздел под device-mapper прямо во время работы (задержки, снимки, сбои) без размонтирования</translation>
    </message>
    <message>
        <source>disk;partition;block;device-mapper;dm;latency;delay;snapshot;fault;flakey;storage;</source>
        <extracomment>Keywords of the desktop file: words separated by &quot;;&quot;, ending with &quot;;&quot;</extracomment>
        <translation>диск;раздел;блочное устройство;device-mapper;dm;задержка;снимок;сбой;хранилище;</translation>
    </message>
    <message>
        <source>Interposer Kiosk</source>
        <translation>Киоск Interposer</translation>
    </message>
    <message>
        <source>Block Device Interposer Demonstration</source>
        <translation>Демонстрация прослойки для блочных устройств</translation>
    </message>
    <message>
        <source>Show the demo devices of /etc/interposer/kiosk.conf full screen, for a booth</source>
        <translation>Показать демонстрационные устройства из /etc/interposer/kiosk.conf на весь экран, для стенда</translation>
    </message>
    <message>
        <source>Put a live, mounted partition under device-mapper</source>
        <translation>Поставить смонтированный раздел под device-mapper во время работы</translation>
    </message>
    <message>
        <source>A busy partition under dm-delay, with its live latency chart</source>
        <translation>Занятый раздел под dm-delay с живым графиком задержки</translation>
    </message>
</context>
<context>
    <name>DeviceController</name>
    <message>
        <source>&amp;Detach</source>
        <translation>&amp;Отсоединить</translation>
    </message>
</context>
<context>
    <name>DeviceDetails</name>
    <message>
        <source>Disk</source>
        <translation>Диск</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Loop device</source>
        <translation>Устройство loop</translation>
    </message>
    <message>
        <source>NVMe namespace</source>
        <translation>Пространство имён NVMe</translation>
    </message>
    <message>
        <source>RAID (md)</source>
        <translation>RAID (md)</translation>
    </message>
    <message>
        <source>Device-mapper device</source>
        <translation>Устройство device-mapper</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Why no action is offered</source>
        <translation>Почему действия недоступны</translation>
    </message>
    <message>
        <source>No device selected</source>
        <translation>Устройство не выбрано</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 байт)</translation>
    </message>
    <message>
        <source>Device number</source>
        <translation>Номер устройства</translation>
    </message>
    <message>
        <source>Filesystem</source>
        <translation>Файловая система</translation>
    </message>
    <message>
        <source>%1 (active swap)</source>
        <translation>%1 (активная подкачка)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Mounted at</source>
        <translation>Точка монтирования</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Только чтение</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Используется</translation>
    </message>
    <message>
        <source>Built on</source>
        <translation>Построено на</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export image of %1</source>
        <translation>Экспорт образа %1</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Состояние экспорта</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Ход экспорта</translation>
    </message>
    <message>
        <source>Export rate</source>
        <translation>Скорость экспорта</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Отменить экспорт</translation>
    </message>
    <message>
        <source>The helper went away during the export of %1.</source>
        <translation>Вспомогательная служба пропала во время экспорта %1.</translation>
    </message>
    <message>
        <source>Exporting the snapshot of %1 to %2…</source>
        <translation>Экспорт снимка %1 в %2…</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/с</translation>
    </message>
    <message>
        <source>The snapshot of %1 is in %2.</source>
        <translation>Снимок %1 сохранён в %2.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>HelperAction</name>
    <message>
        <source>Interposer&apos;s helper did not answer about %1: %2</source>
        <translation>Вспомогательная служба Interposer не ответила по поводу %1: %2</translation>
    </message>
</context>
<context>
    <name>HelperActions</name>
    <message>
        <source>Remapping %1</source>
        <translation>Перенаправление %1</translation>
    </message>
    <message>
        <source>Adding latency to %1</source>
        <translation>Добавление задержки к %1</translation>
    </message>
    <message>
        <source>Taking a snapshot of %1</source>
        <translation>Создание снимка %1</translation>
    </message>
    <message>
        <source>Injecting faults into %1</source>
        <translation>Имитация сбоев на %1</translation>
    </message>
    <message>
        <source>Detaching %1</source>
        <translation>Отсоединение %1</translation>
    </message>
    <message>
        <source>Changing the settings of %1</source>
        <translation>Изменение настроек %1</translation>
    </message>
    <message>
        <source>Exporting the snapshot of %1</source>
        <translation>Экспорт снимка %1</translation>
    </message>
    <message>
        <source>Cancelling the export of %1</source>
        <translation>Отмена экспорта %1</translation>
    </message>
</context>
<context>
    <name>HelperError</name>
    <message>
        <source>Unknown option “%1” for %2 of %3; it takes: %4.</source>
        <translation>Неизвестный параметр «%1» для %2 (устройство %3); допустимые параметры: %4.</translation>
    </message>
    <message>
        <source>Option “%1” for %2 must be of D-Bus type %3, not %4.</source>
        <translation>Параметр «%1» для %2 должен иметь тип D-Bus %3, а не %4.</translation>
    </message>
    <message>
        <source>Option “%1” for %2 is %3 %4; it must be between %5 and %6 %4.</source>
        <translation>Параметр «%1» для %2 равен %3 %4; он должен быть в пределах от %5 до %6 %4.</translation>
    </message>
    <message>
        <source>Unknown flakey mode “%1” for %2; the modes are error-reads, error-writes and drop-writes.</source>
        <translation>Неизвестный режим flakey «%1» для %2; возможные режимы: error-reads, error-writes и drop-writes.</translation>
    </message>
    <message>
        <source>Unknown kind “%1” for %2; the kinds are %3.</source>
        <translation>Неизвестный вид «%1» для %2; возможные виды: %3.</translation>
    </message>
    <message>
        <source>A delay of 0 ms on reads, writes and flushes of %1 would change nothing; give read-ms, write-ms or flush-ms above 0 (or use kind linear).</source>
        <translation>Задержка 0 мс для чтения, записи и сброса (flush) на %1 ничего не изменит; задайте read-ms, write-ms или flush-ms больше 0 (или используйте вид linear).</translation>
    </message>
    <message>
        <source>Kind flakey for %1 needs both up-seconds and down-seconds.</source>
        <translation>Для вида flakey (%1) нужны оба параметра: up-seconds и down-seconds.</translation>
    </message>
    <message>
        <source>Kind snapshot for %1 needs option store: a block device or a directory on another filesystem.</source>
        <translation>Для вида snapshot (%1) нужен параметр store: блочное устройство или каталог на другой файловой системе.</translation>
    </message>
    <message>
        <source>Option store for %1 is empty.</source>
        <translation>Параметр store для %1 пуст.</translation>
    </message>
    <message>
        <source>Option store-size for %1 is %2 bytes; a snapshot store needs at least %3 bytes.</source>
        <translation>Параметр store-size для %1 равен %2 байт; хранилищу снимка нужно не менее %3 байт.</translation>
    </message>
    <message>
        <source>Option chunk-sectors for %1 is %2; it must be a power of two.</source>
        <translation>Параметр chunk-sectors для %1 равен %2; он должен быть степенью двойки.</translation>
    </message>
    <message>
        <source>%1 is interposed with kind %2, which has nothing to reconfigure.</source>
        <translation>%1 находится под перехватом вида %2, у которого нечего перенастраивать.</translation>
    </message>
    <message>
        <source>The snapshot store %1 is not a block device the kernel knows.</source>
        <translation>Хранилище снимка %1 не является блочным устройством, известным ядру.</translation>
    </message>
    <message>
        <source>Option store-size for %1 applies to a directory store only; the block device %2 is used whole.</source>
        <translation>Параметр store-size для %1 применяется только к хранилищу в каталоге; блочное устройство %2 используется целиком.</translation>
    </message>
    <message>
        <source>The snapshot store %1 is %2 itself, or built on it; a snapshot cannot be stored on its own origin.</source>
        <translation>Хранилище снимка %1 — это само %2 или устройство, построенное на нём; снимок нельзя хранить на его же исходном устройстве.</translation>
    </message>
    <message>
        <source>The snapshot store %1 is part of an Interposer session.</source>
        <translation>Хранилище снимка %1 входит в сеанс Interposer.</translation>
    </message>
    <message>
        <source>The snapshot store %1 is a whole disk with partitions; name a partition or an unused disk.</source>
        <translation>Хранилище снимка %1 — целый диск с разделами; укажите раздел или неиспользуемый диск.</translation>
    </message>
    <message>
        <source>The snapshot store %1 is read-only.</source>
        <translation>Хранилище снимка %1 доступно только для чтения.</translation>
    </message>
    <message>
        <source>The snapshot store %1 is too small: %2 bytes, at least %3 are needed.</source>
        <translation>Хранилище снимка %1 слишком мало: %2 байт, а нужно не менее %3.</translation>
    </message>
    <message>
        <source>The snapshot store %1 is a loop device or built on one: whoever owns its backing file could read or change the snapshot. Name a disk or partition, or a directory (the helper makes its own store file there).</source>
        <translation>Хранилище снимка %1 — устройство loop или построено на нём: владелец его файла-основы сможет прочитать или изменить снимок. Укажите диск или раздел либо каталог (вспомогательная служба сама создаст в нём файл хранилища).</translation>
    </message>
    <message>
        <source>The snapshot store %1 holds %2; the snapshot would overwrite it. Wipe it first (wipefs -a), or pass the option store-overwrite (an administrator is asked every time).</source>
        <translation>Хранилище снимка %1: %2; снимок перезапишет это содержимое. Сначала очистите его (wipefs -a) или передайте параметр store-overwrite (разрешение администратора будет запрашиваться каждый раз).</translation>
    </message>
    <message>
        <source>The snapshot store %1 is in use (mounted, or held by another driver); its contents would be overwritten.</source>
        <translation>Хранилище снимка %1 используется (смонтировано или занято другим драйвером); его содержимое было бы перезаписано.</translation>
    </message>
    <message>
        <source>Option store-overwrite for %1 applies to a block device store only; %2 is a directory.</source>
        <translation>Параметр store-overwrite для %1 применяется только к хранилищу на блочном устройстве; %2 — каталог.</translation>
    </message>
    <message>
        <source>belongs to uid %1</source>
        <translation>принадлежит пользователю с UID %1</translation>
    </message>
    <message>
        <source>may be written by others than root (mode %1)</source>
        <translation>доступен для записи не только root (режим %1)</translation>
    </message>
    <message>
        <source>The snapshot store directory %1 %2; a store directory must belong to root and be writable by root only, such as /var/lib/interposer/stores.</source>
        <translation>Каталог хранилища снимка %1 %2; каталог хранилища должен принадлежать root и быть доступен для записи только root, как, например, /var/lib/interposer/stores.</translation>
    </message>
    <message>
        <source>The snapshot store directory %1 is on a FUSE or overlay filesystem: the device behind it is unknown, and a process may see what is written. Choose a directory on a local disk.</source>
        <translation>Каталог хранилища снимка %1 находится на файловой системе FUSE или overlay: устройство под ней неизвестно, а записываемое может видеть сторонний процесс. Выберите каталог на локальном диске.</translation>
    </message>
    <message>
        <source>The snapshot store directory %1 is on a filesystem whose device cannot be told; the store must be on a filesystem known not to live on %2.</source>
        <translation>Каталог хранилища снимка %1 находится на файловой системе, устройство которой не удаётся определить; хранилище должно быть на файловой системе, которая заведомо не расположена на %2.</translation>
    </message>
    <message>
        <source>The snapshot store directory %1 is on a filesystem that lives on %2; the store must be on another filesystem.</source>
        <translation>Каталог хранилища снимка %1 находится на файловой системе, расположенной на %2; хранилище должно быть на другой файловой системе.</translation>
    </message>
    <message>
        <source>The snapshot store directory %1 is on a filesystem on a loop device: whoever owns its backing file could read or change the snapshot. Choose a directory on a disk.</source>
        <translation>Каталог хранилища снимка %1 находится на файловой системе на устройстве loop: владелец его файла-основы сможет прочитать или изменить снимок. Выберите каталог на диске.</translation>
    </message>
    <message>
        <source>The snapshot store directory %1 is too small for %2: %3 bytes are free; a store of at least %4 bytes that leaves half of them, and %5 bytes, to the filesystem&apos;s other users does not fit. Give store-size to use more.</source>
        <translation>Каталог хранилища снимка %1 слишком мал для %2: свободно %3 байт; хранилище размером не менее %4 байт, которое оставляет другим пользователям файловой системы половину свободного места и ещё %5 байт, не помещается. Чтобы занять больше, задайте store-size.</translation>
    </message>
    <message>
        <source>The snapshot store directory %1 is too small for %2: %3 bytes are free, the store needs %4.</source>
        <translation>Каталог хранилища снимка %1 слишком мал для %2: свободно %3 байт, а хранилищу нужно %4.</translation>
    </message>
    <message>
        <source>%1 names a block device the kernel does not have.</source>
        <translation>%1 указывает на блочное устройство, которого в ядре нет.</translation>
    </message>
    <message>
        <source>%1 is a device Interposer made for another session; interpose the original device instead.</source>
        <translation>%1 — устройство, созданное Interposer для другого сеанса; поставьте под перехват исходное устройство.</translation>
    </message>
    <message>
        <source>%1 is the device-mapper device “%2”; Interposer puts disks and partitions under device-mapper, not device-mapper devices.</source>
        <translation>%1 — устройство device-mapper «%2»; Interposer ставит под device-mapper диски и разделы, а не устройства device-mapper.</translation>
    </message>
    <message>
        <source>%1 is already interposed; detach it first.</source>
        <translation>%1 уже находится под перехватом; сначала отсоедините его.</translation>
    </message>
    <message>
        <source>%1 is a whole disk with partitions; choose one of its partitions.</source>
        <translation>%1 — целый диск с разделами; выберите один из его разделов.</translation>
    </message>
    <message>
        <source>%1 has no medium (its size is 0).</source>
        <translation>В %1 нет носителя (размер равен 0).</translation>
    </message>
    <message>
        <source>%1 is read-only; device-mapper would need it writable.</source>
        <translation>Устройство %1 доступно только для чтения; для device-mapper нужна возможность записи.</translation>
    </message>
    <message>
        <source>Not authorized to change %1: the caller could not be identified.</source>
        <translation>Нет прав на изменение %1: не удалось установить, кто выполняет вызов.</translation>
    </message>
    <message>
        <source>Cannot ask for authorization to change %1 now: too many requests are waiting for polkit already (at most %2 of one caller, %3 in all); try again when they are answered.</source>
        <translation>Сейчас нельзя запросить разрешение на изменение %1: polkit уже ожидает слишком много запросов (не более %2 от одного вызывающего, %3 всего); повторите попытку, когда на них будет получен ответ.</translation>
    </message>
    <message>
        <source>Not authorized to change %1: %2.</source>
        <translation>Нет прав на изменение %1: %2.</translation>
    </message>
    <message>
        <source>polkit did not answer (%1)</source>
        <translation>polkit не ответил (%1)</translation>
    </message>
    <message>
        <source>polkit answered with an unexpected signature %1</source>
        <translation>polkit ответил с неожиданной сигнатурой %1</translation>
    </message>
    <message>
        <source>the authentication dialog was dismissed</source>
        <translation>окно аутентификации было закрыто</translation>
    </message>
    <message>
        <source>%1 needs authentication, and the call did not allow interaction</source>
        <translation>для %1 требуется аутентификация, а вызов не разрешал взаимодействие с пользователем</translation>
    </message>
    <message>
        <source>polkit denied %1</source>
        <translation>polkit отказал в действии %1</translation>
    </message>
    <message>
        <source>the caller disconnected while polkit was asked</source>
        <translation>вызывающий отключился во время запроса к polkit</translation>
    </message>
    <message>
        <source>Not authorized to cancel the export of %1: it was started by uid %2.</source>
        <translation>Нет прав на отмену экспорта %1: его запустил пользователь с UID %2.</translation>
    </message>
    <message>
        <source>a FIFO</source>
        <translation>FIFO</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>сокет</translation>
    </message>
    <message>
        <source>a directory</source>
        <translation>каталог</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>блочное устройство</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>символьное устройство</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>не обычный файл</translation>
    </message>
    <message>
        <source>The export of %1 must go into a regular file; the file descriptor is %2.</source>
        <translation>Экспорт %1 должен записываться в обычный файл, а переданный дескриптор файла — %2.</translation>
    </message>
    <message>
        <source>The file descriptor for the export of %1 is not open for writing.</source>
        <translation>Дескриптор файла для экспорта %1 не открыт для записи.</translation>
    </message>
    <message>
        <source>The file for the export of %1 is open for appending (O_APPEND): the image would follow the file&apos;s old contents. Open it without O_APPEND.</source>
        <translation>Файл для экспорта %1 открыт в режиме дозаписи (O_APPEND): образ окажется после прежнего содержимого файла. Откройте его без O_APPEND.</translation>
    </message>
    <message>
        <source>The file for the export of %1 is on a FUSE or overlay filesystem: a process answers its writes and may hold them for ever, and the device behind it is unknown. Choose a file on a local disk.</source>
        <translation>Файл для экспорта %1 находится на файловой системе FUSE или overlay: на записи в неё отвечает процесс, который может задерживать их сколь угодно долго, а устройство под ней неизвестно. Выберите файл на локальном диске.</translation>
    </message>
    <message>
        <source>The file for the export of %1 is on a filesystem without a device number of its own, opened through a mount that neither the helper&apos;s nor the machine&apos;s mount table has: whether that filesystem lives on %1 cannot be told. Choose a file on a filesystem the machine mounts.</source>
        <translation>Файл для экспорта %1 находится на файловой системе без собственного номера устройства и открыт через точку монтирования, которой нет ни в таблице монтирования вспомогательной службы, ни в таблице монтирования системы: невозможно определить, не расположена ли эта файловая система на %1. Выберите файл на файловой системе, смонтированной в системе.</translation>
    </message>
    <message>
        <source>The file for the export of %1 is on a filesystem on %1 itself: every block written would be copied into the snapshot store until it overflows. Choose a file on another filesystem.</source>
        <translation>Файл для экспорта %1 находится на файловой системе на самом %1: каждый записанный блок копировался бы в хранилище снимка, пока оно не переполнится. Выберите файл на другой файловой системе.</translation>
    </message>
    <message>
        <source>The file for the export of %1 is on the filesystem that holds its snapshot store: the export would take the store&apos;s space. Choose a file on another filesystem.</source>
        <translation>Файл для экспорта %1 находится на той же файловой системе, что и его хранилище снимка: экспорт занял бы место хранилища. Выберите файл на другой файловой системе.</translation>
    </message>
    <message>
        <source>Cannot record the change of device %1 in %2: %3.</source>
        <translation>Не удаётся записать сведения об изменении устройства %1 в %2: %3.</translation>
    </message>
    <message>
        <source>Cannot %1: the kernel module blkinterposer is not loaded (%2: %3).</source>
        <translation>Не удаётся %1: модуль ядра blkinterposer не загружен (%2: %3).</translation>
    </message>
    <message>
        <source>interpose %1</source>
        <translation>поставить %1 под перехват</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>list interposed devices</source>
        <translation>получить список устройств под перехватом</translation>
    </message>
    <message>
        <source>blkinterposer refused LIST: %1.</source>
        <translation>blkinterposer отклонил LIST: %1.</translation>
    </message>
    <message>
        <source>create a bypass for</source>
        <translation>создать обходной путь</translation>
    </message>
    <message>
        <source>remove the bypass of</source>
        <translation>удалить обходной путь</translation>
    </message>
    <message>
        <source>attach</source>
        <translation>подключить</translation>
    </message>
    <message>
        <source>detach</source>
        <translation>отсоединить</translation>
    </message>
    <message>
        <source>freeze the filesystem on</source>
        <translation>заморозить файловую систему</translation>
    </message>
    <message>
        <source>use</source>
        <translation>использовать</translation>
    </message>
    <message>
        <source>the interposer</source>
        <translation>устройство interposer</translation>
    </message>
    <message>
        <source>The kernel refused to %1 %2: the helper lacks CAP_SYS_ADMIN.</source>
        <translation>Ядро отказалось %1 (%2): у вспомогательной службы нет CAP_SYS_ADMIN.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: the kernel has no such block device.</source>
        <translation>Не удаётся %1 (%2): в ядре нет такого блочного устройства.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: %3 is not a device-mapper device.</source>
        <translation>Не удаётся %1 (%2): %3 не является устройством device-mapper.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: %3 is smaller than it.</source>
        <translation>Не удаётся %1 (%2): %3 меньше, чем %2.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: it already has one.</source>
        <translation>Не удаётся %1 (%2): у устройства уже есть обходной путь.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: it is already interposed.</source>
        <translation>Не удаётся %1 (%2): устройство уже находится под перехватом.</translation>
    </message>
    <message>
        <source>Cannot %1 %2 to %3: one of them is a bypass or an interposer, or %3 is built on %2.</source>
        <translation>Не удаётся %1 (%2 и %3): одно из них — обходной путь или устройство interposer, либо %3 построено на %2.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: it is itself a bypass or an interposer.</source>
        <translation>Не удаётся %1 (%2): устройство само является обходным путём или устройством interposer.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: it is a whole disk with partitions; choose a partition.</source>
        <translation>Не удаётся %1 (%2): это целый диск с разделами; выберите раздел.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: it is a zoned device (host-managed SMR or NVMe ZNS), which Interposer does not support.</source>
        <translation>Не удаётся %1 (%2): это зонированное устройство (host-managed SMR или NVMe ZNS), а Interposer такие не поддерживает.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: it is mounted, and this kernel forbids writing to mounted block devices (it was booted with bdev_allow_write_mounted=0); Interposer cannot work on it until it is unmounted or the machine boots without that setting.</source>
        <translation>Не удаётся %1 (%2): устройство смонтировано, а это ядро запрещает запись в смонтированные блочные устройства (оно загружено с bdev_allow_write_mounted=0); Interposer не сможет работать с устройством, пока его не размонтируют или пока система не будет загружена без этого параметра.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: the bypass is still open (a device-mapper table uses it).</source>
        <translation>Не удаётся %1 (%2): обходной путь всё ещё открыт (его использует таблица device-mapper).</translation>
    </message>
    <message>
        <source>Cannot %1 %2: %3 already receives another device&apos;s bios, or the filesystem on %2 is frozen by someone else.</source>
        <translation>Не удаётся %1 (%2): %3 уже получает bio другого устройства, или файловую систему на %2 заморозил кто-то другой.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: its filesystem is frozen by someone else (fsfreeze).</source>
        <translation>Не удаётся %1 (%2): файловую систему на нём заморозил кто-то другой (fsfreeze).</translation>
    </message>
    <message>
        <source>Cannot %1 %2: another kernel module (a livepatch or another block filter) now redirects submit_bio_noacct(); unload it first.</source>
        <translation>Не удаётся %1 (%2): другой модуль ядра (livepatch или другой блочный фильтр) сейчас перенаправляет submit_bio_noacct(); сначала выгрузите его.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: the kernel is busy with its hook on submit_bio_noacct() (a BPF program is attaching to it); try again.</source>
        <translation>Не удаётся %1 (%2): ядро занято своей точкой перехвата submit_bio_noacct() (к ней подключается программа BPF); повторите попытку.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: it has none.</source>
        <translation>Не удаётся %1 (%2): у устройства нет обходного пути.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: it is not interposed.</source>
        <translation>Не удаётся %1 (%2): устройство не находится под перехватом.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: the loaded blkinterposer module does not speak ABI version %3.</source>
        <translation>Не удаётся %1 (%2): загруженный модуль blkinterposer не поддерживает версию ABI %3.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: %3.</source>
        <translation>Не удаётся %1 (%2): %3.</translation>
    </message>
    <message>
        <source>libdevmapper cannot allocate a task for %1.</source>
        <translation>libdevmapper не может выделить задачу для %1.</translation>
    </message>
    <message>
        <source>“%1” is not a valid device-mapper name.</source>
        <translation>«%1» не является допустимым именем device-mapper.</translation>
    </message>
    <message>
        <source>Cannot %1 /dev/mapper/%2: %3.</source>
        <translation>Не удаётся %1 (/dev/mapper/%2): %3.</translation>
    </message>
    <message>
        <source>device-mapper refused</source>
        <translation>device-mapper отказал</translation>
    </message>
    <message>
        <source>prepare the table of</source>
        <translation>подготовить таблицу</translation>
    </message>
    <message>
        <source>set the uuid of</source>
        <translation>задать uuid</translation>
    </message>
    <message>
        <source>create</source>
        <translation>создать</translation>
    </message>
    <message>
        <source>look up</source>
        <translation>найти</translation>
    </message>
    <message>
        <source>load a new table into</source>
        <translation>загрузить новую таблицу</translation>
    </message>
    <message>
        <source>suspend</source>
        <translation>приостановить</translation>
    </message>
    <message>
        <source>resume</source>
        <translation>возобновить</translation>
    </message>
    <message>
        <source>drop the inactive table of</source>
        <translation>очистить неактивную таблицу</translation>
    </message>
    <message>
        <source>Cannot remove /dev/mapper/%1: it does not exist.</source>
        <translation>Не удаётся удалить /dev/mapper/%1: такого устройства нет.</translation>
    </message>
    <message>
        <source>Cannot remove /dev/mapper/%1: it is in use.</source>
        <translation>Не удаётся удалить /dev/mapper/%1: устройство используется.</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>удалить</translation>
    </message>
    <message>
        <source>list</source>
        <translation>получить список</translation>
    </message>
    <message>
        <source>read the table of</source>
        <translation>прочитать таблицу</translation>
    </message>
    <message>
        <source>read the status of</source>
        <translation>прочитать состояние</translation>
    </message>
    <message>
        <source>Cannot open /dev/mapper/%1 for reading: %2.</source>
        <translation>Не удаётся открыть /dev/mapper/%1 для чтения: %2.</translation>
    </message>
    <message>
        <source>The snapshot store directory of %1 is no longer open.</source>
        <translation>Каталог хранилища снимка %1 больше не открыт.</translation>
    </message>
    <message>
        <source>Cannot make the snapshot store of %1 in %2: %3.</source>
        <translation>Не удаётся создать хранилище снимка %1 в %2: %3.</translation>
    </message>
    <message>
        <source>The snapshot store of %1 did not land on the filesystem of %2 that was checked.</source>
        <translation>Хранилище снимка %1 оказалось не на той файловой системе каталога %2, которая была проверена.</translation>
    </message>
    <message>
        <source>Cannot size the snapshot store of %1 in %2: %3.</source>
        <translation>Не удаётся задать размер хранилища снимка %1 в %2: %3.</translation>
    </message>
    <message>
        <source>Cannot make a loop device for the snapshot store of %1: /dev/loop-control: %2.</source>
        <translation>Не удаётся создать устройство loop для хранилища снимка %1: /dev/loop-control: %2.</translation>
    </message>
    <message>
        <source>Cannot set up %1 as the snapshot store of %2: %3.</source>
        <translation>Не удаётся настроить %1 как хранилище снимка %2: %3.</translation>
    </message>
    <message>
        <source>No free loop device for the snapshot store of %1.</source>
        <translation>Нет свободного устройства loop для хранилища снимка %1.</translation>
    </message>
    <message>
        <source>Internal error: %1.</source>
        <translation>Внутренняя ошибка: %1.</translation>
    </message>
    <message>
        <source>%1 changed while authorization was asked; try again.</source>
        <translation>Устройство %1 изменилось, пока запрашивалось разрешение; повторите попытку.</translation>
    </message>
    <message>
        <source>Cannot interpose %1: %2.</source>
        <translation>Не удаётся поставить %1 под перехват: %2.</translation>
    </message>
    <message>
        <source>Not authorized to change %1: its session was started by uid %2, and only that user or root may change it.</source>
        <translation>Нет прав на изменение %1: его сеанс запустил пользователь с UID %2, и изменять его может только этот пользователь или root.</translation>
    </message>
    <message>
        <source>Cannot export the snapshot of %1 now: %2 exports are running, the most the helper runs at once; try again when one has ended.</source>
        <translation>Сейчас нельзя экспортировать снимок %1: уже выполняется наибольшее число одновременных экспортов, которое допускает вспомогательная служба (%2); повторите попытку, когда один из них завершится.</translation>
    </message>
    <message>
        <source>The session has already ended.</source>
        <translation>Сеанс уже завершён.</translation>
    </message>
    <message>
        <source>%1 was mounted or unmounted while authorization was asked; try again.</source>
        <translation>Устройство %1 было смонтировано или размонтировано, пока запрашивалось разрешение; повторите попытку.</translation>
    </message>
    <message>
        <source>%1 is interposed with kind %2; only a snapshot can be exported.</source>
        <translation>%1 находится под перехватом вида %2; экспортировать можно только снимок.</translation>
    </message>
    <message>
        <source>The file descriptor for the export of %1 is not valid.</source>
        <translation>Дескриптор файла для экспорта %1 недействителен.</translation>
    </message>
    <message>
        <source>Cannot read the snapshot of %1: %2</source>
        <translation>Не удаётся прочитать снимок %1: %2</translation>
    </message>
    <message>
        <source>Cannot take the file descriptor for the export of %1: %2.</source>
        <translation>Не удаётся получить дескриптор файла для экспорта %1: %2.</translation>
    </message>
    <message>
        <source>Cannot fail only the reads of %1: %2; use error-writes or drop-writes.</source>
        <translation>Не удаётся имитировать сбои только при чтении с %1: %2; используйте error-writes или drop-writes.</translation>
    </message>
    <message>
        <source>The snapshot of %1 (/dev/mapper/%2) is in use; unmount or close it first.</source>
        <translation>Снимок %1 (/dev/mapper/%2) используется; сначала размонтируйте или закройте его.</translation>
    </message>
    <message>
        <source>Cannot read the snapshot usage of %1.</source>
        <translation>Не удаётся узнать занятость хранилища снимка %1.</translation>
    </message>
    <message>
        <source>The snapshot of %1 is %2.</source>
        <translation>Снимок %1 в состоянии %2.</translation>
    </message>
    <message>
        <source>“%1” is not an absolute path; name a block device such as /dev/sda1.</source>
        <translation>«%1» — не абсолютный путь; укажите блочное устройство, например /dev/sda1.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 не существует.</translation>
    </message>
    <message>
        <source>%1 is a loop of symbolic links, not a block device.</source>
        <translation>%1 — петля символических ссылок, а не блочное устройство.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2.</source>
        <translation>Не удаётся открыть %1: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be examined: %2.</source>
        <translation>Не удаётся получить сведения о %1: %2.</translation>
    </message>
    <message>
        <source>a regular file</source>
        <translation>обычный файл</translation>
    </message>
    <message>
        <source>not a device</source>
        <translation>не устройство</translation>
    </message>
    <message>
        <source>%1 is not a block device (it is %2).</source>
        <translation>%1 не является блочным устройством (это %2).</translation>
    </message>
    <message>
        <source>“%1” is not an absolute path.</source>
        <translation>«%1» — не абсолютный путь.</translation>
    </message>
    <message>
        <source>%1 does not exist (a directory of the user&apos;s home or /tmp may not be visible to the helper).</source>
        <translation>%1 не существует (каталог в домашнем каталоге пользователя или в /tmp может быть не виден вспомогательной службе).</translation>
    </message>
    <message>
        <source>%1 is neither a block device nor a directory.</source>
        <translation>%1 не является ни блочным устройством, ни каталогом.</translation>
    </message>
    <message>
        <source>The snapshot store directory %1 is on a read-only filesystem (for the helper: under systemd its service may only write below /var/lib/interposer, /mnt, /media, /run/media and /srv).</source>
        <translation>Каталог хранилища снимка %1 находится на файловой системе, доступной только для чтения (для вспомогательной службы: под systemd её служба может записывать только внутри /var/lib/interposer, /mnt, /media, /run/media и /srv).</translation>
    </message>
    <message>
        <source>The file descriptor cannot be examined: %1.</source>
        <translation>Не удаётся получить сведения о дескрипторе файла: %1.</translation>
    </message>
    <message>
        <source>nothing that can be read (the device is gone)</source>
        <translation>ничего не читается (устройство исчезло)</translation>
    </message>
    <message>
        <source>contents that cannot be read (%1)</source>
        <translation>содержимое не удаётся прочитать (%1)</translation>
    </message>
    <message>
        <source>contents that cannot be read (%1 is another device now)</source>
        <translation>содержимое не удаётся прочитать (%1 теперь другое устройство)</translation>
    </message>
    <message>
        <source>contents that cannot be probed</source>
        <translation>содержимое не удаётся распознать</translation>
    </message>
    <message>
        <source>several signatures (blkid cannot tell which is valid)</source>
        <translation>несколько сигнатур (blkid не может определить, какая из них верна)</translation>
    </message>
    <message>
        <source>a %1 partition table</source>
        <translation>таблица разделов %1</translation>
    </message>
    <message>
        <source>a %1 signature</source>
        <translation>сигнатура %1</translation>
    </message>
    <message>
        <source>a signature blkid does not name</source>
        <translation>сигнатура, не опознанная blkid</translation>
    </message>
    <message>
        <source>Cannot read the snapshot of %1 at byte %2: %3.</source>
        <translation>Не удаётся прочитать снимок %1 на байте %2: %3.</translation>
    </message>
    <message>
        <source>end of device</source>
        <translation>конец устройства</translation>
    </message>
    <message>
        <source>Cannot write the snapshot of %1 into the file: %2.</source>
        <translation>Не удаётся записать снимок %1 в файл: %2.</translation>
    </message>
    <message>
        <source>The export of the snapshot of %1 was cancelled.</source>
        <translation>Экспорт снимка %1 отменён.</translation>
    </message>
    <message>
        <source>Cannot end the export of %1 at the image&apos;s end: %2.</source>
        <translation>Не удаётся завершить экспорт %1 на конце образа: %2.</translation>
    </message>
    <message>
        <source>Cannot flush the export of %1: %2.</source>
        <translation>Не удаётся сбросить экспорт %1 на диск: %2.</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>мс</translation>
    </message>
    <message>
        <source>s</source>
        <translation>с</translation>
    </message>
    <message>
        <source>kind %1</source>
        <translation>вида %1</translation>
    </message>
    <message>
        <source>sectors</source>
        <translation>секторов</translation>
    </message>
    <message>
        <source>blkinterposer is not loaded (%1: %2)</source>
        <translation>blkinterposer не загружен (%1: %2)</translation>
    </message>
    <message>
        <source>blkinterposer was loaded after the helper started, whose sandbox does not allow its new %1 (%2); the helper must start again</source>
        <translation>blkinterposer загружен после запуска вспомогательной службы, песочница которой не разрешает его новое %1 (%2); вспомогательная служба должна перезапуститься</translation>
    </message>
    <message>
        <source>blkinterposer is loaded, but %1 cannot be opened: %2</source>
        <translation>blkinterposer загружен, но %1 не удаётся открыть: %2</translation>
    </message>
    <message>
        <source>blkinterposer does not answer VERSION: %1</source>
        <translation>blkinterposer не отвечает на VERSION: %1</translation>
    </message>
    <message>
        <source>blkinterposer speaks ABI %1, the helper ABI %2</source>
        <translation>blkinterposer использует ABI %1, вспомогательная служба — ABI %2</translation>
    </message>
    <message>
        <source>dm-flakey of Linux %1 has no error_reads mode (Linux 6.5 added it)</source>
        <translation>в dm-flakey Linux %1 нет режима error_reads (он появился в Linux 6.5)</translation>
    </message>
</context>
<context>
    <name>IoChart</name>
    <message>
        <source>%1 (original)</source>
        <translation>%1 (исходное)</translation>
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
        <translation>Не удаётся прочитать %1: %2.</translation>
    </message>
    <message>
        <source>%1 does not hold 11, 15 or 17 numbers.</source>
        <translation>%1 не содержит 11, 15 или 17 чисел.</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <source>&amp;Remap</source>
        <translation>&amp;Перенаправить</translation>
    </message>
    <message>
        <source>Add &amp;latency</source>
        <translation>Добавить &amp;задержку</translation>
    </message>
    <message>
        <source>&amp;Snapshot</source>
        <translation>Сделать &amp;снимок</translation>
    </message>
    <message>
        <source>Inject &amp;faults</source>
        <translation>&amp;Имитировать сбои</translation>
    </message>
    <message>
        <source>%1 is part of an Interposer session.</source>
        <translation>%1 входит в сеанс Interposer.</translation>
    </message>
    <message>
        <source>%1 is a device-mapper device; Interposer acts on the devices below it.</source>
        <translation>%1 — устройство device-mapper; Interposer работает с устройствами под ним.</translation>
    </message>
    <message>
        <source>%1 has partitions; choose one of them.</source>
        <translation>На %1 есть разделы; выберите один из них.</translation>
    </message>
    <message>
        <source>%1 is empty (no medium, or a size of 0).</source>
        <translation>Устройство %1 пусто (нет носителя или нулевой размер).</translation>
    </message>
    <message>
        <source>%1 is read-only; device-mapper needs it writable.</source>
        <translation>Устройство %1 доступно только для чтения; для device-mapper нужна возможность записи.</translation>
    </message>
</context>
<context>
    <name>KioskConfig</name>
    <message>
        <source>%1, line %2: %3.</source>
        <extracomment>%1 is the file, %2 the line number, %3 one of the reasons that follow.</extracomment>
        <translation>%1, строка %2: %3.</translation>
    </message>
    <message>
        <source>“%1” is not “key = value”</source>
        <extracomment>“key = value” is the syntax of the file: keep key and value as they are.</extracomment>
        <translation>«%1» не имеет вида «key = value»</translation>
    </message>
    <message>
        <source>the device path “%1” is not absolute</source>
        <translation>путь к устройству «%1» не абсолютный</translation>
    </message>
    <message>
        <source>the device %1 is named twice</source>
        <translation>устройство %1 указано дважды</translation>
    </message>
    <message>
        <source>idle-reset-seconds takes a number of seconds from 0 to 86400, not “%1”</source>
        <extracomment>idle-reset-seconds is a key of the file: keep it as it is.</extracomment>
        <translation>idle-reset-seconds принимает число секунд от 0 до 86400, а не «%1»</translation>
    </message>
    <message>
        <source>idle-reset-seconds is already set on line %1</source>
        <extracomment>idle-reset-seconds is a key of the file: keep it as it is.</extracomment>
        <translation>idle-reset-seconds уже задан в строке %1</translation>
    </message>
    <message>
        <source>unknown key “%1”</source>
        <translation>неизвестный ключ «%1»</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Не удаётся прочитать %1: %2.</translation>
    </message>
    <message>
        <source>Kiosk device %1: %2.</source>
        <translation>Устройство киоска %1: %2.</translation>
    </message>
    <message>
        <source>Kiosk device %1 is not a block device.</source>
        <translation>Устройство киоска %1 не является блочным устройством.</translation>
    </message>
    <message>
        <source>Kiosk device %1 is the same device as %2.</source>
        <translation>Устройство киоска %1 — то же самое устройство, что и %2.</translation>
    </message>
    <message>
        <source>the snapshot store “%1” is not an absolute path</source>
        <translation>хранилище снимков «%1» задано не абсолютным путём</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Interposer demo</source>
        <translation>Демонстрация Interposer</translation>
    </message>
    <message>
        <source>Interposer: put a live disk under device-mapper, without unmounting</source>
        <translation>Interposer: работающий диск под device-mapper без размонтирования</translation>
    </message>
    <message>
        <source>Reset demo</source>
        <translation>Сбросить демонстрацию</translation>
    </message>
    <message>
        <source>Reset demo: detach every session</source>
        <translation>Сбросить демонстрацию: отсоединить все сеансы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Demo devices</source>
        <translation>Демонстрационные устройства</translation>
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
        <translation>Блочные устройства</translation>
    </message>
    <message>
        <source>Waiting for the helper</source>
        <translation>Ожидание вспомогательной службы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>&amp;Device</source>
        <translation>&amp;Устройство</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Действия</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Interposer</source>
        <translation>&amp;О программе Interposer</translation>
    </message>
    <message>
        <source>About Interposer</source>
        <translation>О программе Interposer</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: готово.</translation>
    </message>
    <message>
        <source>%1… (waiting for the helper)</source>
        <translation>%1… (ожидание вспомогательной службы)</translation>
    </message>
    <message>
        <source>Filter by name, label, filesystem, mount point or session</source>
        <translation>Фильтр по имени, метке, файловой системе, точке монтирования или сеансу</translation>
    </message>
    <message>
        <source>Filter devices</source>
        <translation>Фильтр устройств</translation>
    </message>
    <message>
        <source>De&amp;vice</source>
        <translation>Ус&amp;тройство</translation>
    </message>
    <message>
        <source>Sessio&amp;n</source>
        <translation>Сеа&amp;нс</translation>
    </message>
    <message>
        <source>Sessi&amp;ons…</source>
        <translation>Се&amp;ансы…</translation>
    </message>
    <message>
        <source>Every session on this machine, and Detach all</source>
        <translation>Все сеансы на этой машине и отсоединение всех</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>Interposer %1

Puts a live, mounted block device under device-mapper and back, without unmounting.

Licence: GNU General Public License, version 2 or later.
Built with Qt %2, running on Qt %3.</source>
        <translation>Interposer %1

Ставит работающее смонтированное блочное устройство под device-mapper и обратно, без отмонтирования.

Лицензия: GNU General Public License версии 2 или более поздней.
Собрано с Qt %2, работает на Qt %3.</translation>
    </message>
</context>
<context>
    <name>ReadinessBanner</name>
    <message>
        <source>The Interposer helper is not installed, so nothing can be attached or detached. Install it:</source>
        <translation>Вспомогательная служба Interposer не установлена, поэтому ничего нельзя ни подключить, ни отсоединить. Установите её:</translation>
    </message>
    <message>
        <source>The Interposer helper did not start (%1), so nothing can be attached or detached. Its log says why:</source>
        <translation>Вспомогательная служба Interposer не запустилась (%1), поэтому ничего нельзя ни подключить, ни отсоединить. Причина — в её журнале:</translation>
    </message>
    <message>
        <source>The kernel module blkinterposer is not installed for the running kernel (Linux %1), so nothing can be attached. Install it, and DKMS builds it for this kernel (if it is installed, “sudo dkms autoinstall” says why it was not built):</source>
        <translation>Модуль ядра blkinterposer не установлен для работающего ядра (Linux %1), поэтому ничего нельзя подключить. Установите его, и DKMS соберёт его для этого ядра (если он уже установлен, «sudo dkms autoinstall» покажет, почему он не собран):</translation>
    </message>
    <message>
        <source>The kernel module blkinterposer is not loaded, and Secure Boot is on: the kernel loads it once the key DKMS signs it with is enrolled. Enrol it, reboot, choose “Enrol MOK” and type the password you chose (the user guide’s “Secure Boot” has the steps):</source>
        <translation>Модуль ядра blkinterposer не загружен, а Secure Boot включён: ядро загрузит модуль, когда будет зарегистрирован ключ, которым DKMS его подписывает. Зарегистрируйте ключ, перезагрузитесь, выберите «Enrol MOK» и введите выбранный пароль (шаги — в разделе «Secure Boot» руководства пользователя):</translation>
    </message>
    <message>
        <source>The kernel module blkinterposer is not loaded, so nothing can be attached. Load it (if that fails, the kernel log says why, and the user guide’s “Troubleshooting” what to do):</source>
        <translation>Модуль ядра blkinterposer не загружен, поэтому ничего нельзя подключить. Загрузите его (если не получится, причина — в журнале ядра, а что делать — в разделе «Troubleshooting» руководства пользователя):</translation>
    </message>
    <message>
        <source>The kernel module blkinterposer is loaded but does not answer (%1), so nothing can be attached. Load it again:</source>
        <translation>Модуль ядра blkinterposer загружен, но не отвечает (%1), поэтому ничего нельзя подключить. Загрузите его заново:</translation>
    </message>
    <message>
        <source>The kernel module blkinterposer and the helper are of different versions (%1), so nothing can be attached. Install the same version of blkinterposer-dkms and interposer-helper, then load the module again:</source>
        <translation>Модуль ядра blkinterposer и вспомогательная служба разных версий (%1), поэтому ничего нельзя подключить. Установите одну и ту же версию blkinterposer-dkms и interposer-helper, затем загрузите модуль заново:</translation>
    </message>
    <message>
        <source>The helper is version %1 and this program version %2: install the same version of both.</source>
        <translation>Вспомогательная служба версии %1, а эта программа версии %2: установите одну и ту же версию обеих.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Chec&amp;k again</source>
        <translation>Проверить &amp;ещё раз</translation>
    </message>
    <message>
        <source>Check again whether Interposer can work</source>
        <translation>Проверить снова, может ли Interposer работать</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>Руко&amp;водство</translation>
    </message>
    <message>
        <source>Open the user guide at Troubleshooting</source>
        <translation>Открыть руководство пользователя на разделе «Troubleshooting»</translation>
    </message>
    <message>
        <source>The kernel module blkinterposer was loaded after the helper started, and the helper may use only what was there when it started. Start it again (or wait a minute: it ends when idle):</source>
        <translation>Модуль ядра blkinterposer загружен после запуска вспомогательной службы, а служба может пользоваться только тем, что было при её запуске. Перезапустите её (или подождите минуту: она завершается при простое):</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Remapped</source>
        <translation>Перенаправлено</translation>
    </message>
    <message>
        <source>Latency added</source>
        <translation>Добавлена задержка</translation>
    </message>
    <message>
        <source>Snapshot kept</source>
        <translation>Сделан снимок</translation>
    </message>
    <message>
        <source>Faults injected</source>
        <translation>Имитируются сбои</translation>
    </message>
    <message>
        <source>detaching</source>
        <translation>отсоединяется</translation>
    </message>
    <message>
        <source>device removed</source>
        <translation>устройство извлечено</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>%1 is what was done (“Latency added”), %2 a state other than active (“detaching”)</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>пользователь %1</translation>
    </message>
</context>
<context>
    <name>SessionPanel</name>
    <message>
        <source>Session state</source>
        <translation>Состояние сеанса</translation>
    </message>
    <message>
        <source>I/O operations per second</source>
        <translation>Операций ввода-вывода в секунду</translation>
    </message>
    <message>
        <source>IOPS</source>
        <translation>IOPS</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Пропускная способность</translation>
    </message>
    <message>
        <source>MiB/s</source>
        <translation>МиБ/с</translation>
    </message>
    <message>
        <source>Average latency</source>
        <translation>Средняя задержка</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>мс</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Задержка</translation>
    </message>
    <message>
        <source>Faults</source>
        <translation>Сбои</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Снимок</translation>
    </message>
    <message>
        <source>Snapshot store used</source>
        <translation>Занятость хранилища снимка</translation>
    </message>
    <message>
        <source>&amp;Export image…</source>
        <translation>&amp;Экспортировать образ…</translation>
    </message>
    <message>
        <source>Export the snapshot as an image file</source>
        <translation>Экспортировать снимок в файл образа</translation>
    </message>
    <message>
        <source>Detach: put the device back as it was</source>
        <translation>Отсоединить: вернуть устройство в прежнее состояние</translation>
    </message>
    <message>
        <source>The filesystem as it was when the snapshot was taken is readable at %1 (mount it read-only).</source>
        <translation>Файловая система в том виде, в каком она была в момент создания снимка, доступна для чтения в %1 (монтируйте её только для чтения).</translation>
    </message>
    <message>
        <source>No session</source>
        <translation>Нет сеанса</translation>
    </message>
    <message>
        <source>%1 of %2 used</source>
        <translation>Занято %1 из %2</translation>
    </message>
    <message>
        <source>Export the snapshot of %1</source>
        <translation>Экспорт снимка %1</translation>
    </message>
    <message>
        <source>Disk images (*.img);;All files (*)</source>
        <translation>Образы дисков (*.img);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Det&amp;ach</source>
        <translation>&amp;Отсоединить</translation>
    </message>
    <message>
        <source>Detaching…</source>
        <translation>Отсоединение…</translation>
    </message>
    <message>
        <source>The device was removed; the session ends once its devices are gone.</source>
        <translation>Устройство извлечено; сеанс завершится, когда исчезнут его устройства.</translation>
    </message>
    <message>
        <source>Failed: the helper’s log says why (journalctl -u interposer-helper).</source>
        <translation>Ошибка: причина — в журнале вспомогательной службы (journalctl -u interposer-helper).</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Show the device-mapper details</source>
        <translation>Показать подробности device-mapper</translation>
    </message>
    <message>
        <source>Device-mapper details</source>
        <translation>Подробности device-mapper</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>%1 is the device, %2 what was done to it (“Latency added”)</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Device-mapper target %1, on %2</source>
        <translation>Цель device-mapper %1, на %2</translation>
    </message>
    <message>
        <source>It reaches the device through %1, the kernel module’s bypass.</source>
        <translation>До устройства оно доходит через %1 — обходной путь модуля ядра.</translation>
    </message>
    <message>
        <source>Started %1 by %2.</source>
        <translation>Запущен %1 пользователем %2.</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Сеанс</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Запущен</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Кем запущен</translation>
    </message>
</context>
<context>
    <name>SessionsDialog</name>
    <message>
        <source>Sessions</source>
        <translation>Сеансы</translation>
    </message>
    <message>
        <source>Every device under Interposer on this machine, whoever put it there.</source>
        <translation>Все устройства под Interposer на этой машине, кто бы их туда ни поставил.</translation>
    </message>
    <message>
        <source>&amp;Detach</source>
        <translation>&amp;Отсоединить</translation>
    </message>
    <message>
        <source>Detach &amp;all</source>
        <translation>Отсоединить &amp;все</translation>
    </message>
    <message>
        <source>Detach every session</source>
        <translation>Отсоединить все сеансы</translation>
    </message>
</context>
<context>
    <name>SettingSpins</name>
    <message>
        <source> ms</source>
        <translation> мс</translation>
    </message>
    <message>
        <source>&amp;Reads wait:</source>
        <translation>Задержка &amp;чтения:</translation>
    </message>
    <message>
        <source>Delay of every read</source>
        <translation>Задержка каждого чтения</translation>
    </message>
    <message>
        <source>&amp;Writes wait:</source>
        <translation>Задержка з&amp;аписи:</translation>
    </message>
    <message>
        <source>Delay of every write</source>
        <translation>Задержка каждой записи</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>&amp;Works for:</source>
        <translation>&amp;Работает в течение:</translation>
    </message>
    <message>
        <source>Seconds working</source>
        <translation>Секунды работы</translation>
    </message>
    <message>
        <source>&amp;Then fails for:</source>
        <translation>&amp;Затем сбоит в течение:</translation>
    </message>
    <message>
        <source>Seconds failing</source>
        <translation>Секунды сбоя</translation>
    </message>
</context>
<context>
    <name>SnapshotExport</name>
    <message>
        <source>Cannot open %1 for writing: %2.</source>
        <translation>Не удаётся открыть %1 для записи: %2.</translation>
    </message>
</context>
<context>
    <name>SnapshotQuestion</name>
    <message>
        <source>the filesystem as it was at %2, readable at %1, and its store in %3 (%4 used)</source>
        <extracomment>%1 the snapshot device, %2 its time, %3 the store&apos;s directory or device, %4 a size</extracomment>
        <translation>файловая система в состоянии на %2, доступная для чтения на %1, и её хранилище в %3 (занято %4)</translation>
    </message>
    <message>
        <source>Detach %1</source>
        <translation>Отсоединить %1</translation>
    </message>
    <message>
        <source>Detach all</source>
        <translation>Отсоединить все</translation>
    </message>
    <message>
        <source>Detach deletes the snapshot of %1 and its store.</source>
        <translation>Отсоединение удаляет снимок %1 и его хранилище.</translation>
    </message>
    <message>
        <source>Detach deletes the snapshots of %1 and their stores.</source>
        <translation>Отсоединение удаляет снимки %1 и их хранилища.</translation>
    </message>
    <message>
        <source>They are gone for good after Detach; the devices themselves keep every write. To keep a snapshot, export it as an image first.</source>
        <translation>После отсоединения они пропадут навсегда; сами устройства сохраняют каждую запись. Чтобы сохранить снимок, сначала экспортируйте его как образ.</translation>
    </message>
    <message>
        <source>Detach and &amp;delete the snapshot</source>
        <translation>Отсоединить и &amp;удалить снимок</translation>
    </message>
    <message>
        <source>Detach and &amp;delete them</source>
        <translation>Отсоединить и &amp;удалить их</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>Interposer user guide</source>
        <translation>Руководство пользователя Interposer</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
</context>
<context>
    <name>interposerctl</name>
    <message>
        <source>usage:</source>
        <translation>использование:</translation>
    </message>
    <message>
        <source>Every command takes --no-interaction: fail rather than ask for a password.</source>
        <extracomment>Keep --no-interaction as it is.</extracomment>
        <translation>Каждая команда принимает --no-interaction: завершиться с ошибкой, а не запрашивать пароль.</translation>
    </message>
    <message>
        <source>MODE: error-reads, error-writes (default) or drop-writes. SIZE: bytes, or with K, M, G, T.</source>
        <extracomment>Keep MODE, SIZE, the three modes and K, M, G, T as they are.</extracomment>
        <translation>MODE: error-reads, error-writes (по умолчанию) или drop-writes. SIZE: в байтах или с K, M, G, T.</translation>
    </message>
    <message>
        <source>Exit status: 0 done, 1 failed (the reason on stderr), 2 usage error.</source>
        <translation>Код возврата: 0 — выполнено, 1 — ошибка (причина в stderr), 2 — неверный вызов.</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>не указана команда</translation>
    </message>
    <message>
        <source>unknown command “%1”</source>
        <translation>неизвестная команда «%1»</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <extracomment>%1 is an option, such as --delay.</extracomment>
        <translation>%1 требует значения</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>неизвестный параметр %1</translation>
    </message>
    <message>
        <source>too many arguments for %1</source>
        <extracomment>%1 is a command, such as attach.</extracomment>
        <translation>слишком много аргументов для %1</translation>
    </message>
    <message>
        <source>%1 needs a DEVICE</source>
        <extracomment>%1 is a command, such as detach. Keep DEVICE as in the usage text.</extracomment>
        <translation>%1 требует указать DEVICE</translation>
    </message>
    <message>
        <source>--json belongs to list and status</source>
        <translation>--json применяется только с list и status</translation>
    </message>
    <message>
        <source>--linear, --flakey and --snapshot belong to attach</source>
        <translation>--linear, --flakey и --snapshot применяются только с attach</translation>
    </message>
    <message>
        <source>--delay belongs to attach and set</source>
        <translation>--delay применяется только с attach и set</translation>
    </message>
    <message>
        <source>--mode goes with --flakey</source>
        <translation>--mode применяется только вместе с --flakey</translation>
    </message>
    <message>
        <source>--store and --store-size go with --snapshot</source>
        <translation>--store и --store-size применяются только вместе с --snapshot</translation>
    </message>
    <message>
        <source>--to belongs to export</source>
        <translation>--to применяется только с export</translation>
    </message>
    <message>
        <source>export needs --to FILE</source>
        <translation>export требует --to FILE</translation>
    </message>
    <message>
        <source>attach needs exactly one of --linear, --delay, --flakey, --snapshot</source>
        <translation>attach требует ровно один из параметров --linear, --delay, --flakey, --snapshot</translation>
    </message>
    <message>
        <source>set needs --delay</source>
        <translation>set требует --delay</translation>
    </message>
    <message>
        <source>--delay takes READ_MS[,WRITE_MS] in milliseconds, not “%1”</source>
        <translation>--delay принимает READ_MS[,WRITE_MS] в миллисекундах, а не «%1»</translation>
    </message>
    <message>
        <source>--flakey takes UP_S,DOWN_S in seconds, not “%1”</source>
        <translation>--flakey принимает UP_S,DOWN_S в секундах, а не «%1»</translation>
    </message>
    <message>
        <source>--snapshot needs --store PATH</source>
        <translation>--snapshot требует --store PATH</translation>
    </message>
    <message>
        <source>--store-size takes a size such as 512M or 2G, not “%1”</source>
        <translation>--store-size принимает размер, например 512M или 2G, а не «%1»</translation>
    </message>
    <message>
        <source>%1 is not a block device.</source>
        <translation>%1 не является блочным устройством.</translation>
    </message>
    <message>
        <source>%1 is not interposed.</source>
        <translation>Для %1 нет сеанса Interposer.</translation>
    </message>
    <message>
        <source>helper %1, kernel module loaded (ABI %2)</source>
        <translation>вспомогательная служба %1, модуль ядра загружен (ABI %2)</translation>
    </message>
    <message>
        <source>helper %1, kernel module not usable: %2</source>
        <translation>вспомогательная служба %1, модуль ядра недоступен: %2</translation>
    </message>
    <message>
        <source>interposer %1</source>
        <translation>interposer %1</translation>
    </message>
    <message>
        <source>options %1</source>
        <extracomment>%1 is a list such as read-ms=50 write-ms=0.</extracomment>
        <translation>параметры %1</translation>
    </message>
    <message>
        <source>snapshot %1, %2 of %3 bytes of the store used</source>
        <translation>снимок %1, занято %2 из %3 байт хранилища</translation>
    </message>
    <message>
        <source>started by uid %1 at %2</source>
        <translation>запущен пользователем с UID %1 в %2</translation>
    </message>
    <message>
        <source>The helper went away during the export of %1.</source>
        <translation>Вспомогательная служба пропала во время экспорта %1.</translation>
    </message>
    <message>
        <source>Cannot reach the system bus: %1.</source>
        <translation>Не удаётся подключиться к системной шине: %1.</translation>
    </message>
    <message>
        <source>list prints every block device, one per line, separated by tabs: NODE TYPE SIZE-BYTES FS-TYPE MOUNTS KIND STATE INTERPOSER.</source>
        <extracomment>Keep list and the upper-case column names as they are.</extracomment>
        <translation>list выводит каждое блочное устройство, по одному на строку, поля разделены табуляцией: NODE TYPE SIZE-BYTES FS-TYPE MOUNTS KIND STATE INTERPOSER.</translation>
    </message>
    <message>
        <source>Cannot read the block devices from udev.</source>
        <translation>Не удаётся прочитать блочные устройства из udev.</translation>
    </message>
    <message>
        <source>Without --store-size, a store in a directory is as large as DEVICE, but at most half of the free space, and always leaves %1 MiB free.</source>
        <extracomment>Keep --store-size and DEVICE as they are.</extracomment>
        <translation>Без --store-size хранилище в каталоге имеет размер DEVICE, но не больше половины свободного места, и всегда оставляет свободными %1 МиБ.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Put a live, mounted block device under device-mapper.</source>
        <translation>Поместить работающее смонтированное блочное устройство под device-mapper.</translation>
    </message>
    <message>
        <source>Kiosk mode: full screen, only the devices of the kiosk configuration.</source>
        <translation>Режим киоска: полный экран, только устройства из конфигурации киоска.</translation>
    </message>
    <message>
        <source>The kiosk configuration (default: /etc/interposer/kiosk.conf).</source>
        <translation>Конфигурация киоска (по умолчанию: /etc/interposer/kiosk.conf).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
</context>
</TS>
