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
