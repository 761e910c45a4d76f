<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ArchiveCheck</name>
    <message>
        <location filename="../../src/core/archive/archivecheck.cpp" line="+111" />
        <source>%1 is not a file.</source>
        <translation>%1 — не файл.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 does not exist. Check the name and the folder.</source>
        <translation>%1 не существует. Проверьте имя и папку.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1 does not match its checksum (%2): the file was changed or damaged since the backup. Do not restore from it; use another copy.</source>
        <translation>%1 не совпадает со своей контрольной суммой (%2): файл изменён или повреждён после резервного копирования. Не восстанавливайте из него — возьмите другую копию.</translation>
    </message>
    <message>
        <location line="+24" />
        <location line="+168" />
        <source>%1 cannot be read as an archive: %2</source>
        <translation>%1 не читается как архив: %2</translation>
    </message>
    <message>
        <location line="-263" />
        <location line="+108" />
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location line="-21" />
        <source>Cannot read %1.</source>
        <translation>Не удаётся прочитать %1.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>%1 holds "%2", a path outside the volume: it is refused, and nothing was changed.</source>
        <translation>В %1 есть «%2» — путь за пределами тома: архив отклонён, ничего не изменено.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>a device node</source>
        <translation>узел устройства</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a FIFO</source>
        <translation>FIFO</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a socket</source>
        <translation>сокет</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a setuid or setgid file</source>
        <translation>файл с setuid или setgid</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+7" />
        <source>a link to %1, outside the folder</source>
        <translation>ссылку на %1 за пределами папки</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 holds "%2", %3, which a folder of this machine does not take: it is refused, and nothing was changed.</source>
        <translation>В %1 есть «%2» — %3, а в папку этого компьютера такое не кладётся: архив отклонён, ничего не изменено.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>%1 is damaged or incomplete (at "%2"): %3</source>
        <translation>%1 повреждён или неполон (на «%2»): %3</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+5" />
        <location line="+94" />
        <location line="+10" />
        <source>%1 is damaged or incomplete: %2</source>
        <translation>%1 повреждён или неполон: %2</translation>
    </message>
    <message>
        <location line="-100" />
        <source>%1 holds nothing: it is not a volume backup.</source>
        <translation>%1 пуст: это не резервная копия тома.</translation>
    </message>
    <message>
        <location line="+137" />
        <source>%1 holds %2 images, and an import loads exactly one: it was not loaded.</source>
        <translation>В %1 %2 образа(ов), а импорт загружает ровно один: файл не загружен.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 would tag %2 on this engine, where only %3 is expected. Loading it could point another image's tag at this one; it was not loaded.</source>
        <translation>%1 поставил бы на этом движке теги %2, хотя ожидается только %3. Загрузка могла бы перенаправить тег другого образа на этот; файл не загружен.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>one name</source>
        <translation>одно имя</translation>
    </message>
    <message>
        <location line="+23" />
        <source>%1 is not an image saved with docker save (it has no manifest.json naming one).</source>
        <translation>%1 — не образ, сохранённый через docker save (в нём нет manifest.json, который его называет).</translation>
    </message>
</context>
<context>
    <name>BackupForm</name>
    <message>
        <location filename="../../src/app/volumes/backupform.cpp" line="+87" />
        <source>There is no volume to back up.</source>
        <translation>Нет тома для резервной копии.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Give the folder for the backup files.</source>
        <translation>Укажите папку для файлов резервной копии.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give the folder as a full path, starting with /.</source>
        <translation>Укажите папку полным путём, начиная с /.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is not a folder.</source>
        <translation>%1 — не папка.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose what happens to %1 during the backup.</source>
        <translation>Выберите, что будет с %1 во время резервного копирования.</translation>
    </message>
</context>
<context>
    <name>BackupListing</name>
    <message>
        <location filename="../../src/core/archive/backuplisting.cpp" line="+124" />
        <source>%1 is not a file.</source>
        <translation>%1 — не файл.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 does not exist. Check the name and the folder.</source>
        <translation>%1 не существует. Проверьте имя и папку.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 cannot be read as an archive: %2</source>
        <translation>%1 не читается как архив: %2</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 is damaged or incomplete: %2</source>
        <translation>%1 повреждён или неполон: %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location line="+59" />
        <location line="+51" />
        <source>%1 is damaged or incomplete (at "%2"): %3</source>
        <translation>%1 повреждён или неполон (на «%2»): %3</translation>
    </message>
    <message>
        <location line="-45" />
        <source>%1 holds nothing: it is not a volume backup.</source>
        <translation>%1 пуст: это не резервная копия тома.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>%1 is not a file inside the backup.</source>
        <translation>%1 — не файл внутри резервной копии.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>The backup holds no %1.</source>
        <translation>В резервной копии нет %1.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 is a link to a link in the backup.</source>
        <translation>%1 в резервной копии — ссылка на ссылку.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>"%1" leads outside the volume: a backup holds nothing there.</source>
        <translation>«%1» ведёт за пределы тома: в резервной копии там ничего нет.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>The backup %1 holds no "%2".</source>
        <translation>В резервной копии %1 нет «%2».</translation>
    </message>
</context>
<context>
    <name>BuildContext</name>
    <message>
        <location filename="../../src/core/build/buildcontext.cpp" line="+30" />
        <source>The folder %1 does not exist.</source>
        <translation>Папки %1 нет.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is not a folder: docker build needs the folder that holds what the Dockerfile copies.</source>
        <translation>%1 — не папка: docker build нужна папка, в которой лежит то, что копирует Dockerfile.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>There is no Dockerfile at %1. Choose the Dockerfile with -f (in the dialog: Dockerfile).</source>
        <translation>В %1 нет Dockerfile. Укажите Dockerfile через -f (в окне: поле Dockerfile).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The Dockerfile %1 is not a file.</source>
        <translation>Dockerfile %1 — не файл.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The Dockerfile %1 is outside the folder %2: put it inside the folder, or choose a folder that holds it.</source>
        <translation>Dockerfile %1 лежит вне папки %2: положите его в папку или выберите папку, в которой он лежит.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>it is larger than 4 MiB</source>
        <translation>он больше 4 МиБ</translation>
    </message>
</context>
<context>
    <name>BuildForm</name>
    <message>
        <location filename="../../src/app/images/buildform.cpp" line="+39" />
        <source>Write each build argument as KEY=VALUE, one a line ("%1" is not).</source>
        <translation>Пишите каждый аргумент сборки как КЛЮЧ=ЗНАЧЕНИЕ, по одному в строке («%1» — не так).</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Choose the folder to build: the one that holds the Dockerfile and what it copies.</source>
        <translation>Выберите папку для сборки: ту, в которой лежат Dockerfile и то, что он копирует.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The folder %1 does not exist.</source>
        <translation>Папки %1 нет.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>There is no Dockerfile at %1.</source>
        <translation>В %1 нет Dockerfile.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A tag is NAME[:TAG] in lowercase, such as my/app:v1.</source>
        <translation>Тег — это ИМЯ[:ТЕГ] строчными буквами, например my/app:v1.</translation>
    </message>
</context>
<context>
    <name>BuildImageDialog</name>
    <message>
        <location filename="../../qml/images/BuildImageDialog.qml" line="+29" />
        <source>Build an image</source>
        <translation>Собрать образ</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+146" />
        <source>Folder to build</source>
        <translation>Папка для сборки</translation>
    </message>
    <message>
        <location line="-143" />
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose the folder</source>
        <translation>Выбрать папку</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dockerfile</source>
        <translation>Dockerfile</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Dockerfile (a path in the folder)</source>
        <translation>Dockerfile (путь в папке)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Dockerfile in the folder</source>
        <translation>Dockerfile в папке</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <location line="+4" />
        <source>my/app:v1</source>
        <translation>my/app:v1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Name for the new image</source>
        <translation>Имя нового образа</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+9" />
        <source>Build arguments</source>
        <translation>Аргументы сборки</translation>
    </message>
    <message>
        <location line="-5" />
        <source>KEY=VALUE, one a line</source>
        <translation>КЛЮЧ=ЗНАЧЕНИЕ, по одному в строке</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+7" />
        <source>Target stage</source>
        <translation>Целевой этап</translation>
    </message>
    <message>
        <location line="-3" />
        <source>the last stage</source>
        <translation>последний этап</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No cache</source>
        <translation>Без кэша</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Pull the base image</source>
        <translation>Скачать базовый образ</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The same docker command: %1</source>
        <translation>Та же команда docker: %1</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Built %1</source>
        <translation>Собран %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancelled; what the build made was removed.</source>
        <translation>Отменено; то, что сделала сборка, удалено.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The build failed</source>
        <translation>Сборка не удалась</translation>
    </message>
    <message>
        <location line="+2" />
        <source> at line %1 of the Dockerfile</source>
        <translation> в строке %1 Dockerfile</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Build output</source>
        <translation>Вывод сборки</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Stop the build</source>
        <translation>Остановить сборку</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Build again</source>
        <translation>Собрать снова</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Build</source>
        <translation>Собрать</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Start the build</source>
        <translation>Начать сборку</translation>
    </message>
</context>
<context>
    <name>BuildJob</name>
    <message>
        <location filename="../../src/core/jobs/buildjob.cpp" line="+28" />
        <source>Build %1</source>
        <translation>Сборка %1</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Sending the build context</source>
        <translation>Отправка контекста сборки</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Building</source>
        <translation>Сборка</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The engine ended the build without naming the image.</source>
        <translation>Движок закончил сборку, не назвав образ.</translation>
    </message>
    <message>
        <location line="+99" />
        <source>Removing what the build made</source>
        <translation>Удаление того, что сделала сборка</translation>
    </message>
</context>
<context>
    <name>BundleManifest</name>
    <message>
        <location filename="../../src/core/archive/bundlemanifest.cpp" line="+288" />
        <source>manifest.json is not valid JSON (%1).</source>
        <translation>manifest.json — неверный JSON (%1).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The bundle's format version is %1; this Berth reads version %2. Use a Berth as new as the one that made it.</source>
        <translation>Версия формата пакета — %1; этот Berth читает версию %2. Используйте Berth не старее того, что его сделал.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>manifest.json lacks the container's name, its image or the list of files.</source>
        <translation>В manifest.json нет имени контейнера, его образа или списка файлов.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>manifest.json names a volume without its mount point or its file.</source>
        <translation>manifest.json называет том без точки подключения или его файла.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>manifest.json names a folder of the source machine without its path, its mount point or its file.</source>
        <translation>manifest.json называет папку исходного компьютера без её пути, точки подключения или файла.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>manifest.json lists "%1", a path outside the bundle.</source>
        <translation>manifest.json перечисляет «%1» — путь за пределами пакета.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The bundle holds files its manifest does not list: %1. Somebody changed it; do not import it.</source>
        <translation>В пакете есть файлы, которых нет в его manifest: %1. Его кто-то изменил; не импортируйте его.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location line="-12" />
        <source>The bundle lacks %1, which its manifest lists.</source>
        <translation>В пакете нет %1, хотя manifest его перечисляет.</translation>
    </message>
    <message>
        <location line="-317" />
        <source>runs privileged: as root with every device and kernel feature of this machine</source>
        <translation>работает привилегированным: от root, со всеми устройствами и возможностями ядра этого компьютера</translation>
    </message>
    <message>
        <location line="+3" />
        <source>adds the kernel capabilities %1</source>
        <translation>добавляет возможности ядра (capabilities) %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>uses devices of this machine: %1</source>
        <translation>использует устройства этого компьютера: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>network</source>
        <translation>сеть</translation>
    </message>
    <message>
        <location line="+1" />
        <source>processes (PID)</source>
        <translation>процессы (PID)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>shared memory (IPC)</source>
        <translation>общая память (IPC)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>host name (UTS)</source>
        <translation>имя узла (UTS)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>users (user namespace)</source>
        <translation>пользователи (пространство имён пользователей)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>control groups (cgroup namespace)</source>
        <translation>контрольные группы (пространство имён cgroup)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>this machine's</source>
        <translation>этого компьютера</translation>
    </message>
    <message>
        <location line="+0" />
        <source>that of %1</source>
        <translation>из %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>shares namespaces instead of its own: %1</source>
        <translation>использует чужие пространства имён вместо своих: %1</translation>
    </message>
    <message>
        <location line="+14" />
        <source>masked paths %1</source>
        <translation>скрытые пути %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>read-only paths %1</source>
        <translation>пути только для чтения %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>changes its security confinement: %1</source>
        <translation>меняет свои ограничения безопасности: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>sets kernel parameters: %1</source>
        <translation>задаёт параметры ядра: %1</translation>
    </message>
    <message>
        <location line="+15" />
        <source>the volumes of the container %1</source>
        <translation>тома контейнера %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>mounts folders of this machine: %1</source>
        <translation>подключает папки этого компьютера: %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>runs under another runtime or control group: %1</source>
        <translation>работает в другой среде выполнения или контрольной группе: %1</translation>
    </message>
    <message>
        <location line="+179" />
        <source>manifest.json sets %1, which Berth's export never writes: it was edited. Do not import this bundle.</source>
        <translation>manifest.json задаёт %1, а экспорт Berth такого не пишет: файл изменён. Не импортируйте этот пакет.</translation>
    </message>
    <message>
        <location line="+61" />
        <source>%1 has %2 bytes, its manifest says %3: the file was changed or cut.</source>
        <translation>В %1 %2 байт, а manifest говорит %3: файл изменён или обрезан.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>%1 does not match the sha256 in the manifest: it was changed or damaged. Do not import this bundle.</source>
        <translation>%1 не совпадает с sha256 из manifest: он изменён или повреждён. Не импортируйте этот пакет.</translation>
    </message>
</context>
<context>
    <name>ChecksumFile</name>
    <message>
        <location filename="../../src/core/archive/checksumfile.cpp" line="+30" />
        <location line="+8" />
        <location line="+28" />
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <location line="-15" />
        <location line="+3" />
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <location line="+19" />
        <source>%1 is not a checksum file (sha256sum's "&lt;digest&gt;  &lt;name&gt;").</source>
        <translation>%1 — не файл контрольной суммы (формат sha256sum: «&lt;сумма&gt;  &lt;имя&gt;»).</translation>
    </message>
</context>
<context>
    <name>CommandBlock</name>
    <message>
        <location filename="../../qml/common/CommandBlock.qml" line="+54" />
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Copy the docker command</source>
        <translation>Скопировать команду docker</translation>
    </message>
</context>
<context>
    <name>ComposeTool</name>
    <message>
        <location filename="../../src/core/compose/composetool.cpp" line="+71" />
        <source>No compose tool is installed: neither the docker compose plugin nor docker-compose is on PATH. On Debian and Ubuntu: sudo apt install docker-compose (or docker-compose-plugin from Docker's own packages); on Fedora: sudo dnf install docker-compose. Then try again.</source>
        <translation>Средство compose не установлено: в PATH нет ни дополнения docker compose, ни docker-compose. В Debian и Ubuntu: sudo apt install docker-compose (или docker-compose-plugin из пакетов самой Docker); в Fedora: sudo dnf install docker-compose. Затем попробуйте снова.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The compose tool reads TLS files only as ca.pem, cert.pem and key.pem in one folder; this engine's are named otherwise. Put them in one folder with those names and add the engine with that folder.</source>
        <translation>Средство compose читает файлы TLS только как ca.pem, cert.pem и key.pem в одной папке, а у этого движка они названы иначе. Сложите их в одну папку под этими именами и добавьте движок с этой папкой.</translation>
    </message>
</context>
<context>
    <name>ComposeToolJob</name>
    <message>
        <location line="+47" />
        <source>%1 could not be started: %2</source>
        <translation>Не удалось запустить %1: %2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 ended with exit code %2:
%3</source>
        <translation>%1 завершился с кодом %2:
%3</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../../qml/common/ConfirmDialog.qml" line="+35" />
        <location line="+3" />
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+1" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Nothing to remove.</source>
        <translation>Удалять нечего.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Frees %1.</source>
        <translation>Освободится %1.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Command:</source>
        <translation>Команда:</translation>
    </message>
</context>
<context>
    <name>ContainerActions</name>
    <message>
        <location filename="../../src/app/containers/containeractions.cpp" line="+133" />
        <source>healthy</source>
        <translation>исправен</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>unhealthy, %n failed check(s) in a row</source>
        <translation><numerusform>неисправен, %n неудачная проверка подряд</numerusform><numerusform>неисправен, %n неудачные проверки подряд</numerusform><numerusform>неисправен, %n неудачных проверок подряд</numerusform></translation>
    </message>
    <message>
        <location line="+2" />
        <source>starting: no verdict yet</source>
        <translation>начало: вердикта пока нет</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 · exit code %2 · %3 s</source>
        <translation>%1 · код выхода %2 · %3 с</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 · exit code %2</source>
        <translation>%1 · код выхода %2</translation>
    </message>
</context>
<context>
    <name>ContainerAlerts</name>
    <message>
        <location filename="../../src/core/sync/containeralerts.cpp" line="+39" />
        <source>%1 is unhealthy: its health check fails.</source>
        <translation>%1 нездоров: его проверка здоровья не проходит.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 keeps restarting: %2 starts in a minute and a half.</source>
        <translation>%1 перезапускается снова и снова: запусков за полторы минуты — %2.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 ran out of memory and stopped (exit code %2).</source>
        <translation>%1 исчерпал память и остановился (код выхода %2).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 was killed with signal %2 and stopped (exit code %3).</source>
        <translation>%1 убит сигналом %2 и остановился (код выхода %3).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 stopped with exit code %2.</source>
        <translation>%1 остановился с кодом выхода %2.</translation>
    </message>
</context>
<context>
    <name>ContainerDelegate</name>
    <message>
        <location filename="../../qml/containers/ContainerDelegate.qml" line="+120" />
        <source>Container %1, %2, image %3</source>
        <translation>Контейнер %1, %2, образ %3</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Select %1</source>
        <translation>Выбрать %1</translation>
    </message>
    <message>
        <location line="+32" />
        <source>healthy</source>
        <translation>исправен</translation>
    </message>
    <message>
        <location line="+1" />
        <source>unhealthy</source>
        <translation>неисправен</translation>
    </message>
    <message>
        <location line="+0" />
        <source>health: starting</source>
        <translation>проверка: ожидание</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Health: %1</source>
        <translation>Работоспособность: %1</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Open %1 in the browser</source>
        <translation>Открыть %1 в браузере</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ports: %1</source>
        <translation>Порты: %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No ports</source>
        <translation>Портов нет</translation>
    </message>
    <message>
        <location line="+23" />
        <location line="+3" />
        <source>CPU and memory in use now (docker stats)</source>
        <translation>Процессор и память сейчас (docker stats)</translation>
    </message>
    <message>
        <location line="-1" />
        <source>CPU %1, memory %2</source>
        <translation>Процессор %1, память %2</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Start</source>
        <translation>Запустить</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Resume %1</source>
        <translation>Продолжить %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop %1</source>
        <translation>Остановить %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Start %1</source>
        <translation>Запустить %1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>More actions for %1</source>
        <translation>Другие действия с %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>More actions</source>
        <translation>Другие действия</translation>
    </message>
    <message>
        <location line="-18" />
        <location line="+36" />
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Pause</source>
        <translation>Приостановить</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Remove…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location line="-8" />
        <source>Restart</source>
        <translation>Перезапустить</translation>
    </message>
</context>
<context>
    <name>ContainerDetails</name>
    <message>
        <location filename="../../qml/containers/ContainerDetails.qml" line="+185" />
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Start</source>
        <translation>Запустить</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Stop %1</source>
        <translation>Остановить %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Start %1</source>
        <translation>Запустить %1</translation>
    </message>
    <message>
        <location line="-3" />
        <location line="+37" />
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Pause</source>
        <translation>Приостановить</translation>
    </message>
    <message>
        <location line="-28" />
        <source>Restart</source>
        <translation>Перезапустить</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Restart %1</source>
        <translation>Перезапустить %1</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Kill</source>
        <translation>Убить</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Copy ID</source>
        <translation>Копировать ID</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Back up its volumes…</source>
        <translation>Копия его томов…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Move to another machine…</source>
        <translation>Перенести на другой компьютер…</translation>
    </message>
    <message>
        <location line="-12" />
        <source>Copy name</source>
        <translation>Копировать имя</translation>
    </message>
    <message>
        <location line="-120" />
        <source>New name</source>
        <translation>Новое имя</translation>
    </message>
    <message>
        <location line="+2" />
        <source>New name for the container</source>
        <translation>Новое имя контейнера</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Rename the container</source>
        <translation>Переименовать контейнер</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+160" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="-158" />
        <source>Keep the name</source>
        <translation>Оставить имя</translation>
    </message>
    <message>
        <location line="+16" />
        <source>State: %1</source>
        <translation>Состояние: %1</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Resume %1</source>
        <translation>Продолжить %1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>More actions for %1</source>
        <translation>Другие действия с %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>More actions</source>
        <translation>Другие действия</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Save as an image (commit)…</source>
        <translation>Сохранить как образ (commit)…</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Remove…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Save %1 as an image</source>
        <translation>Сохранить %1 как образ</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The container's files as they are now become a new image, which can run new containers or go to a registry.</source>
        <translation>Файлы контейнера в их нынешнем виде станут новым образом: из него можно запускать новые контейнеры или отправить его в реестр.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Image name for a commit, e.g. my/app:v2</source>
        <translation>Имя образа для commit, например my/app:v2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Image name for the commit</source>
        <translation>Имя образа для commit</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The same docker command: %1</source>
        <translation>Та же команда docker: %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Commit</source>
        <translation>Сохранить как образ</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Save the container as an image (docker commit)</source>
        <translation>Сохранить контейнер как образ (docker commit)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Inspect</source>
        <translation>Подробно (inspect)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Logs</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Terminal</source>
        <translation>Терминал</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stats</source>
        <translation>Нагрузка</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <location line="+15" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Image</source>
        <translation>Образ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Ports</source>
        <translation>Порты</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+6" />
        <location line="+9" />
        <location line="+58" />
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="-69" />
        <source>Mounts</source>
        <translation>Подключения</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Environment</source>
        <translation>Переменные окружения</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Health</source>
        <translation>Работоспособность</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Health checks</source>
        <translation>Проверки работоспособности</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Labels</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Networks</source>
        <translation>Сети</translation>
    </message>
</context>
<context>
    <name>ContainerListPage</name>
    <message>
        <location filename="../../qml/containers/ContainerListPage.qml" line="+122" />
        <location line="+288" />
        <source>Containers</source>
        <translation>Контейнеры</translation>
    </message>
    <message>
        <location line="-262" />
        <source>Search by name, image or id (Ctrl+F)</source>
        <translation>Поиск по имени, образу или id (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Search containers</source>
        <translation>Поиск контейнеров</translation>
    </message>
    <message>
        <location line="+5" />
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Running</source>
        <translation>Работающие</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Stopped</source>
        <translation>Остановленные</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Paused</source>
        <translation>Приостановленные</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Unhealthy</source>
        <translation>Неисправные</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show containers that are</source>
        <translation>Показывать контейнеры</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Group by project</source>
        <translation>По проектам</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Group containers by compose project</source>
        <translation>Сгруппировать контейнеры по проектам compose</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Run…</source>
        <translation>Запустить…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Run a new container</source>
        <translation>Запустить новый контейнер</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Import a container moved from another machine</source>
        <translation>Импортировать контейнер, перенесённый с другого компьютера</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Prune…</source>
        <translation>Очистить…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Remove all stopped containers</source>
        <translation>Удалить все остановленные контейнеры</translation>
    </message>
    <message>
        <location line="+10" />
        <source>What is a container?</source>
        <translation>Что такое контейнер?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A container is a running program made from an image, with its own files, network and processes kept apart from the rest of the computer. Stopping it keeps its files; removing it deletes them, except what lives in volumes.</source>
        <translation>Контейнер — это запущенная программа, созданная из образа: её файлы, сеть и процессы отделены от остального компьютера. Остановка сохраняет её файлы, удаление стирает их — кроме того, что лежит в томах.</translation>
    </message>
    <message numerus="yes">
        <location line="+12" />
        <source>%n selected</source>
        <translation><numerusform>выбран %n</numerusform><numerusform>выбрано %n</numerusform><numerusform>выбрано %n</numerusform></translation>
    </message>
    <message>
        <location line="+7" />
        <source>Start</source>
        <translation>Запустить</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Start the selected containers</source>
        <translation>Запустить выбранные контейнеры</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stop the selected containers</source>
        <translation>Остановить выбранные контейнеры</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Restart</source>
        <translation>Перезапустить</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Restart the selected containers</source>
        <translation>Перезапустить выбранные контейнеры</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Remove…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Remove the selected containers</source>
        <translation>Удалить выбранные контейнеры</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Clear selection</source>
        <translation>Снять выбор</translation>
    </message>
    <message>
        <location line="+65" />
        <source>Select none</source>
        <translation>Снять выбор</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Select every container shown</source>
        <translation>Выбрать все показанные контейнеры</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Name · image</source>
        <translation>Имя · образ</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Ports</source>
        <translation>Порты</translation>
    </message>
    <message>
        <location line="+9" />
        <source>CPU · memory</source>
        <translation>ЦП · память</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Not in a compose project</source>
        <translation>Вне проекта compose</translation>
    </message>
    <message>
        <location line="+79" />
        <source>Loading containers…</source>
        <translation>Загрузка контейнеров…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No containers yet. Press “Run…” to start one from an image.</source>
        <translation>Контейнеров пока нет. Нажмите «Запустить…», чтобы запустить контейнер из образа.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No container matches the search.</source>
        <translation>Ни один контейнер не подходит под поиск.</translation>
    </message>
    <message>
        <location line="+82" />
        <source>Remove stopped containers</source>
        <translation>Удаление остановленных контейнеров</translation>
    </message>
    <message>
        <location line="+1" />
        <source>These stopped containers will be removed, with the files they hold outside volumes:</source>
        <translation>Будут удалены эти остановленные контейнеры вместе с файлами вне томов:</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Remove a container</source>
        <translation>Удаление контейнера</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove the container %1? Its files outside volumes are deleted; a running one is stopped first.</source>
        <translation>Удалить контейнер %1? Его файлы вне томов будут стёрты; работающий контейнер сначала остановится.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Also remove its anonymous volumes</source>
        <translation>Удалить и его анонимные тома</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Remove containers</source>
        <translation>Удаление контейнеров</translation>
    </message>
    <message>
        <location line="+1" />
        <source>These containers will be removed; their files outside volumes are deleted, and running ones are stopped first:</source>
        <translation>Эти контейнеры будут удалены: их файлы вне томов стираются, а работающие сначала останавливаются:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Also remove their anonymous volumes</source>
        <translation>Удалить и их анонимные тома</translation>
    </message>
</context>
<context>
    <name>ContainerNetworks</name>
    <message>
        <location filename="../../qml/containers/ContainerNetworks.qml" line="+56" />
        <source>Disconnect</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Disconnect %1 from %2</source>
        <translation>Отключить %1 от %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Network to connect to</source>
        <translation>Сеть для подключения</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Connect</source>
        <translation>Подключить</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Connect %1 to the chosen network</source>
        <translation>Подключить %1 к выбранной сети</translation>
    </message>
</context>
<context>
    <name>ContainerRun</name>
    <message>
        <location filename="../../src/core/jobs/containerrun.cpp" line="+50" />
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The image %1 is not here and could not be pulled: %2</source>
        <translation>Образа %1 здесь нет, и скачать его не удалось: %2</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <location filename="../../src/app/notifications/desktopnotifier.cpp" line="+43" />
        <source>This desktop has no session bus (D-Bus), so Berth cannot show notifications.</source>
        <translation>У этого рабочего стола нет сеансовой шины (D-Bus), поэтому Berth не может показывать уведомления.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Container %1 stopped</source>
        <translation>Контейнер %1 остановился</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Container %1 is unhealthy</source>
        <translation>Контейнер %1 нездоров</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Container %1 keeps restarting</source>
        <translation>Контейнер %1 перезапускается снова и снова</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Finished.</source>
        <translation>Завершено.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Failed: %1</source>
        <translation>Не удалось: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message numerus="yes">
        <location line="+29" />
        <source>Berth: %n notification(s)</source>
        <translation><numerusform>Berth: %n уведомление</numerusform><numerusform>Berth: %n уведомления</numerusform><numerusform>Berth: %n уведомлений</numerusform></translation>
    </message>
    <message>
        <location line="+12" />
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The desktop's notification service did not answer (%1), so Berth cannot show notifications. A desktop with notifications (GNOME, KDE, Xfce, or dunst) shows them.</source>
        <translation>Служба уведомлений рабочего стола не ответила (%1), поэтому Berth не может показывать уведомления. Их покажет рабочий стол с уведомлениями (GNOME, KDE, Xfce или dunst).</translation>
    </message>
</context>
<context>
    <name>DiskActions</name>
    <message>
        <location filename="../../src/app/disk/diskactions.cpp" line="+118" />
        <source>Images</source>
        <translation>Образы</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Containers</source>
        <translation>Контейнеры</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Volumes</source>
        <translation>Тома</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Build cache</source>
        <translation>Кэш сборки</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>DiskPage</name>
    <message>
        <location filename="../../qml/disk/DiskPage.qml" line="+17" />
        <source>Disk use</source>
        <translation>Место на диске</translation>
    </message>
    <message>
        <location line="+11" />
        <source>What the engine keeps on disk, as docker system df counts it</source>
        <translation>Что движок хранит на диске, по подсчёту docker system df</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Count the disk use again</source>
        <translation>Подсчитать занятое место заново</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Could not read the disk use: %1</source>
        <translation>Не удалось узнать занятое место: %1</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>In use</source>
        <translation>Используется</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Reclaimable</source>
        <translation>Можно освободить</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Largest</source>
        <translation>Самые большие</translation>
    </message>
    <message>
        <location line="+24" />
        <source>None.</source>
        <translation>Нет.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The same docker command: %1</source>
        <translation>Та же команда docker: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Clean up…</source>
        <translation>Очистить…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Clean up %1</source>
        <translation>Очистить: %1</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Clean up: %1</source>
        <translation>Очистка: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>These are removed, and nothing else:</source>
        <translation>Будет удалено это, и ничего больше:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Their data goes with them. Back up what you need first.</source>
        <translation>Их данные удаляются вместе с ними. Сначала сохраните нужное.</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <location filename="../../src/core/model/displayformat.cpp" line="+53" />
        <source>Less than a second</source>
        <translation>меньше секунды</translation>
    </message>
    <message>
        <location line="+2" />
        <source>About a minute</source>
        <translation>около минуты</translation>
    </message>
    <message>
        <location line="+2" />
        <source>About an hour</source>
        <translation>около часа</translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>%n second(s)</source>
        <translation><numerusform>%n секунду</numerusform><numerusform>%n секунды</numerusform><numerusform>%n секунд</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n minute(s)</source>
        <translation><numerusform>%n минуту</numerusform><numerusform>%n минуты</numerusform><numerusform>%n минут</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n hour(s)</source>
        <translation><numerusform>%n час</numerusform><numerusform>%n часа</numerusform><numerusform>%n часов</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n day(s)</source>
        <translation><numerusform>%n день</numerusform><numerusform>%n дня</numerusform><numerusform>%n дней</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n week(s)</source>
        <translation><numerusform>%n неделю</numerusform><numerusform>%n недели</numerusform><numerusform>%n недель</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n month(s)</source>
        <translation><numerusform>%n месяц</numerusform><numerusform>%n месяца</numerusform><numerusform>%n месяцев</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n year(s)</source>
        <translation><numerusform>%n год</numerusform><numerusform>%n года</numerusform><numerusform>%n лет</numerusform></translation>
    </message>
    <message>
        <location line="+19" />
        <source>Up %1</source>
        <translation>Работает %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Up %1 (Paused)</source>
        <translation>Работает %1 (приостановлен)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Up %1 (healthy)</source>
        <translation>Работает %1 (здоров)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Up %1 (unhealthy)</source>
        <translation>Работает %1 (нездоров)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Up %1 (health: starting)</source>
        <translation>Работает %1 (проверка здоровья начинается)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Exited (%1) %2 ago</source>
        <translation>Завершён (%1) %2 назад</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Restarting (%1) %2 ago</source>
        <translation>Перезапускается (%1) %2 назад</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Removal In Progress</source>
        <translation>Удаляется</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dead</source>
        <translation>Мёртв</translation>
    </message>
</context>
<context>
    <name>DockerContexts</name>
    <message>
        <location filename="../../src/core/engine/dockercontexts.cpp" line="+96" />
        <source>Current DOCKER_HOST based configuration</source>
        <translation>Текущая настройка на основе DOCKER_HOST</translation>
    </message>
    <message>
        <location line="+50" />
        <source>"%1" cannot name a context: use letters, digits, '.', '_' and '-', starting with a letter or digit (and not "default").</source>
        <translation>«%1» не может быть именем контекста: используйте буквы, цифры, «.», «_» и «-», начиная с буквы или цифры (и не «default»).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>A context named %1 exists already (docker context rm %1 removes it).</source>
        <translation>Контекст %1 уже есть (удалить: docker context rm %1).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cannot write the context's TLS files in %1.</source>
        <translation>Не удаётся записать файлы TLS контекста в %1.</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+35" />
        <source>Cannot write %1.</source>
        <translation>Не удаётся записать %1.</translation>
    </message>
    <message>
        <location line="-27" />
        <source>The default context cannot be removed.</source>
        <translation>Контекст по умолчанию удалить нельзя.</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+16" />
        <source>There is no context named %1 (docker context ls lists them).</source>
        <translation>Контекста %1 нет (список покажет docker context ls).</translation>
    </message>
    <message>
        <location line="-14" />
        <source>%1 is the current context: choose another first (docker context use default), or force it.</source>
        <translation>%1 — текущий контекст: сначала выберите другой (docker context use default) или удалите принудительно.</translation>
    </message>
</context>
<context>
    <name>DockerCredentials</name>
    <message>
        <location filename="../../src/core/registry/dockercredentials.cpp" line="+48" />
        <source>Cannot read %1.</source>
        <translation>Не удаётся прочитать %1.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 is not valid JSON (%2); fix or move it first.</source>
        <translation>%1 — не правильный JSON (%2); сначала исправьте или уберите его.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Cannot make the folder of %1.</source>
        <translation>Не удаётся создать папку для %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+4" />
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <location line="+94" />
        <source>The credential helper name "%1" in %2 is not valid.</source>
        <translation>Имя помощника учётных данных «%1» в %2 недопустимо.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 is not installed, but %2 names it; install it or remove it from there.</source>
        <translation>%1 не установлен, но %2 его называет; установите его или уберите оттуда.</translation>
    </message>
    <message>
        <location line="+43" />
        <source>%1 did not start: %2</source>
        <translation>%1 не запустился: %2</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1 %2 wrote more than 1 MiB; it was stopped.</source>
        <translation>%1 %2 вывел больше 1 МиБ; он остановлен.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 %2 did not answer within %3 s (a locked key store waiting for a password?).</source>
        <translation>%1 %2 не ответил за %3 с (хранилище ключей заблокировано и ждёт пароль?).</translation>
    </message>
    <message>
        <location line="-35" />
        <source>%1 %2 failed: %3</source>
        <translation>%1 %2 не удалось: %3</translation>
    </message>
    <message>
        <location line="+84" />
        <source>The sign-in for %1 in %2 is not "user:password"; sign in again.</source>
        <translation>Вход для %1 в %2 — не «пользователь:пароль»; войдите снова.</translation>
    </message>
</context>
<context>
    <name>DockerIgnore</name>
    <message>
        <location filename="../../src/core/build/dockerignore.cpp" line="+111" />
        <source>A line of .dockerignore is only "!": an exception needs a pattern after it.</source>
        <translation>Строка .dockerignore состоит только из «!»: после исключения нужен шаблон.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The .dockerignore pattern "%1" is malformed (an unclosed [ or a \ at the end).</source>
        <translation>Шаблон .dockerignore «%1» записан неверно (незакрытая [ или \ в конце).</translation>
    </message>
</context>
<context>
    <name>EndpointResolver</name>
    <message>
        <location filename="../../src/core/engine/endpoint.cpp" line="+54" />
        <source>The host '%1' names no socket path.</source>
        <translation>В адресе «%1» не указан путь к сокету.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>'%1' (from %2) is not an engine address: write tcp://HOST:PORT or ssh://[USER@]HOST[:PORT][/path/to/docker.sock].</source>
        <translation>«%1» (из %2) — не адрес движка: пишите tcp://ХОСТ:ПОРТ или ssh://[ПОЛЬЗОВАТЕЛЬ@]ХОСТ[:ПОРТ][/путь/к/docker.sock].</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 holds a password. Berth never passes passwords to ssh: use a key (ssh-add) and write ssh://USER@HOST.</source>
        <translation>В %1 есть пароль. Berth никогда не передаёт пароли ssh: используйте ключ (ssh-add) и пишите ssh://ПОЛЬЗОВАТЕЛЬ@ХОСТ.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>%1 (from %2) is plain TCP without TLS: anyone who reaches that port is root on that machine. Give Berth the engine's TLS certificates (DOCKER_TLS_VERIFY=1 and DOCKER_CERT_PATH, or a docker context with them), or use ssh://. To connect without TLS anyway, set BERTH_PLAIN_TCP=1.</source>
        <translation>%1 (из %2) — простой TCP без TLS: любой, кто доберётся до этого порта, получает root на том компьютере. Дайте Berth сертификаты TLS движка (DOCKER_TLS_VERIFY=1 и DOCKER_CERT_PATH или контекст docker с ними) или используйте ssh://. Чтобы всё же подключиться без TLS, задайте BERTH_PLAIN_TCP=1.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 (from %2) uses %3://, which the docker CLI does not take either: write tcp://HOST:PORT.</source>
        <translation>%1 (из %2) использует %3://, который не принимает и docker CLI: пишите tcp://ХОСТ:ПОРТ.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>'%1' (from %2) is not an engine address. Write it as unix:///path/to/docker.sock, tcp://HOST:PORT or ssh://USER@HOST.</source>
        <translation>«%1» (из %2) — не адрес движка. Запишите его как unix:///путь/к/docker.sock, tcp://ХОСТ:ПОРТ или ssh://ПОЛЬЗОВАТЕЛЬ@ХОСТ.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The docker context '%1' is selected, but %2 cannot be read. Choose another with 'docker context use default'.</source>
        <translation>Выбран контекст docker «%1», но файл %2 не читается. Выберите другой: «docker context use default».</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The docker context '%1' has no docker endpoint.</source>
        <translation>У контекста docker «%1» нет адреса движка.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>context %1</source>
        <translation>контекст %1</translation>
    </message>
    <message>
        <location line="+44" />
        <location line="+14" />
        <source>default</source>
        <translation>по умолчанию</translation>
    </message>
    <message>
        <location line="-8" />
        <source>found at a well-known place</source>
        <translation>найден в обычном месте</translation>
    </message>
</context>
<context>
    <name>EngineClient</name>
    <message>
        <location filename="../../src/core/engine/engineclient.cpp" line="+146" />
        <source>No engine endpoint is set.</source>
        <translation>Адрес движка не задан.</translation>
    </message>
    <message>
        <location line="+61" />
        <source>%1 does not speak HTTP like an engine: %2</source>
        <translation>%1 отвечает не так, как движок по HTTP: %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 answered /_ping with HTTP %2 and no Api-Version header: it is not a Docker or Podman engine.</source>
        <translation>%1 ответил на /_ping кодом HTTP %2 без заголовка Api-Version: это не движок Docker или Podman.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The engine sent an unreadable API version '%1'.</source>
        <translation>Движок прислал непонятную версию API «%1».</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The engine speaks API %1, older than %2, the oldest Berth supports (Docker 19.03).</source>
        <translation>Движок говорит на API %1 — это старше %2, самой старой версии, которую поддерживает Berth (Docker 19.03).</translation>
    </message>
    <message>
        <location line="+39" />
        <source>The engine (version %1) accepts API %2 and newer only; this Berth speaks up to %3.</source>
        <translation>Движок (версия %1) принимает только API %2 и новее, а этот Berth говорит на версиях до %3.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>The engine did not answer within %1 s.</source>
        <translation>Движок не ответил за %1 с.</translation>
    </message>
</context>
<context>
    <name>EngineError</name>
    <message>
        <location filename="../../src/core/engine/apibase.h" line="+26" />
        <source>No %1 was given.</source>
        <translation>Не указано: %1.</translation>
    </message>
    <message>
        <location filename="../../src/core/engine/chunkeddecoder.cpp" line="+32" />
        <source>Chunk header line too long</source>
        <translation>Слишком длинная строка заголовка блока</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Missing CRLF after chunk data</source>
        <translation>После данных блока нет CRLF</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The chunked body's trailer is longer than %1 bytes</source>
        <translation>Завершающие заголовки блочного ответа длиннее %1 байт</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Bad chunk size '%1'</source>
        <translation>Неверный размер блока «%1»</translation>
    </message>
    <message>
        <location filename="../../src/core/engine/containersapi.cpp" line="+8" />
        <location filename="../../src/core/engine/execapi.cpp" line="+15" />
        <source>container id or name</source>
        <translation>идентификатор или имя контейнера</translation>
    </message>
    <message>
        <location line="+107" />
        <source>new name</source>
        <translation>новое имя</translation>
    </message>
    <message>
        <location filename="../../src/core/engine/engineerror.cpp" line="+27" />
        <source>HTTP status %1</source>
        <translation>HTTP-код %1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The engine is not running: there is no socket at %1.</source>
        <translation>Движок не запущен: сокета %1 нет.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Permission denied on the engine socket %1.</source>
        <translation>Нет доступа к сокету движка %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Nothing answers on the engine socket %1.</source>
        <translation>На сокете движка %1 никто не отвечает.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The engine closed the connection before it answered.</source>
        <translation>Движок закрыл соединение, не ответив.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Cannot talk to the engine at %1: %2</source>
        <translation>Не удаётся связаться с движком по адресу %1: %2</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Start the engine: 'sudo systemctl start docker' (Docker Engine), start Docker Desktop, or 'systemctl --user start podman.socket' (Podman). If it listens elsewhere, give its socket with --host unix:///path or DOCKER_HOST.</source>
        <translation>Запустите движок: «sudo systemctl start docker» (Docker Engine), запустите Docker Desktop или «systemctl --user start podman.socket» (Podman). Если он слушает другой сокет, укажите его через --host unix:///путь или DOCKER_HOST.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Your user may not use this socket. Add yourself to the docker group ('sudo usermod -aG docker $USER'), then log out and back in: group membership takes effect only in a new login.</source>
        <translation>Вашему пользователю нельзя обращаться к этому сокету. Добавьте себя в группу docker («sudo usermod -aG docker $USER»), затем выйдите из системы и войдите снова: членство в группе действует только с нового входа.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The socket is left over from an engine that stopped. Restart it: 'sudo systemctl restart docker'.</source>
        <translation>Сокет остался от остановленного движка. Перезапустите его: «sudo systemctl restart docker».</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The engine may have stopped or restarted; try again.</source>
        <translation>Возможно, движок остановился или перезапустился; попробуйте ещё раз.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Something answers on this socket, but it is not a Docker or Podman engine. Check the endpoint (--host, DOCKER_HOST or the docker context).</source>
        <translation>На этом сокете кто-то отвечает, но это не движок Docker или Podman. Проверьте адрес (--host, DOCKER_HOST или контекст docker).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The engine is newer than this Berth: update Berth. The engine needs no change.</source>
        <translation>Движок новее этого Berth: обновите Berth. Движок менять не нужно.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Update the engine: Berth needs Docker Engine 19.03 or newer, or Podman 3 or newer.</source>
        <translation>Обновите движок: Berth нужен Docker Engine 19.03 или новее либо Podman 3 или новее.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The answer was not valid HTTP; check that the endpoint is an engine.</source>
        <translation>Ответ — не корректный HTTP; проверьте, что по этому адресу движок.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The engine did not answer in time; it may be overloaded.</source>
        <translation>Движок не ответил вовремя; возможно, он перегружен.</translation>
    </message>
    <message>
        <location filename="../../src/core/engine/enginereply.cpp" line="+33" />
        <source>No answer from the engine within %1 s.</source>
        <translation>Движок не ответил за %1 с.</translation>
    </message>
    <message>
        <location line="+75" />
        <source>The upload source went away.</source>
        <translation>Источник отправляемых данных пропал.</translation>
    </message>
    <message>
        <location line="+117" />
        <source>The stream ended inside a multiplexed frame.</source>
        <translation>Поток оборвался посреди мультиплексированного кадра.</translation>
    </message>
    <message>
        <location line="+144" />
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location filename="../../src/core/engine/execapi.cpp" line="-6" />
        <source>exec id</source>
        <translation>идентификатор exec</translation>
    </message>
    <message>
        <location line="+8" />
        <source>command</source>
        <translation>команда</translation>
    </message>
    <message>
        <location filename="../../src/core/engine/httpresponseparser.cpp" line="+50" />
        <source>Not an HTTP response (status line '%1')</source>
        <translation>Это не HTTP-ответ (строка статуса «%1»)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Malformed HTTP status line</source>
        <translation>Неверная строка статуса HTTP</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Malformed HTTP status code '%1'</source>
        <translation>Неверный код статуса HTTP «%1»</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Malformed Content-Length '%1'</source>
        <translation>Неверный Content-Length «%1»</translation>
    </message>
    <message>
        <location line="+24" />
        <source>The engine's answer is larger than %1 MiB, more than Berth reads at once</source>
        <translation>Ответ движка больше %1 МиБ — столько Berth за раз не читает</translation>
    </message>
    <message>
        <location line="+63" />
        <source>HTTP header section longer than %1 bytes</source>
        <translation>Заголовки HTTP длиннее %1 байт</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Malformed HTTP header line '%1'</source>
        <translation>Неверная строка заголовка HTTP «%1»</translation>
    </message>
    <message>
        <location line="+30" />
        <source>The connection closed before any answer</source>
        <translation>Соединение закрылось до ответа</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+3" />
        <source>The connection closed inside the HTTP headers</source>
        <translation>Соединение закрылось посреди заголовков HTTP</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The connection closed in the middle of the engine's answer</source>
        <translation>Соединение закрылось посреди ответа движка</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The connection closed %1 bytes before the announced end of the body</source>
        <translation>Соединение закрылось за %1 байт до объявленного конца тела</translation>
    </message>
    <message>
        <location filename="../../src/core/engine/imagesapi.cpp" line="+11" />
        <source>image name or id</source>
        <translation>имя или идентификатор образа</translation>
    </message>
    <message>
        <location line="+81" />
        <source>search term</source>
        <translation>поисковый запрос</translation>
    </message>
    <message>
        <location line="+100" />
        <source>repository for the new tag</source>
        <translation>репозиторий для нового тега</translation>
    </message>
    <message>
        <location filename="../../src/core/engine/jsonlinesdecoder.cpp" line="+17" />
        <source>Malformed JSON in stream: %1</source>
        <translation>Неверный JSON в потоке: %1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>A JSON line in the stream is longer than %1 MiB</source>
        <translation>Строка JSON в потоке длиннее %1 МиБ</translation>
    </message>
    <message>
        <location filename="../../src/core/engine/multiplexeddecoder.cpp" line="+19" />
        <source>Malformed multiplexed stream header (is the container a TTY?)</source>
        <translation>Неверный заголовок мультиплексированного потока (может быть, у контейнера TTY?)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>A multiplexed frame of %1 bytes is longer than the %2 MiB allowed</source>
        <translation>Кадр мультиплексированного потока в %1 байт длиннее допустимых %2 МиБ</translation>
    </message>
    <message>
        <location filename="../../src/core/engine/networksapi.cpp" line="+179" />
        <source>The network %1 is in use by %2. Disconnect them from it (or remove them) first.</source>
        <translation>Сеть %1 используется контейнерами: %2. Сначала отключите их от неё (или удалите их).</translation>
    </message>
</context>
<context>
    <name>EngineSocket</name>
    <message>
        <location filename="../../src/core/engine/tlsconnection.cpp" line="+211" />
        <source>%1 holds no certificate authority.</source>
        <translation>В %1 нет сертификата удостоверяющего центра.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The engine's certificate authority (%1) is missing: Berth cannot tell the engine is the one you mean.</source>
        <translation>Нет сертификата удостоверяющего центра движка (%1): Berth не может убедиться, что движок — тот самый.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The client certificate %1 or its key %2 cannot be read as PEM.</source>
        <translation>Клиентский сертификат %1 или его ключ %2 не читаются как PEM.</translation>
    </message>
    <message>
        <location line="-90" />
        <source>its certificate is not signed by the authority Berth was given (%1)</source>
        <translation>его сертификат подписан не тем удостоверяющим центром, который дан Berth (%1)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>its certificate expired on %1</source>
        <translation>срок его сертификата истёк %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>its certificate is valid only from %1 (is this computer's clock right?)</source>
        <translation>его сертификат действует только с %1 (верны ли часы этого компьютера?)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>its certificate is for %1, not %2</source>
        <translation>его сертификат выдан для %1, а не для %2</translation>
    </message>
    <message>
        <location filename="../../src/core/engine/enginesocket.cpp" line="+189" />
        <source>Berth cannot trust the engine at %1: %2. Check its certificates (docker context inspect shows which), the address, and this computer's clock.</source>
        <translation>Berth не может доверять движку по адресу %1: %2. Проверьте его сертификаты (какие — покажет docker context inspect), адрес и часы этого компьютера.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Nothing listens on %1: is the engine started with -H tcp://…, and is the port right?</source>
        <translation>На %1 никто не слушает: запущен ли движок с -H tcp://… и верен ли порт?</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+169" />
        <source>The machine %1 is not known: check its name.</source>
        <translation>Компьютер %1 неизвестен: проверьте его имя.</translation>
    </message>
    <message>
        <location line="-167" />
        <source>%1 did not answer: the machine may be off, or a firewall in the way.</source>
        <translation>%1 не ответил: компьютер может быть выключен или мешает межсетевой экран.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 ended the TLS handshake: it may speak plain TCP, or want a client certificate Berth does not have (%2): %3</source>
        <translation>%1 прервал установку TLS: возможно, он говорит по простому TCP или требует клиентский сертификат, которого у Berth нет (%2): %3</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Cannot run %1: is OpenSSH's client installed (Debian: openssh-client)?</source>
        <translation>Не удаётся запустить %1: установлен ли клиент OpenSSH (Debian: openssh-client)?</translation>
    </message>
    <message>
        <location line="+98" />
        <source>ssh does not know %1's host key yet, so it cannot tell the machine is the right one. Check and accept it once in a terminal: ssh %2 true</source>
        <translation>ssh ещё не знает ключ хоста %1 и не может убедиться, что это нужный компьютер. Проверьте и примите его один раз в терминале: ssh %2 true</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1's host key is not the one ssh knows: the machine was reinstalled, or someone is in between. ssh's message says which line of known_hosts to check.</source>
        <translation>Ключ хоста %1 не тот, что знает ssh: компьютер переустановили или кто-то вклинился посередине. В сообщении ssh указано, какую строку known_hosts проверить.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>ssh could not sign in to %1 with your keys (%2). Add your key to the ssh agent (ssh-add) or name it in ~/.ssh/config, and put its public half into ~/.ssh/authorized_keys there. Berth never asks for a password.</source>
        <translation>ssh не смог войти в %1 с вашими ключами (%2). Добавьте ключ в агент ssh (ssh-add) или укажите его в ~/.ssh/config, а его открытую часть — в ~/.ssh/authorized_keys там. Berth никогда не спрашивает пароль.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 refused the ssh connection: is its ssh server running, on this port?</source>
        <translation>%1 отклонил подключение ssh: запущен ли там сервер ssh и на этом ли порту?</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 did not answer ssh: the machine may be off, or a firewall in the way.</source>
        <translation>%1 не ответил по ssh: компьютер может быть выключен или мешает межсетевой экран.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 has no docker command: Berth reaches the engine there through it (docker system dial-stdio). Install the docker CLI there (Debian: docker.io or docker-cli).</source>
        <translation>На %1 нет команды docker: через неё Berth добирается до движка там (docker system dial-stdio). Установите там docker CLI (Debian: docker.io или docker-cli).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>On %1 the user may not use the engine's socket: add them to the docker group there (sudo usermod -aG docker USER, then sign in again).</source>
        <translation>На %1 пользователю нельзя обращаться к сокету движка: добавьте его там в группу docker (sudo usermod -aG docker ПОЛЬЗОВАТЕЛЬ и войдите заново).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>On %1 no engine listens where docker looks (%2): start it there, or give its socket in the address (ssh://%1/path/to/docker.sock).</source>
        <translation>На %1 движок не слушает там, где его ищет docker (%2): запустите его там или укажите его сокет в адресе (ssh://%1/путь/к/docker.sock).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ssh to %1 ended (exit %2): %3</source>
        <translation>ssh к %1 завершился (код выхода %2): %3</translation>
    </message>
</context>
<context>
    <name>EngineSummary</name>
    <message>
        <location filename="../../qml/engines/EngineSummary.qml" line="+33" />
        <source>Connecting to the engine at %1…</source>
        <translation>Подключение к движку по адресу %1…</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Connected to %1</source>
        <translation>Подключено к %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Engine</source>
        <translation>Движок</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Engine: %1</source>
        <translation>Движок: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Version: %1</source>
        <translation>Версия: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>API version</source>
        <translation>Версия API</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 (the engine speaks up to %2)</source>
        <translation>%1 (движок поддерживает до %2)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>API version: %1</source>
        <translation>Версия API: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Operating system</source>
        <translation>Операционная система</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Operating system: %1</source>
        <translation>Операционная система: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Containers</source>
        <translation>Контейнеры</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n container(s)</source>
        <translation><numerusform>%n контейнер</numerusform><numerusform>%n контейнера</numerusform><numerusform>%n контейнеров</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n running</source>
        <translation><numerusform>%n работает</numerusform><numerusform>%n работают</numerusform><numerusform>%n работают</numerusform></translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+7" />
        <location line="+7" />
        <source>loading…</source>
        <translation>загрузка…</translation>
    </message>
    <message>
        <location line="-13" />
        <source>Containers: %1</source>
        <translation>Контейнеры: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Images</source>
        <translation>Образы</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n image(s)</source>
        <translation><numerusform>%n образ</numerusform><numerusform>%n образа</numerusform><numerusform>%n образов</numerusform></translation>
    </message>
    <message>
        <location line="+1" />
        <source>Images: %1</source>
        <translation>Образы: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Volumes</source>
        <translation>Тома</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n volume(s)</source>
        <translation><numerusform>%n том</numerusform><numerusform>%n тома</numerusform><numerusform>%n томов</numerusform></translation>
    </message>
    <message>
        <location line="+1" />
        <source>Volumes: %1</source>
        <translation>Тома: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Endpoint</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Endpoint: %1</source>
        <translation>Адрес: %1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Berth cannot reach the engine</source>
        <translation>Berth не может связаться с движком</translation>
    </message>
    <message>
        <location line="+21" />
        <source>What to do: %1</source>
        <translation>Что сделать: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Retry now</source>
        <translation>Повторить сейчас</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>Trying again in %n second(s)…</source>
        <translation><numerusform>Новая попытка через %n секунду…</numerusform><numerusform>Новая попытка через %n секунды…</numerusform><numerusform>Новая попытка через %n секунд…</numerusform></translation>
    </message>
</context>
<context>
    <name>Engines</name>
    <message>
        <location filename="../../src/app/engines.cpp" line="+18" />
        <location line="+115" />
        <source>added</source>
        <translation>добавлен</translation>
    </message>
    <message>
        <location line="-30" />
        <source>%1 · %2</source>
        <comment>engine switcher: product and version · where</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 %2 at %3</source>
        <translation>%1 %2 на %3</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 (context %2)</source>
        <translation>%1 (контекст %2)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Type the engine's address: a socket path such as /run/podman/podman.sock, unix:///path, ssh://USER@HOST or tcp://HOST:2376.</source>
        <translation>Введите адрес движка: путь к сокету, например /run/podman/podman.sock, unix:///путь, ssh://ПОЛЬЗОВАТЕЛЬ@ХОСТ или tcp://ХОСТ:2376.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 is on the list already.</source>
        <translation>%1 уже есть в списке.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Another engine is being tried; wait for it.</source>
        <translation>Сейчас проверяется другой движок; дождитесь окончания.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Added in Berth: %1</source>
        <translation>Добавлен в Berth: %1</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Nothing is at %1. Start the engine first, or check the path (docker context inspect shows where an engine listens).</source>
        <translation>По адресу %1 ничего нет. Сначала запустите движок или проверьте путь (docker context inspect показывает, где слушает движок).</translation>
    </message>
</context>
<context>
    <name>EnginesDialog</name>
    <message>
        <location filename="../../qml/engines/EnginesDialog.qml" line="+14" />
        <source>Engines</source>
        <translation>Движки</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Berth shows one engine at a time. Add another engine — a socket on this computer, ssh://user@host for another machine (your ssh keys are used; Berth never asks for a password), or tcp://host:2376 with TLS — to switch to it from the sidebar, or to move a container into it. Another machine is tried first, then saved as a docker context, so the docker command sees it too. Jobs under way go on after a switch.</source>
        <translation>Berth показывает один движок за раз. Добавьте другой — сокет на этом компьютере, ssh://пользователь@хост для другого компьютера (используются ваши ключи ssh; Berth никогда не спрашивает пароль) или tcp://хост:2376 с TLS, — чтобы переключаться на него в боковой панели или переносить в него контейнеры. Другой компьютер сначала проверяется, затем сохраняется как контекст docker, так что его видит и команда docker. Начатые задачи продолжаются и после переключения.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>added by you</source>
        <translation>добавлен вами</translation>
    </message>
    <message>
        <location line="+1" />
        <source>docker context %1</source>
        <translation>контекст docker %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>found at start (%1)</source>
        <translation>найден при запуске (%1)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Show the engine at %1</source>
        <translation>Показать движок на %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Remove from the list</source>
        <translation>Убрать из списка</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Remove %1 from the list</source>
        <translation>Убрать %1 из списка</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Address of the engine to add</source>
        <translation>Адрес добавляемого движка</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+37" />
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location line="-29" />
        <source>Trying the connection…</source>
        <translation>Проверяется подключение…</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Found on this computer:</source>
        <translation>Найдено на этом компьютере:</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Add %1</source>
        <translation>Добавить %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The same with docker, for learning:</source>
        <translation>То же через docker, для изучения:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Manual commands: %1</source>
        <translation>Команды вручную: %1</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../../qml/common/ErrorBanner.qml" line="+29" />
        <source>Failed: %1. %2</source>
        <translation>Не удалось: %1. %2</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Failed: %1</source>
        <translation>Не удалось: %1</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show the error log</source>
        <translation>Показать журнал ошибок</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Close the error message</source>
        <translation>Закрыть сообщение об ошибке</translation>
    </message>
</context>
<context>
    <name>ExecListing</name>
    <message>
        <location filename="../../src/core/files/execlisting.cpp" line="+94" />
        <location line="+67" />
        <source>it names more than %1 entries</source>
        <translation>в нём больше %1 записей</translation>
    </message>
    <message>
        <location line="-64" />
        <source>entry %1 is cut short or too long</source>
        <translation>запись %1 оборвана или слишком длинная</translation>
    </message>
    <message>
        <location line="+3" />
        <source>entry %1 has no proper header</source>
        <translation>у записи %1 неправильный заголовок</translation>
    </message>
    <message>
        <location line="+25" />
        <location line="+82" />
        <source>entry %1 has an unknown type</source>
        <translation>у записи %1 неизвестный тип</translation>
    </message>
    <message>
        <location line="-75" />
        <source>entry %1 has a number that is not one</source>
        <translation>в записи %1 вместо числа что-то другое</translation>
    </message>
    <message>
        <location line="+4" />
        <source>entry %1 has a number out of range</source>
        <translation>в записи %1 число вне допустимых пределов</translation>
    </message>
    <message>
        <location line="+4" />
        <source>entry %1 is not a name in one folder</source>
        <translation>запись %1 — не имя внутри одной папки</translation>
    </message>
    <message>
        <location line="+2" />
        <source>entry %1's link target does not fit its type</source>
        <translation>цель ссылки записи %1 не соответствует её типу</translation>
    </message>
    <message>
        <location line="+17" />
        <source>it does not say how many entries it names</source>
        <translation>в нём не сказано, сколько в нём записей</translation>
    </message>
    <message>
        <location line="+7" />
        <source>name %1 is cut short or not a name in one folder</source>
        <translation>имя %1 оборвано или не является именем внутри одной папки</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the state of entry %1 is cut short or too long</source>
        <translation>состояние записи %1 оборвано или слишком длинное</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the state of entry %1 has a number that is not one</source>
        <translation>в состоянии записи %1 вместо числа что-то другое</translation>
    </message>
    <message>
        <location line="+27" />
        <source>the state of entry %1 has a number out of range</source>
        <translation>в состоянии записи %1 число вне допустимых пределов</translation>
    </message>
    <message>
        <location line="+10" />
        <source>the link target of entry %1 is cut short or too long</source>
        <translation>цель ссылки записи %1 оборвана или слишком длинная</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the link target of entry %1 does not fit its type</source>
        <translation>цель ссылки записи %1 не соответствует её типу</translation>
    </message>
    <message>
        <location line="+5" />
        <source>it says more than it lists</source>
        <translation>в нём сказано больше, чем перечислено</translation>
    </message>
    <message>
        <location line="+28" />
        <source>it is longer than %1 bytes</source>
        <translation>он длиннее %1 байт</translation>
    </message>
</context>
<context>
    <name>ExplanationPanel</name>
    <message>
        <location filename="../../qml/common/ExplanationPanel.qml" line="+37" />
        <source>Learn more</source>
        <translation>Подробнее</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Learn more about this</source>
        <translation>Подробнее об этом</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Hide explanations</source>
        <translation>Скрыть пояснения</translation>
    </message>
</context>
<context>
    <name>ExportForm</name>
    <message>
        <location filename="../../src/app/migration/exportform.cpp" line="+39" />
        <source>anonymous</source>
        <translation>анонимный</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Give the folder for the bundle.</source>
        <translation>Укажите папку для пакета.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give the folder as a full path, starting with /.</source>
        <translation>Укажите папку полным путём, начиная с /.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is not an empty folder. Choose a new folder for the bundle; Berth does not mix it with other files.</source>
        <translation>%1 — не пустая папка. Выберите для пакета новую папку: Berth не смешивает его с другими файлами.</translation>
    </message>
    <message>
        <location line="+81" />
        <source>There is no container to move.</source>
        <translation>Нет контейнера для переноса.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Choose the engine to move it into, or type its socket.</source>
        <translation>Выберите движок, в который перенести, или введите его сокет.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tick each of its powers over its machine to move it with them.</source>
        <translation>Отметьте каждое из его полномочий над компьютером, чтобы перенести его с ними.</translation>
    </message>
</context>
<context>
    <name>FileBrowser</name>
    <message>
        <location filename="../../src/app/files/filebrowser.cpp" line="+342" />
        <source>Reading… %1 read</source>
        <translation>Чтение… прочитано %1</translation>
    </message>
    <message numerus="yes">
        <location line="+12" />
        <source>%n item(s)</source>
        <translation><numerusform>%n элемент</numerusform><numerusform>%n элемента</numerusform><numerusform>%n элементов</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%1 of %n item(s)</source>
        <translation><numerusform>%1 из %n элемента</numerusform><numerusform>%1 из %n элементов</numerusform><numerusform>%1 из %n элементов</numerusform></translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+168" />
        <location line="+226" />
        <source>This name is not UTF-8, so Berth cannot ask the engine for it by name: rename it in a terminal, or copy its folder with berthctl cp.</source>
        <translation>Это имя не в UTF-8, поэтому Berth не может запросить его у движка по имени: переименуйте его в терминале или скопируйте его папку через berthctl cp.</translation>
    </message>
    <message>
        <location line="-383" />
        <source>Not connected to an engine.</source>
        <translation>Нет подключения к движку.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>%1 is not there (any more): go up, or read the folder again.</source>
        <translation>%1 нет (больше нет): поднимитесь выше или прочитайте папку заново.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The container %1 no longer exists.</source>
        <translation>Контейнера %1 больше нет.</translation>
    </message>
    <message>
        <location line="-78" />
        <location line="+240" />
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 is not there (any more).</source>
        <translation>%1 нет (больше нет).</translation>
    </message>
    <message>
        <location line="+270" />
        <source>Not text: the first %1 of %2, in hex</source>
        <translation>Не текст: первые %1 из %2, в шестнадцатеричном виде</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1, all of it</source>
        <translation>%1, целиком</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The first %1 of %2</source>
        <translation>Первые %1 из %2</translation>
    </message>
    <message>
        <location line="-247" />
        <source>A folder: open it to see what it holds.</source>
        <translation>Папка: откройте её, чтобы увидеть, что в ней.</translation>
    </message>
    <message>
        <location line="-268" />
        <source>Reading past %1 (%2 of %3)…</source>
        <translation>Пропуск содержимого %1 (%2 из %3)…</translation>
    </message>
    <message numerus="yes">
        <location line="+14" />
        <source>%n item(s) read, stopped before the end: read the folder again to see all of it.</source>
        <translation><numerusform>Прочитан %n элемент, чтение остановлено до конца: прочитайте папку снова, чтобы увидеть её целиком.</numerusform><numerusform>Прочитано %n элемента, чтение остановлено до конца: прочитайте папку снова, чтобы увидеть её целиком.</numerusform><numerusform>Прочитано %n элементов, чтение остановлено до конца: прочитайте папку снова, чтобы увидеть её целиком.</numerusform></translation>
    </message>
    <message>
        <location line="+249" />
        <source>%1. Not UTF-8: read as %2, a guess; pick another encoding if it looks wrong.</source>
        <translation>%1. Не UTF-8: прочитано как %2 (это догадка); выберите другую кодировку, если текст выглядит неверно.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>A link to %1</source>
        <translation>Ссылка на %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A device, pipe or socket: it has no content to show.</source>
        <translation>Устройство, канал или сокет: показывать нечего.</translation>
    </message>
    <message>
        <location line="+101" />
        <source>Deleting, renaming and making folders need a program running beside the files: do it in the Files of a running container that uses this volume. Copying files in works here.</source>
        <translation>Для удаления, переименования и создания папок рядом с файлами должна работать программа: делайте это во «Файлах» запущенного контейнера, который использует этот том. Копировать файлы сюда можно.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Deleting, renaming and making folders run the container's own tools: start it first.</source>
        <translation>Удаление, переименование и создание папок выполняются инструментами самого контейнера: сначала запустите его.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Give a name.</source>
        <translation>Укажите имя.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A name cannot be . or .. or hold a /.</source>
        <translation>Имя не может быть . или .. и не может содержать /.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 exists already here.</source>
        <translation>%1 здесь уже есть.</translation>
    </message>
    <message>
        <location line="+85" />
        <source>The container has no %1 program to do this with.</source>
        <translation>В контейнере нет программы %1, чтобы это сделать.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 ended with exit code %2.</source>
        <translation>%1 завершилась с кодом %2.</translation>
    </message>
</context>
<context>
    <name>FileCopyJob</name>
    <message>
        <location filename="../../src/core/jobs/filecopyjob.cpp" line="+65" />
        <source>Too many symbolic links in %1.</source>
        <translation>Слишком много символических ссылок в %1.</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+12" />
        <location line="+43" />
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <location line="-38" />
        <location line="+189" />
        <source>The folder %1 does not exist.</source>
        <translation>Папки %1 нет.</translation>
    </message>
    <message>
        <location line="-173" />
        <location line="+10" />
        <location line="+11" />
        <source>%1 does not exist.</source>
        <translation>%1 не существует.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Copy %1 from %2</source>
        <translation>Копировать %1 из %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy %1 to %2</source>
        <translation>Копировать %1 в %2</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Starting</source>
        <translation>Начинаем</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Neither the source nor the destination can be empty.</source>
        <translation>Ни источник, ни место назначения не могут быть пустыми.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Nothing to read or write the tar with.</source>
        <translation>Нечем читать или писать tar.</translation>
    </message>
    <message>
        <location line="+96" />
        <source>%1 must be a folder or a regular file.</source>
        <translation>%1 должен быть папкой или обычным файлом.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Reading %1</source>
        <translation>Чтение %1</translation>
    </message>
    <message>
        <location line="+16" />
        <location line="+128" />
        <source>Cannot copy a folder onto the file %1.</source>
        <translation>Нельзя скопировать папку поверх файла %1.</translation>
    </message>
    <message>
        <location line="-124" />
        <location line="+128" />
        <source>The folder %1 does not exist (a file cannot become a folder).</source>
        <translation>Папки %1 нет (файл не может стать папкой).</translation>
    </message>
    <message>
        <location line="-115" />
        <source>Cannot write the tar: %1</source>
        <translation>Не удаётся записать tar: %1</translation>
    </message>
    <message>
        <location line="+89" />
        <source>The destination %1 must be a folder or a regular file.</source>
        <translation>Место назначения %1 должно быть папкой или обычным файлом.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The destination %1 must be a folder.</source>
        <translation>Место назначения %1 должно быть папкой.</translation>
    </message>
    <message numerus="yes">
        <location line="+31" />
        <source>%n socket(s) left out, as docker cp leaves them out.</source>
        <translation><numerusform>%n сокет пропущен, как их пропускает docker cp.</numerusform><numerusform>%n сокета пропущено, как их пропускает docker cp.</numerusform><numerusform>%n сокетов пропущено, как их пропускает docker cp.</numerusform></translation>
    </message>
    <message>
        <location line="+13" />
        <source>Writing to %1</source>
        <translation>Запись в %1</translation>
    </message>
    <message>
        <location line="+34" />
        <source>There is no %1 in the volume %2.</source>
        <translation>В томе %2 нет %1.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Cannot write to %1: the container's root file system is read-only (--read-only); nothing was copied. Copy into a volume or tmpfs it mounts instead. (The engine: %2)</source>
        <translation>Нельзя записать в %1: корневая файловая система контейнера только для чтения (--read-only); ничего не скопировано. Копируйте в том или tmpfs, который он подключает. (Движок: %2)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cannot write to %1: the container mounts %2 read-only; nothing was copied. (The engine: %3)</source>
        <translation>Нельзя записать в %1: контейнер подключает %2 только для чтения; ничего не скопировано. (Движок: %3)</translation>
    </message>
</context>
<context>
    <name>FileDownloadJob</name>
    <message>
        <location filename="../../src/core/files/filedownloadjob.cpp" line="+25" />
        <source>Download %1</source>
        <translation>Скачать %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Download %1 as an archive</source>
        <translation>Скачать %1 архивом</translation>
    </message>
    <message>
        <location line="+49" />
        <source>%1 is a folder: download it as an archive.</source>
        <translation>%1 — папка: скачайте её архивом.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is a link to %2: download what it points to.</source>
        <translation>%1 — ссылка на %2: скачайте то, на что она указывает.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 is a device, pipe or socket: it has no content to download.</source>
        <translation>%1 — устройство, канал или сокет: скачивать нечего.</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+10" />
        <source>Downloading</source>
        <translation>Скачивание</translation>
    </message>
    <message>
        <location line="-4" />
        <location line="+53" />
        <location line="+51" />
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <location line="-77" />
        <source>%1 exists already: choose another name, or agree to replace it.</source>
        <translation>%1 уже есть: выберите другое имя или согласитесь заменить его.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 exists (another download into the same name?): remove it or choose another name.</source>
        <translation>%1 уже есть (другое скачивание под тем же именем?): удалите его или выберите другое имя.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>The engine sent nothing for %1.</source>
        <translation>Движок ничего не прислал для %1.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Reading and compressing</source>
        <translation>Чтение и сжатие</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Cannot name the download %1 (does it exist now?). It was not kept.</source>
        <translation>Не удаётся назвать скачанное %1 (оно уже есть?). Оно не сохранено.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Saved as %1</source>
        <translation>Сохранено как %1</translation>
    </message>
</context>
<context>
    <name>FileHead</name>
    <message>
        <location filename="../../src/core/files/filehead.cpp" line="+80" />
        <source>The engine sent nothing for %1.</source>
        <translation>Движок ничего не прислал для %1.</translation>
    </message>
</context>
<context>
    <name>FileRoot</name>
    <message>
        <location filename="../../src/core/files/fileroot.cpp" line="+37" />
        <source>The engine is gone.</source>
        <translation>Движка больше нет.</translation>
    </message>
</context>
<context>
    <name>FilesView</name>
    <message>
        <location filename="../../qml/files/FilesView.qml" line="+94" />
        <source>Up one folder (Backspace)</source>
        <translation>На папку выше (Backspace)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Up one folder</source>
        <translation>На папку выше</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Open %1</source>
        <translation>Открыть %1</translation>
    </message>
    <message>
        <location line="+59" />
        <source>Download this folder, as files or as a .tar.gz</source>
        <translation>Скачать эту папку — файлами или как .tar.gz</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Download this folder</source>
        <translation>Скачать эту папку</translation>
    </message>
    <message>
        <location line="+15" />
        <source>As files…</source>
        <translation>Файлами…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>As a .tar.gz…</source>
        <translation>Как .tar.gz…</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Filter by name</source>
        <translation>Фильтр по имени</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Filter the files by name</source>
        <translation>Отфильтровать файлы по имени</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Hidden files</source>
        <translation>Скрытые файлы</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Show hidden files</source>
        <translation>Показывать скрытые файлы</translation>
    </message>
    <message>
        <location line="-19" />
        <location line="+1" />
        <source>Read the folder again</source>
        <translation>Прочитать папку заново</translation>
    </message>
    <message>
        <location line="-158" />
        <location line="+705" />
        <source>Copying into %1: the Jobs page shows how far it is.</source>
        <translation>Копируется в %1: ход виден на странице «Задачи».</translation>
    </message>
    <message>
        <location line="-626" />
        <location line="+1" />
        <source>Make a folder here</source>
        <translation>Создать папку здесь</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Copy files or a folder of this computer here (or drop them on the list)</source>
        <translation>Скопировать сюда файлы или папку с этого компьютера (или перетащите их на список)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy files or a folder of this computer here</source>
        <translation>Скопировать сюда файлы или папку с этого компьютера</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Files…</source>
        <translation>Файлы…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A folder…</source>
        <translation>Папку…</translation>
    </message>
    <message>
        <location line="+91" />
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Stop reading this folder: the rows read so far stay</source>
        <translation>Остановить чтение папки: уже прочитанные строки останутся</translation>
    </message>
    <message>
        <location line="+22" />
        <location line="+438" />
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="-431" />
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Modified</source>
        <translation>Изменён</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Mode</source>
        <translation>Права</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Folder %1</source>
        <translation>Папка %1</translation>
    </message>
    <message>
        <location line="+86" />
        <source>No file matches the filter.</source>
        <translation>Ни один файл не подходит под фильтр.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This folder is empty.</source>
        <translation>Эта папка пуста.</translation>
    </message>
    <message>
        <location line="+29" />
        <location line="+163" />
        <source>Download…</source>
        <translation>Скачать…</translation>
    </message>
    <message>
        <location line="-161" />
        <source>Download %1</source>
        <translation>Скачать %1</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+1" />
        <location line="+180" />
        <source>Copy the path</source>
        <translation>Скопировать путь</translation>
    </message>
    <message>
        <location line="-175" />
        <source>Close the preview</source>
        <translation>Закрыть просмотр</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Encoding:</source>
        <translation>Кодировка:</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The file's encoding</source>
        <translation>Кодировка файла</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The file's content</source>
        <translation>Содержимое файла</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Load more</source>
        <translation>Загрузить ещё</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Load more of the file</source>
        <translation>Загрузить ещё часть файла</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Save %1 as an archive</source>
        <translation>Сохранить %1 архивом</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Save %1</source>
        <translation>Сохранить %1</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+13" />
        <location line="+10" />
        <location line="+13" />
        <source>Downloading %1: the Jobs page shows how far it is.</source>
        <translation>Скачивается %1: ход виден на странице «Задачи».</translation>
    </message>
    <message>
        <location line="-28" />
        <source>Replace a file</source>
        <translation>Заменить файл</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This file exists already. Replace it with the download?</source>
        <translation>Этот файл уже есть. Заменить его скачанным?</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Download %1 into a folder</source>
        <translation>Скачать %1 в папку</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Copy into a folder that exists</source>
        <translation>Копировать в существующую папку</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This folder exists already. Copy into it? Files of the same name in it are replaced; the rest stays.</source>
        <translation>Такая папка уже есть. Копировать в неё? Файлы с теми же именами будут заменены, остальное останется.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Download as a .tar.gz…</source>
        <translation>Скачать как .tar.gz…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Rename…  (F2)</source>
        <translation>Переименовать…  (F2)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Delete…  (Delete)</source>
        <translation>Удалить…  (Delete)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Delete from the container</source>
        <translation>Удалить из контейнера</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This will be deleted, a folder with everything in it:</source>
        <translation>Будет удалено (папка — со всем содержимым):</translation>
    </message>
    <message>
        <location line="+2" />
        <source>It cannot be brought back, unless the image or a volume backup still has it.</source>
        <translation>Вернуть это нельзя, если только оно не осталось в образе или в резервной копии тома.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Rename %1</source>
        <translation>Переименовать %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Make a folder in %1</source>
        <translation>Создать папку в %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Copy files into %1</source>
        <translation>Скопировать файлы в %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Copy a folder into %1</source>
        <translation>Скопировать папку в %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Replace what is there</source>
        <translation>Заменить то, что там есть</translation>
    </message>
    <message>
        <location line="+1" />
        <source>These names are taken in %1. What you copy replaces a file, and goes into a folder:</source>
        <translation>Эти имена в %1 уже заняты. Копируемое заменит файл, а в папку попадёт внутрь:</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../../qml/engines/FirstRunPage.qml" line="+30" />
        <source>Commands: %1</source>
        <translation>Команды: %1</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Berth needs a container engine</source>
        <translation>Berth нужен движок контейнеров</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Berth shows and manages what a Docker Engine (or Podman) runs, but none answers at %1.</source>
        <translation>Berth показывает то, что запускает Docker Engine (или Podman), и управляет этим, но по адресу %1 никто не отвечает.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>What to do on this computer:</source>
        <translation>Что сделать на этом компьютере:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Docker is not installed (Debian, Ubuntu):</source>
        <translation>Docker не установлен (Debian, Ubuntu):</translation>
    </message>
    <message>
        <location line="+4" />
        <source>It is installed but not running:</source>
        <translation>Он установлен, но не запущен:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The second line starts it at every boot.</source>
        <translation>Вторая строка запускает его при каждой загрузке.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>It runs, but your user may not use it (permission denied):</source>
        <translation>Он работает, но вашему пользователю нельзя к нему обращаться (permission denied):</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Then log out and back in: a new group takes effect only in a new login. Members of the docker group can control the whole computer through it.</source>
        <translation>Затем выйдите из системы и войдите снова: новая группа действует только в новом сеансе. Члены группы docker через неё могут управлять всем компьютером.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Or Podman, which runs without a daemon as your own user:</source>
        <translation>Или Podman, который работает без демона от имени вашего пользователя:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Install Docker Desktop (docker.com) or Podman Desktop (podman-desktop.io) and start it; Berth finds its socket by itself.</source>
        <translation>Установите Docker Desktop (docker.com) или Podman Desktop (podman-desktop.io) и запустите его; Berth сам найдёт его сокет.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Try again now</source>
        <translation>Попробовать сейчас</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>Berth tries again by itself in %n second(s).</source>
        <translation><numerusform>Berth сам попробует снова через %n секунду.</numerusform><numerusform>Berth сам попробует снова через %n секунды.</numerusform><numerusform>Berth сам попробует снова через %n секунд.</numerusform></translation>
    </message>
    <message>
        <location line="+9" />
        <source>Use another engine…</source>
        <translation>Выбрать другой движок…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Learn about Docker meanwhile</source>
        <translation>Пока почитать о Docker</translation>
    </message>
</context>
<context>
    <name>FolderListing</name>
    <message>
        <location filename="../../src/core/files/folderlisting.cpp" line="+244" />
        <source>The engine's list of %1 is damaged: %2.</source>
        <translation>Список %1 от движка повреждён: %2.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The engine's list of %1 ended early: %2.</source>
        <translation>Список %1 от движка оборвался: %2.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The engine's list of %1 names %2, which is outside it: the list is not shown.</source>
        <translation>В списке %1 от движка есть %2 — за её пределами: список не показан.</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../../src/app/format.cpp" line="+16" />
        <source>B</source>
        <translation>Б</translation>
    </message>
    <message>
        <location line="+1" />
        <source>kB</source>
        <translation>кБ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>MB</source>
        <translation>МБ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>GB</source>
        <translation>ГБ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>TB</source>
        <translation>ТБ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PB</source>
        <translation>ПБ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>EB</source>
        <translation>ЭБ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>KiB</source>
        <translation>КиБ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>MiB</source>
        <translation>МиБ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>GiB</source>
        <translation>ГиБ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>TiB</source>
        <translation>ТиБ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PiB</source>
        <translation>ПиБ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>EiB</source>
        <translation>ЭиБ</translation>
    </message>
    <message>
        <location line="+49" />
        <source>unknown size</source>
        <translation>размер неизвестен</translation>
    </message>
    <message>
        <location line="+14" />
        <location line="+1" />
        <source>created</source>
        <translation>создан</translation>
    </message>
    <message>
        <location line="+1" />
        <source>running</source>
        <translation>работает</translation>
    </message>
    <message>
        <location line="+0" />
        <source>paused</source>
        <translation>приостановлен</translation>
    </message>
    <message>
        <location line="+1" />
        <source>restarting</source>
        <translation>перезапускается</translation>
    </message>
    <message>
        <location line="+1" />
        <source>removing</source>
        <translation>удаляется</translation>
    </message>
    <message>
        <location line="+1" />
        <source>exited</source>
        <translation>остановлен</translation>
    </message>
    <message>
        <location line="+1" />
        <source>dead</source>
        <translation>мёртв</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1(%2)</source>
        <extracomment>a compose project's containers in one state and how many: running(2), as docker compose ls</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>unknown age</source>
        <translation>возраст неизвестен</translation>
    </message>
    <message>
        <location line="+3" />
        <source>just now</source>
        <translation>только что</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n minute(s) ago</source>
        <translation><numerusform>%n минуту назад</numerusform><numerusform>%n минуты назад</numerusform><numerusform>%n минут назад</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n hour(s) ago</source>
        <translation><numerusform>%n час назад</numerusform><numerusform>%n часа назад</numerusform><numerusform>%n часов назад</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n day(s) ago</source>
        <translation><numerusform>%n день назад</numerusform><numerusform>%n дня назад</numerusform><numerusform>%n дней назад</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n month(s) ago</source>
        <translation><numerusform>%n месяц назад</numerusform><numerusform>%n месяца назад</numerusform><numerusform>%n месяцев назад</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n year(s) ago</source>
        <translation><numerusform>%n год назад</numerusform><numerusform>%n года назад</numerusform><numerusform>%n лет назад</numerusform></translation>
    </message>
</context>
<context>
    <name>GunzipDevice</name>
    <message>
        <location filename="../../src/core/archive/gunzipdevice.cpp" line="+137" />
        <location line="+131" />
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <location line="-54" />
        <location line="+69" />
        <source>%1 ends in the middle of its data (truncated?).</source>
        <translation>%1 обрывается посреди данных (обрезан?).</translation>
    </message>
    <message>
        <location line="-58" />
        <source>%1 is damaged: a block claims %2 bytes</source>
        <translation>%1 повреждён: блок заявляет %2 байт</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1 is damaged: a block does not decompress to what its checksum says</source>
        <translation>%1 повреждён: блок распаковывается не в то, что говорит его контрольная сумма</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The decompressor could not start.</source>
        <translation>Распаковщик не запустился.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>%1 is damaged: %2</source>
        <translation>%1 повреждён: %2</translation>
    </message>
</context>
<context>
    <name>GzipSink</name>
    <message>
        <location filename="../../src/core/archive/gzipsink.cpp" line="+71" />
        <location line="+67" />
        <location line="+24" />
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <location line="-37" />
        <source>The compressor failed (out of memory?).</source>
        <translation>Сжатие не удалось (не хватило памяти?).</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../qml/history/HistoryPage.qml" line="+13" />
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location line="+7" />
        <source>What you did, as docker commands you can type yourself</source>
        <translation>Что вы делали — в виде команд docker, которые можно набрать самому</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Clear the history</source>
        <translation>Очистить историю</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Command history</source>
        <translation>История команд</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Under way</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Nothing yet. Every action you take appears here as its docker command.</source>
        <translation>Пока пусто. Каждое ваше действие появится здесь как команда docker.</translation>
    </message>
</context>
<context>
    <name>HostPorts</name>
    <message>
        <location filename="../../src/core/jobs/hostports.cpp" line="+128" />
        <source>Host port %1 (%2) is taken here by the container %3.</source>
        <translation>Порт хоста %1 (%2) здесь занят контейнером %3.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Host port %1 (%2) is taken here by another program.</source>
        <translation>Порт хоста %1 (%2) здесь занят другой программой.</translation>
    </message>
</context>
<context>
    <name>HostTarDevice</name>
    <message>
        <location filename="../../src/core/files/hosttardevice.cpp" line="+120" />
        <location line="+34" />
        <location line="+9" />
        <location line="+30" />
        <location line="+128" />
        <location line="+24" />
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <location line="-204" />
        <source>%1 is not a folder.</source>
        <translation>%1 — не папка.</translation>
    </message>
    <message>
        <location line="+181" />
        <source>%1 became shorter while it was copied; nothing more was sent.</source>
        <translation>%1 стал короче во время копирования; больше ничего не отправлено.</translation>
    </message>
</context>
<context>
    <name>ImageActions</name>
    <message>
        <location filename="../../src/app/images/imageactions.cpp" line="+24" />
        <source>Write the image to pull, such as nginx or nginx:1.25.</source>
        <translation>Укажите образ для скачивания, например nginx или nginx:1.25.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Only a tagged image can be pushed: tag it for a registry first (Tag…), such as registry.example.com/team/app:1.</source>
        <translation>Отправить можно только образ с тегом: сначала дайте ему имя в реестре (Тег…), например registry.example.com/team/app:1.</translation>
    </message>
</context>
<context>
    <name>ImageIdentity</name>
    <message numerus="yes">
        <location filename="../../src/core/model/imageidentity.cpp" line="+60" />
        <source>%n layer(s), the top one %1</source>
        <translation><numerusform>%n слой, верхний — %1</numerusform><numerusform>%n слоя, верхний — %1</numerusform><numerusform>%n слоёв, верхний — %1</numerusform></translation>
    </message>
    <message>
        <location line="+8" />
        <source>the layers (%1 against %2)</source>
        <translation>слоях (%1 против %2)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the platform (%1/%2 against %3/%4)</source>
        <translation>платформе (%1/%2 против %3/%4)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the configuration (%1)</source>
        <translation>настройках (%1)</translation>
    </message>
</context>
<context>
    <name>ImageListPage</name>
    <message>
        <location filename="../../qml/images/ImageListPage.qml" line="+57" />
        <location line="+175" />
        <source>Images</source>
        <translation>Образы</translation>
    </message>
    <message>
        <location line="-154" />
        <source>Search by name, tag or id (Ctrl+F)</source>
        <translation>Поиск: имя, тег, id (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Search images</source>
        <translation>Поиск образов</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Image to pull, e.g. nginx:1.25</source>
        <translation>Скачать образ, напр. nginx:1.25</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Image to pull</source>
        <translation>Образ для скачивания</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Pull</source>
        <translation>Скачать</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Pull the image</source>
        <translation>Скачать образ</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Build…</source>
        <translation>Собрать…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Build an image from a folder with a Dockerfile</source>
        <translation>Собрать образ из папки с Dockerfile</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Prune…</source>
        <translation>Очистить…</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+399" />
        <source>Remove unused images</source>
        <translation>Удалить неиспользуемые образы</translation>
    </message>
    <message>
        <location line="-395" />
        <source>all unused, not only untagged</source>
        <translation>все неиспользуемые</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Prune all unused images, not only untagged ones</source>
        <translation>Удалить все неиспользуемые образы, не только без тегов</translation>
    </message>
    <message>
        <location line="+10" />
        <source>What is an image?</source>
        <translation>Что такое образ?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>An image is a read-only template of files and settings that containers are made from. Images come from a registry such as Docker Hub (docker pull), or are built from a Dockerfile (docker build). One image can run as many containers.</source>
        <translation>Образ — это неизменяемый шаблон из файлов и настроек, из которого создаются контейнеры. Образы скачивают из реестра, например Docker Hub (docker pull), или собирают по Dockerfile (docker build). Из одного образа можно запустить сколько угодно контейнеров.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Repository:tag</source>
        <translation>Репозиторий:тег</translation>
    </message>
    <message>
        <location line="+12" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Used by</source>
        <translation>Используется</translation>
    </message>
    <message>
        <location line="+79" />
        <source>Image %1, %2</source>
        <translation>Образ %1, %2</translation>
    </message>
    <message numerus="yes">
        <location line="+36" />
        <source>%n container(s)</source>
        <translation><numerusform>%n контейнер</numerusform><numerusform>%n контейнера</numerusform><numerusform>%n контейнеров</numerusform></translation>
    </message>
    <message>
        <location line="+0" />
        <source>not used</source>
        <translation>не используется</translation>
    </message>
    <message>
        <location line="+30" />
        <source>More actions for %1</source>
        <translation>Другие действия с %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>More actions</source>
        <translation>Другие действия</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Remove…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location line="-20" />
        <source>Tag…</source>
        <translation>Тег…</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Push…</source>
        <translation>Отправить…</translation>
    </message>
    <message>
        <location line="-34" />
        <source>Run…</source>
        <translation>Запустить…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Run a container from %1</source>
        <translation>Запустить контейнер из %1</translation>
    </message>
    <message>
        <location line="+55" />
        <source>Loading images…</source>
        <translation>Загрузка образов…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No images. Pull one, or import a tar file.</source>
        <translation>Образов нет. Скачайте образ или импортируйте tar-файл.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No image matches the search.</source>
        <translation>Ни один образ не подходит под поиск.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Tag an image</source>
        <translation>Тег для образа</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+69" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="-65" />
        <source>New name for %1, such as my/app:v1</source>
        <translation>Новое имя для %1, например my/app:v1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>New name</source>
        <translation>Новое имя</translation>
    </message>
    <message>
        <location line="+12" />
        <source>For %1</source>
        <translation>Для %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>A name in %1</source>
        <translation>Имя в %1</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+56" />
        <source>The same docker command: %1</source>
        <translation>Та же команда docker: %1</translation>
    </message>
    <message>
        <location line="-35" />
        <source>Push an image</source>
        <translation>Отправка образа</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Push</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The name says where it goes: the registry before the first /, Docker Hub when there is none.</source>
        <translation>Имя говорит, куда он пойдёт: реестр до первой /, Docker Hub, если его нет.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Name to push</source>
        <translation>Имя для отправки</translation>
    </message>
    <message>
        <location line="+17" />
        <source>These images no container uses will be removed:</source>
        <translation>Будут удалены эти образы, которые не использует ни один контейнер:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>These untagged images no container uses will be removed:</source>
        <translation>Будут удалены эти образы без тегов, которые не использует ни один контейнер:</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Remove an image</source>
        <translation>Удаление образа</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove %1?</source>
        <translation>Удалить %1?</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Containers use this image. Removing it anyway (force) leaves them without a name for their image; they keep running.</source>
        <translation>Этот образ используют контейнеры. Если удалить его принудительно, у их образа не останется имени; сами контейнеры продолжат работать.</translation>
    </message>
</context>
<context>
    <name>ImportForm</name>
    <message>
        <location filename="../../src/app/migration/importform.cpp" line="+82" />
        <source>%1, from %2 (exported %3). Image %4.</source>
        <translation>%1, из %2 (экспортирован %3). Образ %4.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>give it a name here</source>
        <translation>дайте ему имя здесь</translation>
    </message>
    <message>
        <location line="+2" />
        <source>exists here: choose another name</source>
        <translation>уже есть здесь: выберите другое имя</translation>
    </message>
    <message>
        <location line="+160" />
        <source>Choose the folder Export… made.</source>
        <translation>Выберите папку, сделанную «Экспортом…».</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The folder is read first: press Enter in its field.</source>
        <translation>Сначала папка читается: нажмите Enter в её поле.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The volume at %1: %2.</source>
        <translation>Том в %1: %2.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Host port %1 for %2: %3.</source>
        <translation>Порт хоста %1 для %2: %3.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The folder for %1: %2.</source>
        <translation>Папка для %1: %2.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Choose the image file docker save wrote.</source>
        <translation>Выберите файл образа, записанный docker save.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Give the container a name here.</source>
        <translation>Дайте контейнеру имя здесь.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tick each power it asks for over this computer, or it is not imported.</source>
        <translation>Отметьте каждое полномочие над этим компьютером, которое он просит, иначе он не будет импортирован.</translation>
    </message>
    <message>
        <location line="+43" />
        <source>%1 has no manifest.json: choose the folder a Berth export made.</source>
        <translation>В %1 нет manifest.json: выберите папку, которую сделал экспорт Berth.</translation>
    </message>
    <message>
        <location line="+85" />
        <source>give a full path, starting with /</source>
        <translation>укажите полный путь, начиная с /</translation>
    </message>
    <message>
        <location line="+2" />
        <source>exists here and is not a folder</source>
        <translation>уже есть здесь и это не папка</translation>
    </message>
    <message>
        <location line="+4" />
        <source>exists here and is not empty</source>
        <translation>уже есть здесь и не пуста</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 is not a port number (1 to 65535)</source>
        <translation>%1 — не номер порта (от 1 до 65535)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>taken here by the container %1</source>
        <translation>здесь занят контейнером %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>taken here by another program</source>
        <translation>здесь занят другой программой</translation>
    </message>
</context>
<context>
    <name>ImportJournal</name>
    <message>
        <location filename="../../src/core/jobs/importjournal.cpp" line="+144" />
        <location line="+12" />
        <source>container %1 (%2)</source>
        <translation>контейнер %1 (%2)</translation>
    </message>
    <message>
        <location line="-7" />
        <source>container %1: it was started after the import was cut short, so it stays (docker rm %1 removes it)</source>
        <translation>контейнер %1: его запускали после прерывания импорта, поэтому он остаётся (удалить: docker rm %1)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>container %1</source>
        <translation>контейнер %1</translation>
    </message>
    <message>
        <location line="+21" />
        <source>container %1, which an import was replacing, keeps its temporary name (%2); docker rename %3 %1 gives its name back</source>
        <translation>контейнер %1, который импорт заменял, сохраняет временное имя (%2); docker rename %3 %1 вернёт ему имя</translation>
    </message>
    <message>
        <location line="+4" />
        <source>container %1 has its name back</source>
        <translation>контейнеру %1 возвращено имя</translation>
    </message>
    <message>
        <location line="+3" />
        <source>container %1 has its name back but did not start (%2)</source>
        <translation>контейнеру %1 возвращено имя, но он не запустился (%2)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>container %1 has its name back and runs again</source>
        <translation>контейнеру %1 возвращено имя, и он снова работает</translation>
    </message>
    <message>
        <location line="+14" />
        <location line="+8" />
        <source>volume %1 (%2)</source>
        <translation>том %1 (%2)</translation>
    </message>
    <message>
        <location line="-4" />
        <source>volume %1: a container uses it now, so it stays (docker volume rm %1 removes it once that container is gone)</source>
        <translation>том %1: теперь его использует контейнер, поэтому он остаётся (docker volume rm %1 удалит его, когда контейнера не станет)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>volume %1</source>
        <translation>том %1</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+9" />
        <source>image %1 (%2)</source>
        <translation>образ %1 (%2)</translation>
    </message>
    <message>
        <location line="-6" />
        <source>image %1: the name points to another image now, so it stays</source>
        <translation>образ %1: это имя теперь указывает на другой образ, поэтому он остаётся</translation>
    </message>
    <message>
        <location line="+4" />
        <source>image %1: a container uses it now, so it stays</source>
        <translation>образ %1: теперь его использует контейнер, поэтому он остаётся</translation>
    </message>
    <message>
        <location line="+3" />
        <source>image %1</source>
        <translation>образ %1</translation>
    </message>
</context>
<context>
    <name>InspectView</name>
    <message>
        <location filename="../../qml/common/InspectView.qml" line="+21" />
        <source>No match</source>
        <translation>Не найдено</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+3" />
        <source>Search the JSON</source>
        <translation>Поиск в JSON</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Find next</source>
        <translation>Найти далее</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Inspect output</source>
        <translation>Вывод inspect</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../../src/core/jobs/job.cpp" line="+73" />
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
</context>
<context>
    <name>JobsPage</name>
    <message>
        <location filename="../../qml/jobs/JobsPage.qml" line="+13" />
        <location line="+11" />
        <source>Jobs</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Waiting</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Running</source>
        <translation>Работающие</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cancel %1</source>
        <translation>Отменить: %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>/s</source>
        <translation>/с</translation>
    </message>
    <message>
        <location line="+49" />
        <source>The same docker command: %1</source>
        <translation>Та же команда docker: %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No jobs yet. Pulls and other long operations appear here with their progress.</source>
        <translation>Задач пока нет. Скачивания и другие долгие операции появятся здесь с ходом выполнения.</translation>
    </message>
</context>
<context>
    <name>LearnActions</name>
    <message>
        <location filename="../../src/app/learn/learnactions.cpp" line="+57" />
        <source>nginx is here: it serves its welcome page on port 80.</source>
        <translation>nginx здесь есть: он показывает свою приветственную страницу на порту 80.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>nginx is not here and no registry may be reachable to pull it, so busybox's small web server (httpd) stands in for it.</source>
        <translation>nginx здесь нет, а реестр, из которого его можно скачать, может быть недоступен, поэтому вместо него работает маленький веб-сервер busybox (httpd).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Neither nginx nor busybox is here: %1 runs as it is instead.</source>
        <translation>Здесь нет ни nginx, ни busybox: вместо них запускается %1 как есть.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No image is here yet. Pull one on the Images page (docker pull nginx), then try again.</source>
        <translation>Здесь пока нет ни одного образа. Скачайте какой-нибудь на странице «Образы» (docker pull nginx) и попробуйте снова.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This engine has no bridge network, so no port is published here.</source>
        <translation>У этого движка нет сети bridge, поэтому порт здесь не открывается.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>No image is here yet to write the file with. Pull one on the Images page (docker pull busybox), then try again.</source>
        <translation>Здесь пока нет образа, которым можно записать файл. Скачайте какой-нибудь на странице «Образы» (docker pull busybox) и попробуйте снова.</translation>
    </message>
    <message>
        <location line="+56" />
        <source>No image is here yet to build from. Pull one on the Images page (docker pull busybox), then try again.</source>
        <translation>Здесь ещё нет образа, от которого можно собрать. Скачайте его на странице «Образы» (docker pull busybox) и попробуйте снова.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Cannot write the example into %1: %2</source>
        <translation>Не удаётся записать пример в %1: %2</translation>
    </message>
</context>
<context>
    <name>LearnPage</name>
    <message>
        <location filename="../../qml/learn/LearnPage.qml" line="+86" />
        <source>Learn Docker</source>
        <translation>Изучить Docker</translation>
    </message>
    <message>
        <location line="+7" />
        <source>A short tour of the ideas behind Docker, each with a place in Berth to try it. Every action in Berth also shows the docker command it equals, so what you click here you can later type.</source>
        <translation>Короткое знакомство с идеями Docker — у каждой есть место в Berth, где её можно попробовать. Каждое действие в Berth показывает и равную ему команду docker: то, что вы нажимаете здесь, потом можно набрать в терминале.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>What Docker is for</source>
        <translation>Зачем нужен Docker</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A program rarely runs alone: it needs a certain version of a language, some libraries, settings and files. Docker packs a program together with everything it needs, so that it runs the same on your laptop, on a colleague's and on a server. Starting it is one command; removing it leaves nothing behind on the computer.</source>
        <translation>Программа редко работает сама по себе: ей нужны определённая версия языка, библиотеки, настройки и файлы. Docker упаковывает программу вместе со всем, что ей нужно, чтобы она одинаково работала на вашем ноутбуке, у коллеги и на сервере. Запуск — одна команда, а после удаления на компьютере ничего не остаётся.</translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+85" />
        <source>Container</source>
        <translation>Контейнер</translation>
    </message>
    <message>
        <location line="-84" />
        <source>A container is a running program kept apart from the rest of the computer: it sees its own files, its own network and its own processes, but shares the computer's kernel. It is made from an image, can be stopped and started again, and keeps its changes until it is removed. &lt;b&gt;docker run&lt;/b&gt; makes one and starts it; &lt;b&gt;docker ps&lt;/b&gt; lists them.</source>
        <translation>Контейнер — это работающая программа, отделённая от остального компьютера: она видит свои файлы, свою сеть и свои процессы, но использует общее с компьютером ядро. Контейнер создаётся из образа, его можно остановить и запустить снова, и он хранит свои изменения, пока его не удалят. &lt;b&gt;docker run&lt;/b&gt; создаёт и запускает контейнер, &lt;b&gt;docker ps&lt;/b&gt; показывает их список.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>See the containers</source>
        <translation>Посмотреть контейнеры</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Image</source>
        <translation>Образ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>An image is a read-only template: the files of a small system with the program in it, and how to start it. Images are built in layers, and containers made from the same image share those layers, so ten containers do not take ten times the disk. &lt;b&gt;docker pull&lt;/b&gt; downloads an image; &lt;b&gt;docker images&lt;/b&gt; lists the ones you have.</source>
        <translation>Образ — это шаблон только для чтения: файлы небольшой системы с программой внутри и то, как её запускать. Образы состоят из слоёв, и контейнеры из одного образа используют эти слои совместно, поэтому десять контейнеров не занимают вдесятеро больше места. &lt;b&gt;docker pull&lt;/b&gt; скачивает образ, &lt;b&gt;docker images&lt;/b&gt; показывает те, что уже есть.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>See the images</source>
        <translation>Посмотреть образы</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Dockerfile</source>
        <translation>Dockerfile</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A Dockerfile is a text file with the recipe for an image: which image to start from, what to copy in, what to install and which command to run. &lt;b&gt;docker build&lt;/b&gt; reads it and makes the image, one layer per step:</source>
        <translation>Dockerfile — это текстовый файл с рецептом образа: от какого образа начать, что скопировать внутрь, что установить и какую команду запускать. &lt;b&gt;docker build&lt;/b&gt; читает его и собирает образ, по слою на каждый шаг:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>then, in the same folder:</source>
        <translation>затем в той же папке:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A Dockerfile example</source>
        <translation>Пример Dockerfile</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Registry and Docker Hub</source>
        <translation>Реестр и Docker Hub</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A registry stores images so others can download them. Docker Hub is the public one docker uses by default: &lt;b&gt;docker pull nginx&lt;/b&gt; fetches the official nginx image from it, &lt;b&gt;docker search&lt;/b&gt; looks for images, and &lt;b&gt;docker push&lt;/b&gt; uploads your own. Companies often run private registries too.</source>
        <translation>Реестр хранит образы, чтобы другие могли их скачать. Docker Hub — общедоступный реестр, которым docker пользуется по умолчанию: &lt;b&gt;docker pull nginx&lt;/b&gt; скачивает оттуда официальный образ nginx, &lt;b&gt;docker search&lt;/b&gt; ищет образы, а &lt;b&gt;docker push&lt;/b&gt; загружает ваши. Компании часто держат и собственные закрытые реестры.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Pull an image</source>
        <translation>Скачать образ</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Volume and bind mount</source>
        <translation>Том и подключённая папка</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A container's own files go when the container is removed. Data that must stay goes in a &lt;b&gt;volume&lt;/b&gt;: storage the engine keeps and names (&lt;b&gt;docker volume create data&lt;/b&gt;, then &lt;b&gt;-v data:/var/lib/data&lt;/b&gt;). A &lt;b&gt;bind mount&lt;/b&gt; is different: it shows a folder of this computer inside the container (&lt;b&gt;-v /home/me/site:/usr/share/nginx/html&lt;/b&gt;). Volumes are managed by Docker and easy to back up and move; bind mounts are handy for files you edit yourself.</source>
        <translation>Собственные файлы контейнера исчезают вместе с ним. Данные, которые должны сохраниться, кладут в &lt;b&gt;том&lt;/b&gt; — хранилище, которое ведёт и именует движок (&lt;b&gt;docker volume create data&lt;/b&gt;, затем &lt;b&gt;-v data:/var/lib/data&lt;/b&gt;). &lt;b&gt;Подключённая папка&lt;/b&gt; (bind mount) — другое: она показывает папку этого компьютера внутри контейнера (&lt;b&gt;-v /home/me/site:/usr/share/nginx/html&lt;/b&gt;). Томами управляет Docker, их легко копировать и переносить; подключённые папки удобны для файлов, которые вы правите сами.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>See the volumes</source>
        <translation>Посмотреть тома</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Containers and virtual machines</source>
        <translation>Контейнеры и виртуальные машины</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A virtual machine imitates a whole computer and runs a complete operating system of its own on it. Containers share the host's kernel and bring only the program and its libraries: they are smaller and start in a moment, but they are kept apart less strictly.</source>
        <translation>Виртуальная машина изображает целый компьютер и запускает на нём собственную полноценную операционную систему. Контейнеры используют ядро хоста и несут только программу и её библиотеки: они меньше и запускаются мгновенно, но отделены друг от друга менее строго.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Virtual machine</source>
        <translation>Виртуальная машина</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Isolation</source>
        <translation>Изоляция</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a whole computer imitated, its own kernel</source>
        <translation>изображается целый компьютер, своё ядро</translation>
    </message>
    <message>
        <location line="+1" />
        <source>processes apart, one shared kernel</source>
        <translation>процессы отделены, ядро общее</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location line="+1" />
        <source>gigabytes</source>
        <translation>гигабайты</translation>
    </message>
    <message>
        <location line="+1" />
        <source>megabytes</source>
        <translation>мегабайты</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start time</source>
        <translation>Запуск</translation>
    </message>
    <message>
        <location line="+1" />
        <source>tens of seconds to minutes</source>
        <translation>от десятков секунд до минут</translation>
    </message>
    <message>
        <location line="+1" />
        <source>under a second</source>
        <translation>меньше секунды</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Operating system</source>
        <translation>Операционная система</translation>
    </message>
    <message>
        <location line="+1" />
        <source>any, each with its own</source>
        <translation>любая, у каждой своя</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the host's kernel (Linux containers need Linux)</source>
        <translation>ядро хоста (контейнерам Linux нужен Linux)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The life of a container</source>
        <translation>Жизнь контейнера</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A container is created from an image, runs, can be paused and resumed, stops (exits) when its program ends or is stopped, can be started again, and is finally removed. Press a state to see the containers in it.</source>
        <translation>Контейнер создаётся из образа, работает, может быть приостановлен и продолжен, останавливается (exited), когда его программа завершается или её останавливают, может быть запущен снова и в конце удаляется. Нажмите на состояние, чтобы увидеть контейнеры в нём.</translation>
    </message>
</context>
<context>
    <name>LegacyText</name>
    <message>
        <location filename="../../src/core/files/legacytext.cpp" line="+36" />
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (кириллица)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>KOI8-R (Cyrillic)</source>
        <translation>KOI8-R (кириллица)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Windows-1252 / Latin-1 (Western)</source>
        <translation>Windows-1252 / Latin-1 (западноевропейская)</translation>
    </message>
</context>
<context>
    <name>LifecycleDiagram</name>
    <message>
        <location filename="../../qml/learn/LifecycleDiagram.qml" line="+21" />
        <source>removed</source>
        <translation>удалён</translation>
    </message>
    <message>
        <location line="+83" />
        <source>Show the containers that are %1</source>
        <translation>Показать контейнеры в состоянии «%1»</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: show the containers in this state</source>
        <translation>%1: показать контейнеры в этом состоянии</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <location filename="../../src/core/model/logmodel.cpp" line="+325" />
        <source>Not a valid regular expression: %1</source>
        <translation>Неверное регулярное выражение: %1</translation>
    </message>
    <message>
        <location line="+120" />
        <source>Choose a file to save the log to.</source>
        <translation>Выберите файл, в который сохранить журнал.</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+4" />
        <location line="+3" />
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
</context>
<context>
    <name>LogTime</name>
    <message>
        <location filename="../../src/core/engine/logtime.cpp" line="+108" />
        <source>'%1' is not a time. Use a duration before now such as 10m or 2h, a date such as 2026-11-29 or 2026-11-29T10:00:00, or unix seconds.</source>
        <translation>«%1» — не время. Укажите промежуток назад от текущего момента, например 10m или 2h, дату, например 2026-11-29 или 2026-11-29T10:00:00, или секунды unix.</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <location filename="../../qml/containers/LogView.qml" line="+73" />
        <source>No log is open.</source>
        <translation>Журнал не открыт.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Saved to %1</source>
        <translation>Сохранено в %1</translation>
    </message>
    <message>
        <location line="+29" />
        <location line="+3" />
        <source>Search the log</source>
        <translation>Поиск по журналу</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Aa</source>
        <translation>Aa</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+1" />
        <source>Match case</source>
        <translation>С учётом регистра</translation>
    </message>
    <message>
        <location line="+4" />
        <source>.*</source>
        <translation>.*</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+1" />
        <source>Regular expression</source>
        <translation>Регулярное выражение</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Only matching lines</source>
        <translation>Только совпадающие строки</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Searching… %1%</source>
        <translation>Поиск… %1%</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n match(es)</source>
        <translation><numerusform>%n совпадение</numerusform><numerusform>%n совпадения</numerusform><numerusform>%n совпадений</numerusform></translation>
    </message>
    <message>
        <location line="+6" />
        <source>Previous</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Previous match</source>
        <translation>Предыдущее совпадение</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Next match</source>
        <translation>Следующее совпадение</translation>
    </message>
    <message>
        <location line="+17" />
        <source>stdout and stderr</source>
        <translation>stdout и stderr</translation>
    </message>
    <message>
        <location line="+0" />
        <source>stdout only</source>
        <translation>только stdout</translation>
    </message>
    <message>
        <location line="+0" />
        <source>stderr only</source>
        <translation>только stderr</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Streams to show</source>
        <translation>Какие потоки показывать</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Follow</source>
        <translation>Следить</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Follow new lines</source>
        <translation>Следить за новыми строками</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Timestamps</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Show timestamps</source>
        <translation>Показывать время строк</translation>
    </message>
    <message>
        <location line="+5" />
        <source>since: 10m, 2h, 2026-11-29</source>
        <translation>с: 10m, 2h, 2026-11-29</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Show lines since</source>
        <translation>Показать строки начиная с</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Load earlier</source>
        <translation>Загрузить раньше</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Load 1,000 earlier lines</source>
        <translation>Загрузить 1000 более ранних строк</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Load all</source>
        <translation>Загрузить всё</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Load the whole log</source>
        <translation>Загрузить весь журнал</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Copy all</source>
        <translation>Копировать всё</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Copy all shown lines</source>
        <translation>Копировать все показанные строки</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Stream markers</source>
        <translation>Метки потоков</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Copy and save lines with "stdout" or "stderr" in front</source>
        <translation>Копировать и сохранять строки с «stdout» или «stderr» в начале</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save with stream markers</source>
        <translation>Сохранять с метками потоков</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Save…</source>
        <translation>Сохранить…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Save the shown lines to a file</source>
        <translation>Сохранить показанные строки в файл</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Open in a window</source>
        <translation>Открыть в окне</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Open this log in a window of its own</source>
        <translation>Открыть этот журнал в отдельном окне</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Clear the view</source>
        <translation>Очистить окно</translation>
    </message>
    <message>
        <location line="+142" />
        <source>expand</source>
        <translation>развернуть</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Show the whole line</source>
        <translation>Показать строку целиком</translation>
    </message>
    <message>
        <location line="+17" />
        <source>stderr</source>
        <translation>stderr</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Loading the log…</source>
        <translation>Журнал загружается…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No line matches.</source>
        <translation>Ни одна строка не подходит.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This container has written nothing yet.</source>
        <translation>Этот контейнер пока ничего не вывел.</translation>
    </message>
    <message numerus="yes">
        <location line="+11" />
        <source>Jump to end (%n new)</source>
        <translation><numerusform>В конец (%n новая)</numerusform><numerusform>В конец (%n новые)</numerusform><numerusform>В конец (%n новых)</numerusform></translation>
    </message>
    <message>
        <location line="+0" />
        <source>Jump to end</source>
        <translation>В конец</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Jump to the end of the log</source>
        <translation>Перейти в конец журнала</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Following: new lines appear as they are written.</source>
        <translation>Слежение: новые строки появляются по мере записи.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>— end of the log —</source>
        <translation>— конец журнала —</translation>
    </message>
    <message>
        <location line="+1" />
        <source>— the container stopped; following resumes when it starts again —</source>
        <translation>— контейнер остановлен; слежение продолжится, когда он снова запустится —</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Equivalent docker command: %1</source>
        <translation>Равноценная команда docker: %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Save the log</source>
        <translation>Сохранить журнал</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Text files (*.txt *.log)</source>
        <translation>Текстовые файлы (*.txt *.log)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The whole line</source>
        <translation>Строка целиком</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>LogWindow</name>
    <message>
        <location filename="../../qml/containers/LogWindow.qml" line="+14" />
        <source>Log of %1 — Berth</source>
        <translation>Журнал %1 — Berth</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../qml/Main.qml" line="+19" />
        <location line="+120" />
        <source>Berth</source>
        <translation>Berth</translation>
    </message>
    <message>
        <location line="-45" />
        <source>Engine</source>
        <translation>Движок</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Containers</source>
        <translation>Контейнеры</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Images</source>
        <translation>Образы</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Volumes</source>
        <translation>Тома</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Networks</source>
        <translation>Сети</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Jobs</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <location line="+1" />
        <source>History</source>
        <translation>История</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n failed</source>
        <translation><numerusform>%n ошибка</numerusform><numerusform>%n ошибки</numerusform><numerusform>%n ошибок</numerusform></translation>
    </message>
    <message>
        <location line="+1" />
        <source>Learn Docker</source>
        <translation>Изучить Docker</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Registries</source>
        <translation>Реестры</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Disk use</source>
        <translation>Место на диске</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Projects</source>
        <translation>Проекты</translation>
    </message>
    <message>
        <location line="+68" />
        <source>The engine this window shows: %1</source>
        <translation>Движок, который показывает это окно: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Engine: %1</source>
        <translation>Движок: %1</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+1" />
        <source>Add or remove engines</source>
        <translation>Добавить или убрать движки</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Welcome to Berth. New to containers? The Learn page explains them in a few minutes, with a place to try each idea, and every button here shows the docker command it equals.</source>
        <translation>Добро пожаловать в Berth. Впервые с контейнерами? Страница «Изучить Docker» за несколько минут объяснит их и покажет, где попробовать каждую идею, а каждая кнопка здесь показывает равную ей команду docker.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Open the Learn page</source>
        <translation>Открыть «Изучить Docker»</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+152" />
        <source>Connected to %1 %2 at %3</source>
        <translation>Подключено к %1 %2 по адресу %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not connected: %1</source>
        <translation>Нет подключения: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 running · %2 containers</source>
        <translation>работают: %1 · контейнеров: %2</translation>
    </message>
</context>
<context>
    <name>MigrateExportDialog</name>
    <message>
        <location filename="../../qml/migration/MigrateExportDialog.qml" line="+26" />
        <source>Move %1 to another machine: export</source>
        <translation>Перенос %1 на другой компьютер: экспорт</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Destination</source>
        <translation>Куда</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Powers</source>
        <translation>Полномочия</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Move</source>
        <translation>Перенос</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Berth puts everything the container needs into one folder you can copy to another machine (a USB stick, scp, a shared drive): its files as an image (docker commit, then docker save), each of its volumes as a .tar.gz, and a manifest with its settings (command, environment, ports, restart policy, labels) and a checksum of every file. On the other machine, Import… checks every file and creates the same container.</source>
        <translation>Berth складывает всё, что нужно контейнеру, в одну папку, которую можно скопировать на другой компьютер (флешка, scp, общий диск): его файлы — как образ (docker commit, затем docker save), каждый том — как .tar.gz, и manifest с его настройками (команда, окружение, порты, политика перезапуска, метки) и контрольной суммой каждого файла. На другом компьютере «Импорт…» проверяет каждый файл и создаёт такой же контейнер.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Volumes: %1</source>
        <translation>Тома: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No volumes: the container's own files go in the image.</source>
        <translation>Томов нет: собственные файлы контейнера попадут в образ.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Also copy the folders of this computer it shows inside (%1)</source>
        <translation>Скопировать и папки этого компьютера, которые он показывает внутри (%1)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Not moved: folders of this computer shown inside the container (%1). Copy them yourself if the container needs them there.</source>
        <translation>Не переносятся: папки этого компьютера, видимые внутри контейнера (%1). Скопируйте их сами, если они нужны контейнеру там.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Into a new folder, to copy to the other machine</source>
        <translation>В новую папку, чтобы скопировать на другой компьютер</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Folder for the bundle</source>
        <translation>Папка для пакета</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose where the bundle goes</source>
        <translation>Выбрать, куда положить пакет</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Straight into another engine this computer can reach (nothing on disk)</source>
        <translation>Прямо в другой движок, доступный с этого компьютера (без файлов на диске)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Choose one of the engines in the sidebar's list, or type another's socket:</source>
        <translation>Выберите один из движков из списка на боковой панели или введите сокет другого:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The other engine's socket</source>
        <translation>Сокет другого движка</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Start it there</source>
        <translation>Запустить его там</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The container is paused until its image and volumes are over, then runs on here too.</source>
        <translation>Контейнер приостановлен, пока переносятся образ и тома, затем продолжает работать и здесь.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>It has powers over its machine, which it would get over the other one too. Tick each only if that is what you want; without them nothing is moved:</source>
        <translation>У него есть власть над своим компьютером, и он получит её и над другим. Отметьте каждое, только если так и нужно; без этого ничего не переносится:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>While the copy is made, the container should not change:</source>
        <translation>Пока делается копия, контейнер не должен меняться:</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Pause it, and resume it right after (recommended)</source>
        <translation>Приостановить и сразу после продолжить (рекомендуется)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Stop it, and start it again after (the safest for databases)</source>
        <translation>Остановить и после снова запустить (надёжнее всего для баз данных)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Keep it running (fine when it writes nothing)</source>
        <translation>Оставить работать (подходит, если он ничего не пишет)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The same by hand, for learning:</source>
        <translation>То же вручную, для изучения:</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Manual commands: %1</source>
        <translation>Команды вручную: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Export</source>
        <translation>Экспортировать</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Transfer</source>
        <translation>Перенести</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Start the export</source>
        <translation>Начать экспорт</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Where the bundle goes (a new folder is made inside)</source>
        <translation>Куда положить пакет (внутри будет создана новая папка)</translation>
    </message>
</context>
<context>
    <name>MigrateImportDialog</name>
    <message>
        <location filename="../../qml/migration/MigrateImportDialog.qml" line="+24" />
        <source>Move a container to this machine: import</source>
        <translation>Перенос контейнера на этот компьютер: импорт</translation>
    </message>
    <message>
        <location line="+145" />
        <source>Choose the folder Export… made on the other machine. Berth checks every file against the checksums in its manifest before it changes anything here, then loads the image, makes and fills the volumes and creates the container with the same settings. If anything fails, what it made goes again.</source>
        <translation>Выберите папку, которую сделал «Экспорт…» на другом компьютере. Berth сверяет каждый файл с контрольными суммами из manifest, прежде чем что-либо здесь изменить, затем загружает образ, создаёт и наполняет тома и создаёт контейнер с теми же настройками. Если что-то не удастся, созданное будет удалено.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Bundle folder</source>
        <translation>Папка пакета</translation>
    </message>
    <message>
        <location line="-96" />
        <location line="+52" />
        <location line="+47" />
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="-149" />
        <source>Source</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Read</source>
        <translation>Чтение</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Names and ports</source>
        <translation>Имена и порты</translation>
    </message>
    <message>
        <location line="+18" />
        <source>A bundle made by Export…</source>
        <translation>Пакет, сделанный «Экспортом…»</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Files of the manual method (docker save, tar)</source>
        <translation>Файлы ручного способа (docker save, tar)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The image: the .tar docker save wrote. Each volume: a .tar.gz made with tar -czf, the name it gets here and the folder it appears at inside the container. Berth reads every file to its end before it changes anything.</source>
        <translation>Образ — .tar, записанный docker save. Каждый том — .tar.gz, сделанный через tar -czf, имя, которое он получит здесь, и папка, в которой он появится внутри контейнера. Berth читает каждый файл до конца, прежде чем что-либо изменить.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>image.tar</source>
        <translation>image.tar</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The image file from docker save</source>
        <translation>Файл образа из docker save</translation>
    </message>
    <message>
        <location line="+26" />
        <source>volume name</source>
        <translation>имя тома</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Name of the volume here</source>
        <translation>Имя тома здесь</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Folder inside the container</source>
        <translation>Папка внутри контейнера</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+10" />
        <source>a volume's .tar.gz</source>
        <translation>.tar.gz тома</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A volume archive to add</source>
        <translation>Архив тома для добавления</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Add the volume archive</source>
        <translation>Добавить архив тома</translation>
    </message>
    <message>
        <location line="+7" />
        <source>docker run options, e.g. -p 8080:80 -e KEY=value --restart unless-stopped</source>
        <translation>параметры docker run, например -p 8080:80 -e КЛЮЧ=значение --restart unless-stopped</translation>
    </message>
    <message>
        <location line="+2" />
        <source>docker run options</source>
        <translation>Параметры docker run</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Choose the bundle folder</source>
        <translation>Выбрать папку пакета</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Name here</source>
        <translation>Имя здесь</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Name of the container here</source>
        <translation>Имя контейнера здесь</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Volume at %1</source>
        <translation>Том в %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Name here of the volume at %1</source>
        <translation>Имя здесь для тома в %1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Ports it publishes on this computer (another container or program may hold one here; then give it another):</source>
        <translation>Порты, которые он открывает на этом компьютере (здесь порт может быть занят другим контейнером или программой — тогда выберите другой):</translation>
    </message>
    <message>
        <location line="+14" />
        <location line="+9" />
        <source>Host port for %1</source>
        <translation>Порт хоста для %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>choose another</source>
        <translation>выберите другой</translation>
    </message>
    <message>
        <location line="+0" />
        <source>free</source>
        <translation>свободен</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Not in the bundle: folders of the other machine it showed inside (%1).</source>
        <translation>Не в пакете: папки другого компьютера, которые он показывал внутри (%1).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Folders of the other machine in the bundle, and where they go on this one: name a missing or empty folder for each, with its full path (Berth writes over nothing, and nowhere you did not name):</source>
        <translation>Папки другого компьютера в пакете и куда они попадут на этом: для каждой укажите полный путь к отсутствующей или пустой папке (Berth ничего не перезаписывает и не пишет туда, куда вы не указали):</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 (shown at %2)</source>
        <translation>%1 (видна в %2)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>full path of a missing or empty folder here</source>
        <translation>полный путь к отсутствующей или пустой папке здесь</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Folder here for what it showed at %1</source>
        <translation>Папка здесь для того, что было видно в %1</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Start it when it is created</source>
        <translation>Запустить после создания</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The same by hand, for learning:</source>
        <translation>То же вручную, для изучения:</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="-316" />
        <location line="+321" />
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location line="-19" />
        <source>Manual commands: %1</source>
        <translation>Команды вручную: %1</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Start the import</source>
        <translation>Начать импорт</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The image from docker save</source>
        <translation>Образ из docker save</translation>
    </message>
    <message>
        <location line="+0" />
        <source>A volume archive made with tar</source>
        <translation>Архив тома, сделанный через tar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Images (*.tar)</source>
        <translation>Образы (*.tar)</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+1" />
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Volume backups (*.tar.gz *.tgz *.tar *.tar.bz2 *.tar.xz *.tar.zst)</source>
        <translation>Резервные копии томов (*.tar.gz *.tgz *.tar *.tar.bz2 *.tar.xz *.tar.zst)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The bundle folder</source>
        <translation>Папка пакета</translation>
    </message>
</context>
<context>
    <name>MigrationActions</name>
    <message>
        <location filename="../../src/app/migration/migrationactions.cpp" line="+38" />
        <source>Transfer to %1</source>
        <translation>Перенос в %1</translation>
    </message>
</context>
<context>
    <name>MigrationExportJob</name>
    <message>
        <location filename="../../src/core/jobs/migrationexportjob.cpp" line="+47" />
        <source>Export %1 for migration</source>
        <translation>Экспорт %1 для переноса</translation>
    </message>
    <message>
        <location line="+23" />
        <source>%1 is not an empty folder. Choose a new folder for the bundle; Berth does not mix it with other files.</source>
        <translation>%1 — не пустая папка. Выберите для пакета новую папку: Berth не смешивает его с другими файлами.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Cannot make the folder %1.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <location line="+53" />
        <source>Stopping %1</source>
        <translation>Остановка %1</translation>
    </message>
    <message>
        <location line="+148" />
        <source>Committing %1 to an image and backing up the volumes</source>
        <translation>Сохранение %1 в образ (commit) и резервное копирование томов</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Committing %1 to an image</source>
        <translation>Сохранение %1 в образ (commit)</translation>
    </message>
    <message>
        <location line="-122" />
        <source>Berth migration of %1</source>
        <translation>Перенос %1 через Berth</translation>
    </message>
    <message>
        <location line="+125" />
        <source>Saving the image (docker save)</source>
        <translation>Сохранение образа (docker save)</translation>
    </message>
    <message>
        <location line="-84" />
        <source>Cannot name %1 in %2.</source>
        <translation>Не удаётся назвать %1 в %2.</translation>
    </message>
    <message>
        <location line="+83" />
        <source>Saving the image (docker save) and backing up the volumes</source>
        <translation>Сохранение образа (docker save) и резервное копирование томов</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Backing up the volumes</source>
        <translation>Резервное копирование томов</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Exported %1 to %2</source>
        <translation>%1 экспортирован в %2</translation>
    </message>
</context>
<context>
    <name>MigrationImportJob</name>
    <message>
        <location filename="../../src/core/jobs/importsource.cpp" line="+125" />
        <source>Import the bundle %1</source>
        <translation>Импорт пакета %1</translation>
    </message>
    <message>
        <location line="+81" />
        <source>Import %1 and its volumes</source>
        <translation>Импорт %1 и его томов</translation>
    </message>
    <message>
        <location filename="../../src/core/jobs/migrationimportjob.cpp" line="+52" />
        <source>The container would get powers over this machine that need your word: %1. Nothing was changed; allow each only if you trust where it comes from.</source>
        <translation>Контейнер получил бы власть над этим компьютером, на которую нужно ваше согласие: %1. Ничего не изменено; разрешайте каждое, только если доверяете источнику.</translation>
    </message>
    <message>
        <location line="+55" />
        <source>Give the container a name (--name): letters, digits, '_', '.' and '-'.</source>
        <translation>Дайте контейнеру имя (--name): латинские буквы, цифры, «_», «.» и «-».</translation>
    </message>
    <message>
        <location filename="../../src/core/jobs/importsource.cpp" line="+13" />
        <source>Each volume is FILE:NAME:/path/inside, with a volume name and an absolute path (got %1:%2).</source>
        <translation>Каждый том задаётся как ФАЙЛ:ИМЯ:/путь/внутри, с именем тома и абсолютным путём (получено %1:%2).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Reading the image and every archive to their end</source>
        <translation>Чтение образа и каждого архива до конца</translation>
    </message>
    <message>
        <location filename="../../src/core/jobs/enginesource.cpp" line="+41" />
        <source>Transfer %1 to %2</source>
        <translation>Перенос %1 в %2</translation>
    </message>
    <message>
        <location filename="../../src/core/jobs/migrationimportjob.cpp" line="-44" />
        <source>Verified: %1.</source>
        <translation>Проверено: %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Folder %1 of the source machine is now %2 here, mounted at %3.</source>
        <translation>Папка %1 исходного компьютера теперь здесь — %2, подключена в %3.</translation>
    </message>
    <message>
        <location filename="../../src/core/jobs/enginesource.cpp" line="+206" />
        <source>The image on the target differs from the one that left the source in %1. Nothing was kept; try again.</source>
        <translation>Образ на целевом движке отличается от отправленного с исходного в %1. Ничего не оставлено; попробуйте ещё раз.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>image %1 (the same layers and configuration on both engines)</source>
        <translation>образ: %1 (те же слои и настройки на обоих движках)</translation>
    </message>
    <message>
        <location line="+84" />
        <source>Comparing volume %1 on both engines</source>
        <translation>Сравнение тома %1 на обоих движках</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Volume %1 is not the same on the target after the copy (%2 entries sent, %3 there%4). Nothing was kept; try again.</source>
        <translation>Том %1 после копирования на целевом движке не такой же (отправлено записей: %2, там: %3%4). Ничего не сохранено; попробуйте ещё раз.</translation>
    </message>
    <message numerus="yes">
        <location line="+11" />
        <source>volume %1: %n entries, each file's sha256 the same on both engines</source>
        <translation><numerusform>том %1: %n запись, sha256 каждого файла одинаков на обоих движках</numerusform><numerusform>том %1: %n записи, sha256 каждого файла одинаков на обоих движках</numerusform><numerusform>том %1: %n записей, sha256 каждого файла одинаков на обоих движках</numerusform></translation>
    </message>
    <message>
        <location line="-297" />
        <source>Committing %1 on the source engine</source>
        <translation>Сохранение %1 в образ на исходном движке</translation>
    </message>
    <message>
        <location filename="../../src/core/jobs/importsource.cpp" line="-85" />
        <source>%1 has no manifest.json: it is not a Berth bundle, or its export did not finish.</source>
        <translation>В %1 нет manifest.json: это не пакет Berth, или его экспорт не завершился.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 has no manifest.json.sha256: the bundle is incomplete.</source>
        <translation>В %1 нет manifest.json.sha256: пакет неполон.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>manifest.json does not match its checksum: it was edited or damaged. Do not import this bundle.</source>
        <translation>manifest.json не совпадает со своей контрольной суммой: он изменён или повреждён. Не импортируйте этот пакет.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Checking every file of the bundle</source>
        <translation>Проверка каждого файла пакета</translation>
    </message>
    <message>
        <location line="-126" />
        <source>The bundle cannot be imported: %1</source>
        <translation>Пакет нельзя импортировать: %1</translation>
    </message>
    <message>
        <location filename="../../src/core/jobs/migrationimportjob.cpp" line="+66" />
        <source>holds device nodes in its volumes: %1</source>
        <translation>в его томах есть файлы устройств: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Its volumes hold device nodes (%1), through which a container allowed to use devices reaches this machine's hardware. Nothing was changed; allow devices only if you trust where it comes from.</source>
        <translation>В его томах есть файлы устройств (%1), через которые контейнер с доступом к устройствам добирается до оборудования этого компьютера. Ничего не изменено; разрешайте устройства, только если доверяете источнику.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>A container named %1 is here already; nothing was imported.</source>
        <translation>Контейнер %1 здесь уже есть; ничего не импортировано.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>A container named %1 exists on this engine. Give another name (--name), or choose what to do: --on-conflict rename, replace or skip.</source>
        <translation>На этом движке уже есть контейнер %1. Укажите другое имя (--name) или выберите, что делать: --on-conflict rename, replace или skip.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>A volume named %1 exists on this engine, and Berth does not write over it. Import into another volume: --volume-map %2=NEW-NAME.</source>
        <translation>На этом движке уже есть том %1, и Berth не пишет поверх него. Импортируйте в другой том: --volume-map %2=НОВОЕ-ИМЯ.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>The folder %1 would go to a folder of the machine at %2, which Berth cannot look into from here: import it into an engine on this machine, or leave the folder out.</source>
        <translation>Папка %1 попала бы в папку компьютера по адресу %2, куда Berth отсюда заглянуть не может: импортируйте в движок на этом компьютере или не переносите папку.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The bundle holds the folder %1 of the other machine (shown inside at %2); say which folder of this machine it goes to.</source>
        <translation>В пакете есть папка %1 другого компьютера (внутри видна в %2); укажите, в какую папку этого компьютера её положить.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is not an absolute path.</source>
        <translation>%1 — не абсолютный путь.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 exists here and is not a folder.</source>
        <translation>%1 уже есть здесь и это не папка.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The folder %1 exists here and is not empty, and Berth does not write over it.</source>
        <translation>Папка %1 уже есть здесь и не пуста, а Berth не пишет поверх неё.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Name it with its full path: --bind-map %1=/a/folder/here. Nothing was changed.</source>
        <translation>Укажите её полным путём: --bind-map %1=/папка/здесь. Ничего не изменено.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Put the folder elsewhere: --bind-map %1=/another/folder.</source>
        <translation>Поместите папку в другое место: --bind-map %1=/другая/папка.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Restoring the folder %1</source>
        <translation>Восстановление папки %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Cannot make the folder %1 here (permissions?).</source>
        <translation>Не удаётся создать здесь папку %1 (права доступа?).</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Give the container another host port here (--port-map OLD=NEW, or the port's field in the import dialog), or free the port first.</source>
        <translation>Дайте контейнеру здесь другой порт хоста (--port-map СТАРЫЙ=НОВЫЙ или поле порта в окне импорта) или сначала освободите порт.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>%1 names another image on this engine, and loading the image file would move that tag to the imported image. Nothing was changed; rename or remove the image here first (docker tag, docker rmi) if that is what you want.</source>
        <translation>%1 на этом движке обозначает другой образ, и загрузка файла образа перенесла бы этот тег на импортируемый образ. Ничего не изменено; если вы этого хотите, сначала переименуйте или удалите образ здесь (docker tag, docker rmi).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Loading the image (docker load)</source>
        <translation>Загрузка образа (docker load)</translation>
    </message>
    <message>
        <location line="+87" />
        <source>Setting the container %1 aside as %2 until the new one runs</source>
        <translation>Контейнер %1 отложен под именем %2, пока не заработает новый</translation>
    </message>
    <message>
        <location line="+43" />
        <source>The replaced container stays, renamed %1: remove it with docker rm %1 (%2).</source>
        <translation>Заменённый контейнер остался под именем %1: удалите его командой docker rm %1 (%2).</translation>
    </message>
    <message>
        <location line="+25" />
        <source>The container %1 was set back but did not start again: %2</source>
        <translation>Контейнер %1 возвращён, но снова не запустился: %2</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The container %1 keeps the name %2 (%3): docker rename %2 %1 gives its name back.</source>
        <translation>Контейнер %1 остался с именем %2 (%3): docker rename %2 %1 вернёт ему имя.</translation>
    </message>
    <message>
        <location filename="../../src/core/jobs/importsource.cpp" line="+55" />
        <source>Restoring volume %1</source>
        <translation>Восстановление тома %1</translation>
    </message>
    <message>
        <location filename="../../src/core/jobs/enginesource.cpp" line="+205" />
        <source>Copying volume %1</source>
        <translation>Копирование тома %1</translation>
    </message>
    <message>
        <location filename="../../src/core/jobs/migrationimportjob.cpp" line="+67" />
        <source>%1 was a folder of the source machine (%2); it was not migrated.</source>
        <translation>%1 был папкой исходного компьютера (%2); она не перенесена.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Creating the container %1</source>
        <translation>Создание контейнера %1</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Imported %1</source>
        <translation>%1 импортирован</translation>
    </message>
    <message>
        <location line="+15" />
        <source>(A host port it publishes may be taken on this machine: free it, or import without starting and change the ports.)</source>
        <translation>(Порт, который он публикует, может быть занят на этом компьютере: освободите его или импортируйте без запуска и измените порты.)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Imported and started %1</source>
        <translation>%1 импортирован и запущен</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Remove %1 by hand: the import made it, and could not remove all of it.</source>
        <translation>Удалите %1 вручную: её создал импорт и не смог удалить целиком.</translation>
    </message>
</context>
<context>
    <name>NetworkListPage</name>
    <message>
        <location filename="../../qml/networks/NetworkListPage.qml" line="+20" />
        <location line="+141" />
        <source>Networks</source>
        <translation>Сети</translation>
    </message>
    <message>
        <location line="-123" />
        <source>Search by name, container or subnet (Ctrl+F)</source>
        <translation>Поиск по имени, контейнеру или подсети (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Search networks</source>
        <translation>Поиск сетей</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Create…</source>
        <translation>Создать…</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+296" />
        <source>Create a network</source>
        <translation>Создать сеть</translation>
    </message>
    <message>
        <location line="-290" />
        <source>Prune…</source>
        <translation>Очистить…</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+475" />
        <source>Remove unused networks</source>
        <translation>Удалить неиспользуемые сети</translation>
    </message>
    <message>
        <location line="-466" />
        <source>What is a network?</source>
        <translation>Что такое сеть?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Containers on the same network reach each other by name (and by the aliases given when they were connected). An internal network has no way out to other networks or the internet. bridge, host and none are the engine's own.</source>
        <translation>Контейнеры в одной сети находят друг друга по имени (и по псевдонимам, данным при подключении). У внутренней сети нет выхода в другие сети и в интернет. bridge, host и none — собственные сети движка.</translation>
    </message>
    <message>
        <location line="+148" />
        <location line="+294" />
        <source>Network %1</source>
        <translation>Сеть %1</translation>
    </message>
    <message>
        <location line="-286" />
        <source>internal</source>
        <translation>внутренняя</translation>
    </message>
    <message>
        <location line="+33" />
        <source>gateway %1</source>
        <translation>шлюз %1</translation>
    </message>
    <message>
        <location line="-51" />
        <source>containers: %1</source>
        <translation>контейнеры: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>no container attached</source>
        <translation>контейнеры не подключены</translation>
    </message>
    <message>
        <location line="+72" />
        <source>Inspect</source>
        <translation>Подробно (inspect)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Inspect %1</source>
        <translation>Подробно о %1</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Connect…</source>
        <translation>Подключить…</translation>
    </message>
    <message>
        <location line="+116" />
        <source>Connect a container to %1</source>
        <translation>Подключить контейнер к %1</translation>
    </message>
    <message>
        <location line="-110" />
        <source>Disconnect…</source>
        <translation>Отключить…</translation>
    </message>
    <message>
        <location line="+167" />
        <source>Disconnect a container from %1</source>
        <translation>Отключить контейнер от %1</translation>
    </message>
    <message>
        <location line="-140" />
        <source>Loading networks…</source>
        <translation>Загрузка сетей…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No networks yet.</source>
        <translation>Сетей пока нет.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No network matches the search.</source>
        <translation>Ни одна сеть не подходит под поиск.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+65" />
        <location line="+57" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="-393" />
        <location line="+276" />
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Network name</source>
        <translation>Имя сети</translation>
    </message>
    <message>
        <location line="-265" />
        <location line="+266" />
        <location line="+1" />
        <source>Driver</source>
        <translation>Драйвер</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Subnet (CIDR, empty: the engine picks one)</source>
        <translation>Подсеть (CIDR; пусто — выберет движок)</translation>
    </message>
    <message>
        <location line="-250" />
        <location line="+256" />
        <source>Subnet</source>
        <translation>Подсеть</translation>
    </message>
    <message>
        <location line="-265" />
        <source>Scope</source>
        <translation>Область</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Containers</source>
        <translation>Контейнеры</translation>
    </message>
    <message>
        <location line="+101" />
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <location line="+29" />
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+29" />
        <source>More actions for %1</source>
        <translation>Другие действия с %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>More actions</source>
        <translation>Другие действия</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Remove…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location line="+66" />
        <source>Gateway (needs a subnet)</source>
        <translation>Шлюз (нужна подсеть)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Gateway</source>
        <translation>Шлюз</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Internal: no way out to other networks or the internet</source>
        <translation>Внутренняя: без выхода в другие сети и в интернет</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Labels, one key=value per line</source>
        <translation>Метки, по одной ключ=значение в строке</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Labels</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+52" />
        <location line="+47" />
        <source>The same docker command: %1</source>
        <translation>Та же команда docker: %1</translation>
    </message>
    <message>
        <location line="-74" />
        <source>Connect</source>
        <translation>Подключить</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+5" />
        <location line="+51" />
        <location line="+5" />
        <source>Container</source>
        <translation>Контейнер</translation>
    </message>
    <message>
        <location line="-54" />
        <source>Aliases: other names it is known by on this network (optional)</source>
        <translation>Псевдонимы: другие имена, под которыми его знают в этой сети (необязательно)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Aliases</source>
        <translation>Псевдонимы</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Every container is attached already.</source>
        <translation>Все контейнеры уже подключены.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Disconnect</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+17" />
        <source>These unused networks will be removed:</source>
        <translation>Будут удалены эти неиспользуемые сети:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>On Docker a stopped container does not keep a network: it loses it, and starts again only once connected to another.</source>
        <translation>В Docker остановленный контейнер не удерживает сеть: он её теряет и снова запустится, только когда его подключат к другой.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Remove a network</source>
        <translation>Удалить сеть</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This network will be removed:</source>
        <translation>Будет удалена эта сеть:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The engine refuses while a container uses it: disconnect them first.</source>
        <translation>Движок откажет, пока её использует контейнер: сначала отключите контейнеры.</translation>
    </message>
</context>
<context>
    <name>PowersConsent</name>
    <message>
        <location filename="../../qml/migration/PowersConsent.qml" line="+20" />
        <source>It asks for powers over this computer. Tick each only if you trust where it comes from; without them nothing is imported:</source>
        <translation>Он просит власти над этим компьютером. Отмечайте каждый пункт, только если доверяете источнику; без них ничего не импортируется:</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Allow: %1</source>
        <translation>Разрешить: %1</translation>
    </message>
</context>
<context>
    <name>ProjectActions</name>
    <message>
        <location filename="../../src/app/projects/projectactions.cpp" line="+77" />
        <location line="+38" />
        <source>There is no project named %1 any more.</source>
        <translation>Проекта %1 больше нет.</translation>
    </message>
    <message>
        <location line="-17" />
        <source>container %1 (stopped first)</source>
        <translation>контейнер %1 (сначала остановится)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>container %1</source>
        <translation>контейнер %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>network %1</source>
        <translation>сеть %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>volume %1, with its data</source>
        <translation>том %1 с его данными</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the containers' anonymous volumes</source>
        <translation>анонимные тома контейнеров</translation>
    </message>
    <message>
        <location line="+74" />
        <source>Choose a compose file.</source>
        <translation>Выберите файл compose.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>There is no file %1.</source>
        <translation>Файла %1 нет.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A project's name is lower-case letters, digits, '-' and '_', starting with a letter or digit.</source>
        <translation>Имя проекта — строчные буквы, цифры, «-» и «_», начинается с буквы или цифры.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Up project %1</source>
        <translation>Поднять проект %1</translation>
    </message>
</context>
<context>
    <name>ProjectJob</name>
    <message>
        <location filename="../../src/core/compose/projectjob.cpp" line="+164" />
        <source>dependency failed to start: container %1 is %2</source>
        <translation>зависимость не запустилась: контейнер %1 — %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not running</source>
        <translation>не работает</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 did not become healthy within %2 minutes (its health check says "%3")</source>
        <translation>%1 не стал здоровым за %2 мин (его проверка здоровья говорит «%3»)</translation>
    </message>
    <message>
        <location line="+29" />
        <location line="+68" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ProjectListPage</name>
    <message>
        <location filename="../../qml/projects/ProjectListPage.qml" line="+32" />
        <location line="+159" />
        <source>Projects</source>
        <translation>Проекты</translation>
    </message>
    <message>
        <location line="-140" />
        <source>Search by project, service or folder (Ctrl+F)</source>
        <translation>Поиск по проекту, сервису или папке (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Search projects</source>
        <translation>Поиск проектов</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Looking for Compose…</source>
        <translation>Поиск Compose…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Up from a compose file…</source>
        <translation>Поднять из файла compose…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Compose is not installed…</source>
        <translation>Compose не установлен…</translation>
    </message>
    <message>
        <location line="+36" />
        <source>What is a Compose project?</source>
        <translation>Что такое проект Compose?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>docker compose up makes one container per service of a compose file and marks each with the project's name. Berth finds them by that mark and acts on the whole project: it starts the services in the order their depends_on gives and stops them the other way.</source>
        <translation>docker compose up создаёт по контейнеру на каждый сервис файла compose и помечает каждый именем проекта. Berth находит их по этой метке и действует на весь проект сразу: запускает сервисы в порядке их depends_on и останавливает в обратном.</translation>
    </message>
    <message>
        <location line="+137" />
        <source>Project %1</source>
        <translation>Проект %1</translation>
    </message>
    <message>
        <location line="+71" />
        <source>Start</source>
        <translation>Запустить</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Start %1</source>
        <translation>Запустить %1</translation>
    </message>
    <message>
        <location line="-3" />
        <location line="+32" />
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <location line="-29" />
        <source>Stop %1</source>
        <translation>Остановить %1</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Restart</source>
        <translation>Перезапустить</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Unpause</source>
        <translation>Возобновить</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Pause</source>
        <translation>Приостановить</translation>
    </message>
    <message>
        <location line="-41" />
        <source>Logs</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Logs of %1</source>
        <translation>Журнал %1</translation>
    </message>
    <message>
        <location line="+58" />
        <source>services: %1</source>
        <translation>сервисы: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>started in this order: %1</source>
        <translation>запускаются в таком порядке: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>containers: %1</source>
        <translation>контейнеры: %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>files: %1</source>
        <translation>файлы: %1</translation>
    </message>
    <message>
        <location line="-107" />
        <source>made without a compose folder</source>
        <translation>создан без папки compose</translation>
    </message>
    <message>
        <location line="-156" />
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+12" />
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Containers</source>
        <translation>Контейнеры</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Working folder</source>
        <translation>Рабочая папка</translation>
    </message>
    <message>
        <location line="+118" />
        <source>%1 of %2 running</source>
        <translation>работают %1 из %2</translation>
    </message>
    <message>
        <location line="+54" />
        <source>More actions for %1</source>
        <translation>Другие действия с %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>More actions</source>
        <translation>Другие действия</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Remove…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location line="+50" />
        <source>Loading containers…</source>
        <translation>Загрузка контейнеров…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No Compose project: no container carries the com.docker.compose.project label.</source>
        <translation>Проектов Compose нет: ни у одного контейнера нет метки com.docker.compose.project.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No project matches the search.</source>
        <translation>Ни один проект не подходит под поиск.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Choose a compose file</source>
        <translation>Выберите файл compose</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Compose files (*.yaml *.yml)</source>
        <translation>Файлы compose (*.yaml *.yml)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Up from a compose file</source>
        <translation>Поднять из файла compose</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Compose is not installed</source>
        <translation>Compose не установлен</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Up</source>
        <translation>Поднять</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Berth runs %1 (%2) against the engine it shows, never your default one; its output is in the Jobs page.</source>
        <translation>Berth запускает %1 (%2) на показанном движке, а не на движке по умолчанию; вывод — на странице «Задачи».</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The compose file, e.g. /home/me/shop/compose.yaml</source>
        <translation>Файл compose, например /home/me/shop/compose.yaml</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Compose file</source>
        <translation>Файл compose</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+2" />
        <source>Project name</source>
        <translation>Имя проекта</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The same docker command: %1</source>
        <translation>Та же команда docker: %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Remove a project</source>
        <translation>Удалить проект</translation>
    </message>
    <message>
        <location line="+1" />
        <source>These go, running containers stopped first (in reverse dependency order):</source>
        <translation>Будет удалено (работающие контейнеры сначала остановятся, в обратном порядке зависимостей):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Also remove the project's volumes and the data in them</source>
        <translation>Удалить и тома проекта вместе с данными в них</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The volumes' data cannot be brought back.</source>
        <translation>Данные томов вернуть будет нельзя.</translation>
    </message>
</context>
<context>
    <name>ProjectLogWindow</name>
    <message>
        <location filename="../../qml/projects/ProjectLogWindow.qml" line="+22" />
        <source>Logs of project %1 — Berth</source>
        <translation>Журнал проекта %1 — Berth</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The same docker command: %1</source>
        <translation>Та же команда docker: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Following</source>
        <translation>Слежение</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ended: no container of the project runs</source>
        <translation>Завершено: ни один контейнер проекта не работает</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Scroll with new lines</source>
        <translation>Прокручивать к новым строкам</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Log lines</source>
        <translation>Строки журнала</translation>
    </message>
</context>
<context>
    <name>PullJob</name>
    <message>
        <location filename="../../src/core/jobs/pulljob.cpp" line="+10" />
        <source>Pull %1</source>
        <translation>Скачать %1</translation>
    </message>
</context>
<context>
    <name>PushJob</name>
    <message>
        <location filename="../../src/core/jobs/pushjob.cpp" line="+12" />
        <source>Push %1</source>
        <translation>Отправка %1</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../src/core/translations.cpp" line="+19" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Discard</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
</context>
<context>
    <name>RegistryActions</name>
    <message>
        <location filename="../../src/app/registries/registryactions.cpp" line="+103" />
        <source>Write the user name and the password (or access token).</source>
        <translation>Укажите имя пользователя и пароль (или токен доступа).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No credential helper is set up, so the password would be kept unencrypted in %1. Tick the box to allow it, or set up a credential helper (credsStore) first.</source>
        <translation>Помощник учётных данных не настроен, поэтому пароль будет храниться незашифрованным в %1. Отметьте флажок, чтобы разрешить это, или сначала настройте помощник (credsStore).</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Login Succeeded</source>
        <translation>Вход выполнен</translation>
    </message>
    <message>
        <location line="+50" />
        <source>%1 answers, and lets you in without a sign-in.</source>
        <translation>%1 отвечает и пускает без входа.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 takes the sign-in of %2.</source>
        <translation>%1 принимает вход %2.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a token</source>
        <translation>токен</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Asking %1 for its repositories…</source>
        <translation>Запрашиваю у %1 список репозиториев…</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1 holds no repositories.</source>
        <translation>В %1 нет репозиториев.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 does not list its repositories: %2</source>
        <translation>%1 не показывает свои репозитории: %2</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Asking for the tags of %1…</source>
        <translation>Запрашиваю теги %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
        <source>%n platforms</source>
        <translation><numerusform>%n платформа</numerusform><numerusform>%n платформы</numerusform><numerusform>%n платформ</numerusform></translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 has no tags.</source>
        <translation>У %1 нет тегов.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Write what to search for.</source>
        <translation>Напишите, что искать.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The engine cannot search Docker Hub from here: %1</source>
        <translation>Движок не может искать в Docker Hub отсюда: %1</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Nothing found.</source>
        <translation>Ничего не найдено.</translation>
    </message>
</context>
<context>
    <name>RegistryClient</name>
    <message>
        <location filename="../../src/core/registry/registryclient.cpp" line="+152" />
        <source>%1 wants a sign-in (%2). Sign in to it first.</source>
        <translation>%1 требует входа (%2). Сначала войдите в него.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 refused the sign-in (%2): check the user and password, and sign in again.</source>
        <translation>%1 отклонил вход (%2): проверьте пользователя и пароль и войдите снова.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 denies this (%2).</source>
        <translation>%1 запрещает это (%2).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 has no such thing (%2).</source>
        <translation>В %1 такого нет (%2).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 has had too many requests; wait and try again (%2).</source>
        <translation>%1 получил слишком много запросов; подождите и попробуйте снова (%2).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 answered %2: %3</source>
        <translation>%1 ответил %2: %3</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 cannot be reached (%2). Check the address and the network.</source>
        <translation>%1 недоступен (%2). Проверьте адрес и сеть.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+32" />
        <source>%1 sent more than 4 MiB for %2; Berth stopped reading.</source>
        <translation>%1 прислал больше 4 МиБ для %2; Berth прекратил чтение.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>%1 names no usable token service (%2).</source>
        <translation>%1 не называет пригодную службу токенов (%2).</translation>
    </message>
    <message>
        <location line="+51" />
        <source>The token service of %1 gave no token.</source>
        <translation>Служба токенов %1 не выдала токен.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>"%1" is not a repository name.</source>
        <translation>«%1» — не имя репозитория.</translation>
    </message>
</context>
<context>
    <name>RegistryListPage</name>
    <message>
        <location filename="../../qml/registries/RegistryListPage.qml" line="+19" />
        <location line="+79" />
        <source>Registries</source>
        <translation>Реестры</translation>
    </message>
    <message>
        <location line="-66" />
        <source>Sign in…</source>
        <translation>Войти…</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+233" />
        <source>Sign in to a registry</source>
        <translation>Вход в реестр</translation>
    </message>
    <message>
        <location line="-227" />
        <location line="+3" />
        <source>Search Docker Hub</source>
        <translation>Поиск в Docker Hub</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Search</source>
        <translation>Найти</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Search Docker Hub through the engine</source>
        <translation>Искать в Docker Hub через движок</translation>
    </message>
    <message numerus="yes">
        <location line="+13" />
        <source>%n image(s) found on Docker Hub.</source>
        <translation><numerusform>В Docker Hub найден %n образ.</numerusform><numerusform>В Docker Hub найдено %n образа.</numerusform><numerusform>В Docker Hub найдено %n образов.</numerusform></translation>
    </message>
    <message>
        <location line="+10" />
        <source>What is a registry?</source>
        <translation>Что такое реестр?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A registry stores images: Docker Hub, a company's own, GitHub's or GitLab's. Pull takes an image from one, push puts yours there. The sign-ins are the docker CLI's own (%1), so a docker login works here and a sign-in here works for docker.</source>
        <translation>Реестр хранит образы: Docker Hub, собственный реестр компании, реестр GitHub или GitLab. Pull берёт образ из реестра, push кладёт туда ваш. Входы — те же, что у docker CLI (%1), поэтому docker login работает здесь, а вход здесь работает для docker.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Registry %1</source>
        <translation>Реестр %1</translation>
    </message>
    <message>
        <location line="+14" />
        <source>signed in as %1</source>
        <translation>вход выполнен как %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>signed in</source>
        <translation>вход выполнен</translation>
    </message>
    <message>
        <location line="+2" />
        <source>kept by docker-credential-%1</source>
        <translation>хранится в docker-credential-%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>kept in config.json</source>
        <translation>хранится в config.json</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Asking %1…</source>
        <translation>Спрашиваю %1…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Check the sign-in for %1</source>
        <translation>Проверить вход в %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Browse</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What %1 holds</source>
        <translation>Что хранит %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sign out of %1</source>
        <translation>Выйти из %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>No sign-in yet. Sign in to a registry to push your images or pull private ones.</source>
        <translation>Входов пока нет. Войдите в реестр, чтобы отправлять свои образы или скачивать закрытые.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>In %1</source>
        <translation>В %1</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Repositories</source>
        <translation>Репозитории</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Repository %1</source>
        <translation>Репозиторий %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Tag %1</source>
        <translation>Тег %1</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Pull</source>
        <translation>Скачать</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pull %1</source>
        <translation>Скачать %1</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Checking the sign-in through the engine…</source>
        <translation>Проверяю вход через движок…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Registry (empty for Docker Hub), such as registry.example.com or localhost:5000</source>
        <translation>Реестр (пусто для Docker Hub), например registry.example.com или localhost:5000</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Registry</source>
        <translation>Реестр</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+5" />
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Password or access token</source>
        <translation>Пароль или токен доступа</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Keep it in the desktop's secret store (docker uses it too)</source>
        <translation>Хранить в хранилище секретов рабочего стола (docker тоже им пользуется)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keep the password in the desktop's secret store</source>
        <translation>Хранить пароль в хранилище секретов рабочего стола</translation>
    </message>
    <message>
        <location line="+5" />
        <source>docker-credential-secretservice keeps the password in the desktop's key ring; %1 gets "credsStore": "secretservice", so docker login, pull and push use it too.</source>
        <translation>docker-credential-secretservice хранит пароль в связке ключей рабочего стола; в %1 записывается "credsStore": "secretservice", так что docker login, pull и push тоже им пользуются.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>No credential helper is set up (credsStore in %1): the password would be kept there unencrypted, as docker login keeps it.</source>
        <translation>Помощник учётных данных не настроен (credsStore в %1): пароль будет храниться там незашифрованным, как его хранит docker login.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Keep it unencrypted in config.json</source>
        <translation>Хранить его незашифрованным в config.json</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keep the password unencrypted in config.json</source>
        <translation>Хранить пароль незашифрованным в config.json</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The same docker command: %1</source>
        <translation>Та же команда docker: %1</translation>
    </message>
</context>
<context>
    <name>RegistryMessages</name>
    <message>
        <location filename="../../src/core/registry/registrymessages.cpp" line="+18" />
        <source>Docker Hub</source>
        <translation>Docker Hub</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Berth has no sign-in for %1. If the image is private or the registry wants a sign-in, sign in first (the Registries page, or %2), then try again.</source>
        <translation>У Berth нет входа в %1. Если образ закрытый или реестр требует входа, сначала войдите (страница «Реестры» или %2), затем повторите.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>WARNING! Your password will be stored unencrypted in %1.
Configure a credential helper to remove this warning. See
https://docs.docker.com/engine/reference/commandline/login/#credentials-store</source>
        <translation>ВНИМАНИЕ! Ваш пароль будет храниться незашифрованным в %1.
Настройте помощник учётных данных, чтобы убрать это предупреждение. См.
https://docs.docker.com/engine/reference/commandline/login/#credentials-store</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1's TLS certificate is not trusted (%2). If the registry has a certificate authority of its own, put that authority's certificate in %3 on the engine's machine (Berth reads it from there too), then try again.</source>
        <translation>TLS-сертификату %1 нет доверия (%2). Если у реестра свой удостоверяющий центр, положите сертификат этого центра в %3 на машине движка (Berth тоже читает его оттуда) и повторите.</translation>
    </message>
</context>
<context>
    <name>RestoreForm</name>
    <message>
        <location filename="../../src/app/volumes/restoreform.cpp" line="+132" />
        <source>Choose the backup file to restore.</source>
        <translation>Выберите файл резервной копии для восстановления.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The file is still being read.</source>
        <translation>Файл ещё читается.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The file is read first: press Enter in its field.</source>
        <translation>Сначала файл читается: нажмите Enter в его поле.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Tick the files and folders to restore, or choose to restore everything.</source>
        <translation>Отметьте файлы и папки для восстановления или выберите восстановить всё.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tick the box to restore its device nodes too, or choose another file.</source>
        <translation>Отметьте флажок, чтобы восстановить и его файлы устройств, или выберите другой файл.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Give the new volume a name.</source>
        <translation>Дайте новому тому имя.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose the volume to restore into.</source>
        <translation>Выберите том, в который восстановить.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>"%1" cannot be a volume's name: use letters, digits, '_', '.' and '-', starting with a letter or digit.</source>
        <translation>«%1» не может быть именем тома: используйте латинские буквы, цифры, «_», «.» и «-», начиная с буквы или цифры.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A volume named %1 exists already: give the new one another name, or restore into %1 as an existing volume.</source>
        <translation>Том %1 уже есть: дайте новому другое имя или восстановите в %1 как в существующий том.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 is running and uses this volume: stop it first, Berth will not write under a running program.</source>
        <translation>%1 работает и использует этот том: сначала остановите его — Berth не пишет под работающей программой.</translation>
    </message>
    <message>
        <location line="+54" />
        <source>Can be restored: %1 files (%2), %3 folders, %4 links. At the top: %5. %6</source>
        <translation>Можно восстановить: файлов — %1 (%2), папок — %3, ссылок — %4. На верхнем уровне: %5. %6</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The checksum matches.</source>
        <translation>Контрольная сумма совпадает.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No .sha256 beside it to compare with.</source>
        <translation>Рядом нет .sha256 для сравнения.</translation>
    </message>
    <message>
        <location line="+71" />
        <source>Reading the backup…</source>
        <translation>Чтение резервной копии…</translation>
    </message>
    <message>
        <location line="+32" />
        <source>%1 (a hard link to %2)</source>
        <translation>%1 (жёсткая ссылка на %2)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A folder: open it to see what it holds.</source>
        <translation>Папка: откройте её, чтобы увидеть, что в ней.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A link to %1</source>
        <translation>Ссылка на %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A device, pipe or socket: it has no content to show.</source>
        <translation>Устройство, канал или сокет: показывать нечего.</translation>
    </message>
</context>
<context>
    <name>RunContainerDialog</name>
    <message>
        <location filename="../../qml/containers/RunContainerDialog.qml" line="+29" />
        <source>Run a container</source>
        <translation>Запуск контейнера</translation>
    </message>
    <message>
        <location line="+53" />
        <location line="+12" />
        <source>Image</source>
        <translation>Образ</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+9" />
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="-3" />
        <source>optional, e.g. web</source>
        <translation>необязательно, например web</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Interactive terminal (-it)</source>
        <translation>Интерактивный терминал (-it)</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+9" />
        <source>Command and arguments</source>
        <translation>Команда и аргументы</translation>
    </message>
    <message>
        <location line="-3" />
        <source>optional, e.g. sh -c 'echo hello'</source>
        <translation>необязательно, например sh -c 'echo hello'</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Ports, one per line (host:container)</source>
        <translation>Порты, по одному в строке (хост:контейнер)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Ports</source>
        <translation>Порты</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Volumes, one per line (name or /host/folder:/path)</source>
        <translation>Тома, по одному в строке (имя или /папка/хоста:/путь)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Volumes</source>
        <translation>Тома</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Environment, one NAME=value per line</source>
        <translation>Переменные окружения, по одной ИМЯ=значение в строке</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Environment variables</source>
        <translation>Переменные окружения</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Import an env file…</source>
        <translation>Загрузить env-файл…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add the variables of an env file (docker run --env-file)</source>
        <translation>Добавить переменные из env-файла (docker run --env-file)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Add a host folder…</source>
        <translation>Добавить папку компьютера…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Mount a folder of this computer into the container (a bind mount)</source>
        <translation>Подключить папку этого компьютера в контейнер (bind mount)</translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+8" />
        <source>Restart policy</source>
        <translation>Политика перезапуска</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Remove when it stops (--rm)</source>
        <translation>Удалить после остановки (--rm)</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+7" />
        <source>Working folder</source>
        <translation>Рабочая папка</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+5" />
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+15" />
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <location line="-3" />
        <source>default</source>
        <translation>по умолчанию</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Choose</source>
        <translation>Выбрать</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose one of the engine's networks</source>
        <translation>Выбрать одну из сетей движка</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+9" />
        <source>Memory limit</source>
        <translation>Предел памяти</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+8" />
        <source>CPUs</source>
        <translation>Процессоры</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Labels, one key=value per line</source>
        <translation>Метки, по одной ключ=значение в строке</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Labels</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Health check</source>
        <translation>Проверка работоспособности</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Command (run by the container's shell)</source>
        <translation>Команда (выполняется оболочкой контейнера)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Health check command</source>
        <translation>Команда проверки работоспособности</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Interval</source>
        <translation>Интервал</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Health check interval</source>
        <translation>Интервал проверки работоспособности</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Timeout</source>
        <translation>Тайм-аут</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Health check timeout</source>
        <translation>Тайм-аут проверки работоспособности</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Retries</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Health check retries</source>
        <translation>Попытки проверки работоспособности</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Start period</source>
        <translation>Период запуска</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Health check start period</source>
        <translation>Период запуска проверки работоспособности</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No health check (turn off the image's own)</source>
        <translation>Без проверки работоспособности (выключить проверку образа)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The same with the docker command:</source>
        <translation>То же самое командой docker:</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Run</source>
        <translation>Запустить</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Run the container</source>
        <translation>Запустить контейнер</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Import an env file</source>
        <translation>Загрузка env-файла</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Env files (*.env .env*)</source>
        <translation>Env-файлы (*.env .env*)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Choose a folder to mount</source>
        <translation>Выберите папку для подключения</translation>
    </message>
</context>
<context>
    <name>RunForm</name>
    <message>
        <location filename="../../src/app/containers/runform.cpp" line="+71" />
        <source>'%1' is not a port mapping such as 8080:80 or 127.0.0.1:53:53/udp.</source>
        <translation>«%1» — не запись порта вроде 8080:80 или 127.0.0.1:53:53/udp.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>'%1' is not a mount such as data:/app/data or /host/folder:/data:ro.</source>
        <translation>«%1» — не подключение вроде data:/app/data или /папка/хоста:/data:ro.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Port %1 is already in use on this computer; the container may fail to start.</source>
        <translation>Порт %1 на этом компьютере уже занят; контейнер может не запуститься.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
</context>
<context>
    <name>RunOptions</name>
    <message>
        <location filename="../../src/core/learn/runoptions.cpp" line="+151" />
        <source>Choose an image to run.</source>
        <translation>Выберите образ для запуска.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>'%1' is not an image reference, such as nginx or nginx:1.25.</source>
        <translation>«%1» — не ссылка на образ вроде nginx или nginx:1.25.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A name starts with a letter or digit and holds only letters, digits, '_', '.' and '-'.</source>
        <translation>Имя начинается с латинской буквы или цифры и состоит только из латинских букв, цифр, «_», «.» и «-».</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+3" />
        <source>'%1' is not a port number (1 to 65535).</source>
        <translation>«%1» — не номер порта (от 1 до 65535).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The protocol is tcp, udp or sctp.</source>
        <translation>Протокол — tcp, udp или sctp.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Host port %1 is given twice.</source>
        <translation>Порт хоста %1 указан дважды.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Choose a volume or a host folder to mount.</source>
        <translation>Выберите том или папку хоста для подключения.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>'%1' is neither a volume name nor an absolute host path.</source>
        <translation>«%1» — не имя тома и не абсолютный путь на хосте.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The path inside the container must start with '/'.</source>
        <translation>Путь внутри контейнера должен начинаться с «/».</translation>
    </message>
    <message>
        <location line="+6" />
        <source>'%1' is not NAME=value with a name of letters, digits and '_'.</source>
        <translation>«%1» — не ИМЯ=значение с именем из латинских букв, цифр и «_».</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A label is key=value with a key.</source>
        <translation>Метка записывается как ключ=значение, ключ обязателен.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The working folder must start with '/'.</source>
        <translation>Рабочая папка должна начинаться с «/».</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The restart policy is no, always, unless-stopped or on-failure[:N].</source>
        <translation>Политика перезапуска — no, always, unless-stopped или on-failure[:N].</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A container removed when it stops cannot also be restarted: choose one.</source>
        <translation>Контейнер, удаляемый при остановке, нельзя ещё и перезапускать: выберите что-то одно.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Write a memory limit such as 512m or 1g (at least 6m).</source>
        <translation>Укажите предел памяти, например 512m или 1g (не меньше 6m).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Write a number of CPUs such as 0.5 or 2.</source>
        <translation>Укажите число процессоров, например 0.5 или 2.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Turning the health check off (--no-healthcheck) leaves no room for its other values.</source>
        <translation>Если проверка работоспособности выключена (--no-healthcheck), другие её значения задавать нельзя.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1: write a duration such as 30s, 1m30s or 500ms (at least 1ms).</source>
        <translation>%1: укажите длительность, например 30s, 1m30s или 500ms (не меньше 1ms).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>--health-retries: write a whole number, 0 or more.</source>
        <translation>--health-retries: укажите целое число, 0 или больше.</translation>
    </message>
    <message>
        <location line="+271" />
        <source>%1 needs a value</source>
        <translation>Для %1 нужно значение</translation>
    </message>
    <message>
        <location line="+59" />
        <source>Berth does not know the option %1 here.</source>
        <translation>Berth не знает здесь параметра %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 %2 cannot be read.</source>
        <translation>%1 %2 не удаётся разобрать.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="+26" />
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+8" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="-5" />
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+8" />
        <source>Colours</source>
        <translation>Цвета</translation>
    </message>
    <message>
        <location line="-5" />
        <source>System colours</source>
        <translation>Цвета системы</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Light</source>
        <translation>Светлая тема</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Dark</source>
        <translation>Тёмная тема</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Explanations</source>
        <translation>Пояснения</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Show what each page is about, for newcomers</source>
        <translation>Показывать, о чём каждая страница, для новичков</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+12" />
        <source>Engine at start</source>
        <translation>Движок при запуске</translation>
    </message>
    <message>
        <location line="-5" />
        <source>The one docker would use (DOCKER_HOST, the context, the usual sockets)</source>
        <translation>Тот, что выбрал бы docker (DOCKER_HOST, контекст, обычные сокеты)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Engines…</source>
        <translation>Движки…</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+9" />
        <source>Backup folder</source>
        <translation>Папка резервных копий</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <location line="+8" />
        <source>A container stopped without being asked (an error, killed, out of memory)</source>
        <translation>Контейнер остановился без команды (ошибка, убит, нехватка памяти)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>A container turned unhealthy</source>
        <translation>Контейнер стал нездоров</translation>
    </message>
    <message>
        <location line="+6" />
        <source>A container keeps restarting</source>
        <translation>Контейнер перезапускается снова и снова</translation>
    </message>
    <message>
        <location line="+6" />
        <source>A long job finished while Berth was in the background</source>
        <translation>Долгая задача завершилась, пока Berth был в фоне</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Never for what you just did in Berth. Several at once come as one.</source>
        <translation>Никогда — о том, что вы сами сделали в Berth. Несколько сразу приходят одним уведомлением.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Tray</source>
        <translation>Трей</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Keep Berth running in the tray when its window is closed</source>
        <translation>Оставлять Berth работать в трее, когда окно закрыто</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The tray icon shows how many containers run; its menu starts and stops the ones used last.</source>
        <translation>Значок в трее показывает, сколько контейнеров запущено; его меню запускает и останавливает последние использованные.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This desktop shows no tray icons, so closing the window quits Berth.</source>
        <translation>Этот рабочий стол не показывает значки в трее, поэтому закрытие окна завершает Berth.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Confirmations</source>
        <translation>Подтверждения</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Ask before removing a container (prunes always show what goes)</source>
        <translation>Спрашивать перед удалением контейнера (очистка всегда показывает, что удаляется)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Settings are kept for the next start. A new engine at start applies then.</source>
        <translation>Настройки сохраняются до следующего запуска. Новый движок при запуске применится тогда же.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Where backups and bundles go</source>
        <translation>Куда сохранять резервные копии и пакеты</translation>
    </message>
</context>
<context>
    <name>ShellWords</name>
    <message>
        <location filename="../../src/core/util/shellwords.cpp" line="+92" />
        <source>A quote is not closed.</source>
        <translation>Кавычка не закрыта.</translation>
    </message>
</context>
<context>
    <name>StatsChart</name>
    <message>
        <location filename="../../qml/containers/StatsChart.qml" line="+32" />
        <source>%1/s</source>
        <translation>%1/с</translation>
    </message>
    <message numerus="yes">
        <location line="+82" />
        <source>Collecting: a figure every %n second(s)…</source>
        <translation><numerusform>Сбор данных: значение раз в %n секунду…</numerusform><numerusform>Сбор данных: значение раз в %n секунды…</numerusform><numerusform>Сбор данных: значение раз в %n секунд…</numerusform></translation>
    </message>
    <message>
        <location line="+34" />
        <location line="+62" />
        <source>now</source>
        <translation>сейчас</translation>
    </message>
    <message numerus="yes">
        <location line="-61" />
        <source>%n second(s) ago</source>
        <translation><numerusform>%n секунду назад</numerusform><numerusform>%n секунды назад</numerusform><numerusform>%n секунд назад</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+54" />
        <source>%n minute(s) ago</source>
        <translation><numerusform>%n минуту назад</numerusform><numerusform>%n минуты назад</numerusform><numerusform>%n минут назад</numerusform></translation>
    </message>
</context>
<context>
    <name>StatsView</name>
    <message>
        <location filename="../../qml/containers/StatsView.qml" line="+40" />
        <source>%1 is not running: start it to see what it uses.</source>
        <translation>%1 не запущен: запустите его, чтобы увидеть, что он потребляет.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Waiting for the first figures…</source>
        <translation>Ожидание первых данных…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>CPU</source>
        <translation>Процессор</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n process(es)</source>
        <translation><numerusform>%n процесс</numerusform><numerusform>%n процесса</numerusform><numerusform>%n процессов</numerusform></translation>
    </message>
    <message>
        <location line="+9" />
        <source>Memory</source>
        <translation>Память</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <location line="+1" />
        <source>received / sent: %1</source>
        <translation>получено / отправлено: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>received a second</source>
        <translation>получено за секунду</translation>
    </message>
    <message>
        <location line="+1" />
        <source>sent a second</source>
        <translation>отправлено за секунду</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Disk</source>
        <translation>Диск</translation>
    </message>
    <message>
        <location line="+1" />
        <source>read / written: %1</source>
        <translation>прочитано / записано: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>read a second</source>
        <translation>прочитано за секунду</translation>
    </message>
    <message>
        <location line="+1" />
        <source>written a second</source>
        <translation>записано за секунду</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The same in a terminal:</source>
        <translation>То же в терминале:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The same in a terminal: %1</source>
        <translation>То же в терминале: %1</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <location filename="../../qml/common/StepIndicator.qml" line="+17" />
        <location line="+17" />
        <source>Step %1 of %2: %3</source>
        <translation>Шаг %1 из %2: %3</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Step %1 of %2, done: %3</source>
        <translation>Шаг %1 из %2, выполнен: %3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Step %1 of %2, current: %3</source>
        <translation>Шаг %1 из %2, текущий: %3</translation>
    </message>
</context>
<context>
    <name>TarDigest</name>
    <message>
        <location filename="../../src/core/archive/tardigest.cpp" line="+37" />
        <source>a hard link names %1, which comes nowhere before it</source>
        <translation>жёсткая ссылка указывает на %1, которого раньше нет</translation>
    </message>
</context>
<context>
    <name>TarExtractor</name>
    <message>
        <location filename="../../src/core/files/tarextractor.cpp" line="+64" />
        <location line="+108" />
        <source>Cannot open the folder %1: %2</source>
        <translation>Не удаётся открыть папку %1: %2</translation>
    </message>
    <message>
        <location line="-71" />
        <location line="+251" />
        <source>The archive is damaged: %1</source>
        <translation>Архив повреждён: %1</translation>
    </message>
    <message>
        <location line="-244" />
        <source>The archive names an absolute path (%1); nothing was copied.</source>
        <translation>В архиве абсолютный путь (%1); ничего не скопировано.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The archive names a path outside the folder (%1); nothing was copied.</source>
        <translation>В архиве путь за пределами папки (%1); ничего не скопировано.</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Cannot make the folder %1: %2</source>
        <translation>Не удаётся создать папку %1: %2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 is a symbolic link or not a folder; nothing is written through it.</source>
        <translation>%1 — символическая ссылка или не папка; через неё ничего не пишется.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>%1 is of a kind that cannot be copied (tar type '%2').</source>
        <translation>%1 — объект, который нельзя скопировать (тип tar «%2»).</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Cannot replace the folder %1 with a file.</source>
        <translation>Нельзя заменить папку %1 файлом.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cannot replace %1, which is not a folder, with a folder.</source>
        <translation>Нельзя заменить %1, который не папка, папкой.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cannot replace %1: %2</source>
        <translation>Не удаётся заменить %1: %2</translation>
    </message>
    <message>
        <location line="+26" />
        <location line="+71" />
        <location line="+28" />
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <location line="-73" />
        <source>The hard link %1 names the folder itself.</source>
        <translation>Жёсткая ссылка %1 указывает на саму папку.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Cannot link %1 to %2: %3</source>
        <translation>Не удаётся связать %1 с %2: %3</translation>
    </message>
    <message>
        <location line="+48" />
        <source>Cannot set %1 on %2: %3</source>
        <translation>Не удаётся установить %1 для %2: %3</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The archive ended in the middle of %1.</source>
        <translation>Архив оборвался посреди %1.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>%1 appeared while the copy was written; it was left as it is.</source>
        <translation>%1 появился во время записи копии; он оставлен как есть.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cannot put %1 in place: %2</source>
        <translation>Не удаётся поставить %1 на место: %2</translation>
    </message>
</context>
<context>
    <name>TarFilterDevice</name>
    <message>
        <location filename="../../src/core/archive/tarfilterdevice.cpp" line="+189" />
        <source>%1 cannot be read as an archive: %2</source>
        <translation>%1 не читается как архив: %2</translation>
    </message>
    <message>
        <location line="+28" />
        <source>%1 is damaged or incomplete (at "%2"): %3</source>
        <translation>%1 повреждён или неполон (на «%2»): %3</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 is damaged or incomplete: %2</source>
        <translation>%1 повреждён или неполон: %2</translation>
    </message>
</context>
<context>
    <name>TarReader</name>
    <message>
        <location filename="../../src/core/archive/tarreader.cpp" line="+129" />
        <source>a tar header's checksum is wrong</source>
        <translation>неверная контрольная сумма заголовка tar</translation>
    </message>
    <message>
        <location line="+4" />
        <source>a tar header's size is not a number</source>
        <translation>размер в заголовке tar — не число</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a tar extension header is larger than %1 bytes</source>
        <translation>расширенный заголовок tar больше %1 байт</translation>
    </message>
    <message>
        <location line="+75" />
        <source>a PAX header is damaged</source>
        <translation>заголовок PAX повреждён</translation>
    </message>
    <message>
        <location line="+12" />
        <source>a PAX header's size is not a number</source>
        <translation>размер в заголовке PAX — не число</translation>
    </message>
    <message>
        <location line="+11" />
        <source>a PAX header's owner is not a number</source>
        <translation>владелец в заголовке PAX — не число</translation>
    </message>
    <message>
        <location line="+31" />
        <source>the tar stream was not read to its end</source>
        <translation>поток tar не был прочитан до конца</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the tar stream ends in the middle of an entry</source>
        <translation>поток tar обрывается посреди записи</translation>
    </message>
</context>
<context>
    <name>TarSelection</name>
    <message>
        <location filename="../../src/core/archive/tarselection.cpp" line="+27" />
        <source>"%1" leads outside the volume: a backup holds nothing there.</source>
        <translation>«%1» ведёт за пределы тома: в резервной копии там ничего нет.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>"%1" is the whole backup: name the files or folders in it to restore.</source>
        <translation>«%1» — это вся резервная копия: назовите файлы или папки в ней, которые нужно восстановить.</translation>
    </message>
    <message>
        <location line="+98" />
        <source>The backup %1 holds no %2.</source>
        <translation>В резервной копии %1 нет %2.</translation>
    </message>
</context>
<context>
    <name>TerminalPane</name>
    <message>
        <location filename="../../qml/containers/TerminalPane.qml" line="+55" />
        <source>Command (empty: its shell, bash or sh)</source>
        <translation>Команда (пусто — его оболочка, bash или sh)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Command to run in the container</source>
        <translation>Команда для запуска в контейнере</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Open terminal</source>
        <translation>Открыть терминал</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open a terminal in %1</source>
        <translation>Открыть терминал в %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Attach</source>
        <translation>Подключиться</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Its own terminal (it was started with -it); closing the tab detaches and leaves it running</source>
        <translation>Его собственный терминал (он запущен с -it); закрытие вкладки отключает от него, а контейнер продолжает работать</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Attach to %1</source>
        <translation>Подключиться к %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 is not running: start it to open a terminal in it.</source>
        <translation>%1 не запущен: запустите его, чтобы открыть в нём терминал.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>ended</source>
        <translation>завершён</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Terminal: %1</source>
        <translation>Терминал: %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Ended with exit code %1.</source>
        <translation>Завершён с кодом %1.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Detached; the container runs on.</source>
        <translation>Отключено; контейнер продолжает работать.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The same in a terminal: %1</source>
        <translation>То же в терминале: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Copy the selection (Ctrl+Shift+C)</source>
        <translation>Копировать выделенное (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Paste</source>
        <translation>Вставить</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Paste (Ctrl+Shift+V)</source>
        <translation>Вставить (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Close this terminal</source>
        <translation>Закрыть этот терминал</translation>
    </message>
</context>
<context>
    <name>TerminalSession</name>
    <message>
        <location filename="../../src/core/terminal/terminalsession.cpp" line="+61" />
        <source>%1 is not running: start it first, then open a terminal in it.</source>
        <translation>%1 не запущен: сначала запустите его, затем откройте в нём терминал.</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message numerus="yes">
        <location filename="../../src/app/tray/trayicon.cpp" line="+144" />
        <source>Berth: %n container(s) running</source>
        <translation><numerusform>Berth: запущен %n контейнер</numerusform><numerusform>Berth: запущено %n контейнера</numerusform><numerusform>Berth: запущено %n контейнеров</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+53" />
        <source>%n container(s) running</source>
        <translation><numerusform>Запущен %n контейнер</numerusform><numerusform>Запущено %n контейнера</numerusform><numerusform>Запущено %n контейнеров</numerusform></translation>
    </message>
    <message>
        <location line="+15" />
        <source>Resume %1</source>
        <translation>Продолжить %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Stop %1</source>
        <translation>Остановить %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Start %1</source>
        <translation>Запустить %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No containers used yet</source>
        <translation>Контейнеры ещё не использовались</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show Berth</source>
        <translation>Показать Berth</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Quit Berth</source>
        <translation>Выйти из Berth</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Berth is still running</source>
        <translation>Berth продолжает работать</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Closing the window leaves Berth in the tray. Its menu shows it again or quits.</source>
        <translation>После закрытия окна Berth остаётся в трее. Его меню снова покажет окно или завершит программу.</translation>
    </message>
</context>
<context>
    <name>TryBuildImage</name>
    <message>
        <location filename="../../qml/learn/TryBuildImage.qml" line="+24" />
        <source>Try it: build an image from a Dockerfile and run it</source>
        <translation>Попробуйте: соберите образ из Dockerfile и запустите его</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Write a small Dockerfile and a file beside it, and build them into the image berth-try-build.</source>
        <translation>Напишите небольшой Dockerfile и файл рядом с ним и соберите из них образ berth-try-build.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Build it</source>
        <translation>Собрать</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The example's Dockerfile</source>
        <translation>Dockerfile примера</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The build's output</source>
        <translation>Вывод сборки</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Run the new image: its command prints the file the build put in (see its logs).</source>
        <translation>Запустите новый образ: его команда печатает файл, который положила сборка (смотрите его журнал).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run it</source>
        <translation>Запустить</translation>
    </message>
</context>
<context>
    <name>TryVolumeBackup</name>
    <message>
        <location filename="../../qml/learn/TryVolumeBackup.qml" line="+37" />
        <source>Try it: back up a volume and restore it</source>
        <translation>Попробуйте: резервная копия тома и восстановление</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Data that matters lives in volumes; a copy of it is a .tar.gz you can keep or take to another machine. Berth's backups are the same archives the manual tar method makes.</source>
        <translation>Важные данные хранятся в томах; их копия — это .tar.gz, который можно сохранить или перенести на другой компьютер. Резервные копии Berth — такие же архивы, какие делает ручной способ через tar.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Make a volume and write a file into it from a short-lived container.</source>
        <translation>Создать том и записать в него файл из короткоживущего контейнера.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make it</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Back it up into %1 (a .tar.gz and its .sha256).</source>
        <translation>Сделать его резервную копию в %1 (.tar.gz и его .sha256).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Back it up</source>
        <translation>Сделать копию</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Restore the backup into a new volume, %1, and see the file there.</source>
        <translation>Восстановить копию в новый том %1 и увидеть там файл.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Restore it</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The backup is not in %1 yet: wait for its job to end (the Jobs page), then try again.</source>
        <translation>Резервной копии в %1 ещё нет: дождитесь окончания задачи (страница «Задачи») и попробуйте снова.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Remove both volumes (the backup file stays in the folder).</source>
        <translation>Удалить оба тома (файл резервной копии останется в папке).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove them</source>
        <translation>Удалить их</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Done: you backed up a volume, checked the copy by restoring it, and cleaned up.</source>
        <translation>Готово: вы сделали резервную копию тома, проверили её восстановлением и всё убрали.</translation>
    </message>
</context>
<context>
    <name>TryWebServer</name>
    <message>
        <location filename="../../qml/learn/TryWebServer.qml" line="+32" />
        <source>Try it: a web server</source>
        <translation>Попробуйте: веб-сервер</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Four real steps on your engine, the first thing most people do with Docker. Each button does it and shows the command it equals.</source>
        <translation>Четыре настоящих шага на вашем движке — то, с чего большинство начинает знакомство с Docker. Каждая кнопка выполняет шаг и показывает равную ему команду.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Run a web server in a container, its port 80 published as 8080 on this computer.</source>
        <translation>Запустить веб-сервер в контейнере; его порт 80 будет доступен как 8080 на этом компьютере.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run it</source>
        <translation>Запустить</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Look at what it writes: its log.</source>
        <translation>Посмотреть, что он пишет: его журнал.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the log</source>
        <translation>Показать журнал</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Open a shell inside it and look around (ls, ps, exit).</source>
        <translation>Открыть внутри него оболочку и осмотреться (ls, ps, exit).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open a shell</source>
        <translation>Открыть оболочку</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Stop and remove it: nothing of it stays on the computer.</source>
        <translation>Остановить и удалить его: на компьютере от него ничего не останется.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop and remove</source>
        <translation>Остановить и удалить</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Done: you ran, inspected, entered and removed a container. The same works for any image.</source>
        <translation>Готово: вы запустили контейнер, посмотрели его журнал, зашли внутрь и удалили его. Так же можно с любым образом.</translation>
    </message>
</context>
<context>
    <name>VmPicture</name>
    <message>
        <location filename="../../qml/learn/VmPicture.qml" line="+39" />
        <source>Virtual machines</source>
        <translation>Виртуальные машины</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+24" />
        <source>App A</source>
        <translation>Программа А</translation>
    </message>
    <message>
        <location line="-24" />
        <location line="+24" />
        <source>App B</source>
        <translation>Программа Б</translation>
    </message>
    <message>
        <location line="-17" />
        <location line="+24" />
        <source>Libraries</source>
        <translation>Библиотеки</translation>
    </message>
    <message>
        <location line="-23" />
        <source>Guest OS and its kernel</source>
        <translation>Гостевая ОС и её ядро</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Hypervisor</source>
        <translation>Гипервизор</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Host operating system</source>
        <translation>ОС хоста</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+23" />
        <source>Hardware</source>
        <translation>Оборудование</translation>
    </message>
    <message>
        <location line="-17" />
        <source>Containers</source>
        <translation>Контейнеры</translation>
    </message>
    <message>
        <location line="+4" />
        <source>App C</source>
        <translation>Программа В</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Container engine (Docker, Podman)</source>
        <translation>Движок контейнеров (Docker, Podman)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Host operating system: one shared kernel</source>
        <translation>ОС хоста: одно общее ядро</translation>
    </message>
</context>
<context>
    <name>VolumeActions</name>
    <message>
        <location filename="../../src/app/volumes/volumeactions.cpp" line="+42" />
        <source>The volume %1 is used by %2. Remove those containers first.</source>
        <translation>Том %1 используют: %2. Сначала удалите эти контейнеры.</translation>
    </message>
    <message>
        <location line="+170" />
        <source>An import that was cut short left these behind, and they were used since, so Berth kept them: %1.</source>
        <translation>Прерванный импорт оставил это, и с тех пор им пользовались, поэтому Berth их сохранил: %1.</translation>
    </message>
</context>
<context>
    <name>VolumeBackupDialog</name>
    <message>
        <location filename="../../qml/volumes/VolumeBackupDialog.qml" line="+24" />
        <source>Back up the volumes of %1</source>
        <translation>Резервная копия томов %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Back up volume %1</source>
        <translation>Резервная копия тома %1</translation>
    </message>
    <message>
        <location line="+18" />
        <source>A volume is where a container keeps its data (a database's files, uploads…). Berth copies everything in it into one compressed file (.tar.gz) in the folder you choose, and writes a .sha256 checksum beside it so the copy can be checked before it is restored. The volume is only read. The file is the same kind the manual tar method makes, so either way can restore it.</source>
        <translation>Том — это место, где контейнер хранит свои данные (файлы базы данных, загрузки…). Berth копирует всё его содержимое в один сжатый файл (.tar.gz) в выбранной папке и пишет рядом контрольную сумму .sha256, чтобы копию можно было проверить перед восстановлением. Том только читается. Файл такой же, какой делает ручной способ через tar, поэтому восстановить его можно и так, и так.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 has no volumes: its data lives in the container itself (docker commit saves that).</source>
        <translation>У %1 нет томов: его данные хранятся в самом контейнере (их сохраняет docker commit).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Volumes: %1</source>
        <translation>Тома: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Into the folder</source>
        <translation>В папку</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Folder for the backup files</source>
        <translation>Папка для файлов резервной копии</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose the folder</source>
        <translation>Выбрать папку</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Files: %1, each with a .sha256 file beside it</source>
        <translation>Файлы: %1, рядом с каждым — файл .sha256</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 is running and uses this data. A program that writes while the copy is made (a database especially) can leave a copy whose parts do not fit together. What should happen to it during the backup?</source>
        <translation>%1 работает и использует эти данные. Программа, которая пишет во время копирования (особенно база данных), может оставить копию, части которой не сходятся друг с другом. Что с ним делать на время копирования?</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Pause it, and resume it right after (recommended: a few seconds)</source>
        <translation>Приостановить и сразу после продолжить (рекомендуется: несколько секунд)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Stop it, and start it again after (the safest for databases)</source>
        <translation>Остановить и после снова запустить (надёжнее всего для баз данных)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Keep it running (fine when it is not writing)</source>
        <translation>Оставить работать (подходит, если он ничего не пишет)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The same with the docker command (a helper container reads the volume), for learning:</source>
        <translation>То же командой docker (том читает вспомогательный контейнер), для изучения:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The same docker command: %1</source>
        <translation>Та же команда docker: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Or on the engine's computer itself, without a helper (the first volume):</source>
        <translation>Или на компьютере самого движка, без вспомогательного контейнера (первый том):</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Manual command: %1</source>
        <translation>Команда вручную: %1</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Back up</source>
        <translation>Сохранить копию</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Start the backup</source>
        <translation>Начать резервное копирование</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Folder for the backup</source>
        <translation>Папка для резервной копии</translation>
    </message>
</context>
<context>
    <name>VolumeBackupJob</name>
    <message>
        <location filename="../../src/core/jobs/volumebackupjob.cpp" line="+44" />
        <source>Back up volume %1</source>
        <translation>Резервная копия тома %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Back up volumes %1</source>
        <translation>Резервная копия томов %1</translation>
    </message>
    <message>
        <location line="+41" />
        <location line="+5" />
        <source>Choose the volume to back up.</source>
        <translation>Выберите том для резервного копирования.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 exists already; Berth does not write over it. Choose another name.</source>
        <translation>%1 уже существует; Berth не записывает поверх. Выберите другое имя.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 exists (an unfinished backup?). Remove it or choose another name.</source>
        <translation>%1 существует (незаконченная копия?). Удалите его или выберите другое имя.</translation>
    </message>
    <message>
        <location line="+67" />
        <source>Pausing %1</source>
        <translation>Приостановка %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stopping %1</source>
        <translation>Остановка %1</translation>
    </message>
    <message>
        <location line="+93" />
        <source>Reading the volume and compressing it</source>
        <translation>Чтение тома и сжатие</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Cannot name the backup %1 (does it exist now?). It was not kept.</source>
        <translation>Не удаётся назвать копию %1 (файл уже появился?). Копия не сохранена.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>The backup %1 is complete, but its checksum could not be written: %2</source>
        <translation>Копия %1 готова, но её контрольную сумму записать не удалось: %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Backed up to %1</source>
        <translation>Сохранено в %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Podman's archive API does not report file owners: every file in this backup belongs to root. Modes, links and contents are kept.</source>
        <translation>API архивов Podman не сообщает владельцев файлов: в этой копии все файлы принадлежат root. Права, ссылки и содержимое сохранены.</translation>
    </message>
</context>
<context>
    <name>VolumeListPage</name>
    <message>
        <location filename="../../qml/volumes/VolumeListPage.qml" line="+21" />
        <location line="+155" />
        <source>Volumes</source>
        <translation>Тома</translation>
    </message>
    <message>
        <location line="-137" />
        <source>Search by name or container (Ctrl+F)</source>
        <translation>Поиск по имени или контейнеру (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Search volumes</source>
        <translation>Поиск томов</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Create…</source>
        <translation>Создать…</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+304" />
        <source>Create a volume</source>
        <translation>Создание тома</translation>
    </message>
    <message>
        <location line="-298" />
        <location line="+264" />
        <source>Restore…</source>
        <translation>Восстановить…</translation>
    </message>
    <message>
        <location line="-262" />
        <source>Restore a volume from a backup file</source>
        <translation>Восстановить том из файла резервной копии</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Prune…</source>
        <translation>Очистить…</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+360" />
        <source>Remove unused volumes</source>
        <translation>Удалить неиспользуемые тома</translation>
    </message>
    <message>
        <location line="-350" />
        <source>What is a volume?</source>
        <translation>Что такое том?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A volume is storage the engine keeps for containers: its data stays when a container is removed, and several containers can share it. A bind mount is different: it shows a folder of this computer inside the container.</source>
        <translation>Том — это хранилище, которое движок ведёт для контейнеров: данные в нём остаются после удаления контейнера, и его могут делить несколько контейнеров. Привязка папки (bind mount) — другое: она показывает папку этого компьютера внутри контейнера.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Used by</source>
        <translation>Используется</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <location line="+76" />
        <location line="+160" />
        <source>Volume %1</source>
        <translation>Том %1</translation>
    </message>
    <message>
        <location line="-170" />
        <source>used by %1</source>
        <translation>используют: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+41" />
        <source>not used</source>
        <translation>не используется</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Inspect</source>
        <translation>Подробно (inspect)</translation>
    </message>
    <message>
        <location line="-21" />
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Browse the files of %1</source>
        <translation>Просмотреть файлы %1</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Back up…</source>
        <translation>Резервная копия…</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Loading volumes…</source>
        <translation>Загрузка томов…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No volumes yet.</source>
        <translation>Томов пока нет.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No volume matches the search.</source>
        <translation>Ни один том не подходит под поиск.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Name (empty: the engine picks one)</source>
        <translation>Имя (если пусто, движок выберет сам)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Volume name</source>
        <translation>Имя тома</translation>
    </message>
    <message>
        <location line="-248" />
        <location line="+249" />
        <location line="+1" />
        <source>Driver</source>
        <translation>Драйвер</translation>
    </message>
    <message>
        <location line="-77" />
        <source>More actions for %1</source>
        <translation>Другие действия с %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>More actions</source>
        <translation>Другие действия</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Remove…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Labels, one key=value per line</source>
        <translation>Метки, по одной ключ=значение в строке</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Labels</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The same docker command: %1</source>
        <translation>Та же команда docker: %1</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Files of %1</source>
        <translation>Файлы %1</translation>
    </message>
    <message>
        <location line="+20" />
        <source>These volumes no container uses will be removed with all their data:</source>
        <translation>Будут удалены эти тома, которые не использует ни один контейнер, со всеми данными:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Prune removes named volumes too, not only anonymous ones. Back up what you need first.</source>
        <translation>Очистка удаляет и именованные тома, а не только анонимные. Сначала сохраните резервную копию нужного.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Remove a volume</source>
        <translation>Удаление тома</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This volume will be removed with all its data:</source>
        <translation>Этот том будет удалён со всеми данными:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What is in it cannot be brought back. Back it up first if you may need it.</source>
        <translation>Его содержимое нельзя будет вернуть. Если оно может понадобиться, сначала сделайте резервную копию.</translation>
    </message>
</context>
<context>
    <name>VolumeRestoreDialog</name>
    <message>
        <location filename="../../qml/volumes/VolumeRestoreDialog.qml" line="+27" />
        <source>Restore a volume from a backup</source>
        <translation>Восстановление тома из резервной копии</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Restoring puts the files of a backup (.tar.gz, .tgz, .tar, .tar.bz2, .tar.xz or Docker Desktop's .tar.zst) into a volume, where containers find them again. Berth reads the whole file first: a damaged or changed backup, or one with paths outside the volume, is refused before anything is touched.</source>
        <translation>Восстановление кладёт файлы резервной копии (.tar.gz, .tgz, .tar, .tar.bz2, .tar.xz или .tar.zst из Docker Desktop) в том, где их снова найдут контейнеры. Сначала Berth читает весь файл: повреждённая или изменённая копия, а также копия с путями за пределами тома отклоняется до того, как что-либо будет затронуто.</translation>
    </message>
    <message>
        <location line="-16" />
        <location line="+23" />
        <source>Backup file</source>
        <translation>Файл резервной копии</translation>
    </message>
    <message>
        <location line="-23" />
        <source>File check</source>
        <translation>Проверка файла</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Contents</source>
        <translation>Содержимое</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Target</source>
        <translation>Куда</translation>
    </message>
    <message>
        <location line="+32" />
        <location line="+332" />
        <source>Backup file to restore</source>
        <translation>Файл резервной копии для восстановления</translation>
    </message>
    <message>
        <location line="-329" />
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose the backup file</source>
        <translation>Выбрать файл резервной копии</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Reading the whole file…</source>
        <translation>Чтение всего файла…</translation>
    </message>
    <message numerus="yes">
        <location line="+13" />
        <source>It holds %n device node(s) (%1), through which a container allowed to use devices reaches this computer's hardware. Restore them too; tick only if you trust where the file comes from.</source>
        <translation><numerusform>В нём %n файл устройства (%1), через который контейнер с доступом к устройствам добирается до оборудования этого компьютера. Восстановить и его; отметьте, только если доверяете источнику файла.</numerusform><numerusform>В нём %n файла устройств (%1), через которые контейнер с доступом к устройствам добирается до оборудования этого компьютера. Восстановить и их; отметьте, только если доверяете источнику файла.</numerusform><numerusform>В нём %n файлов устройств (%1), через которые контейнер с доступом к устройствам добирается до оборудования этого компьютера. Восстановить и их; отметьте, только если доверяете источнику файла.</numerusform></translation>
    </message>
    <message>
        <location line="+15" />
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Everything in the backup</source>
        <translation>Всё, что есть в копии</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Only the files and folders I tick here:</source>
        <translation>Только файлы и папки, отмеченные здесь:</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Top</source>
        <translation>Верх</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Reading the backup…</source>
        <translation>Чтение резервной копии…</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Restore %1</source>
        <translation>Восстановить %1</translation>
    </message>
    <message>
        <location line="+54" />
        <location line="+1" />
        <source>Close the preview</source>
        <translation>Закрыть просмотр</translation>
    </message>
    <message>
        <location line="+23" />
        <source>The file's content</source>
        <translation>Содержимое файла</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Nothing ticked yet. A click on a folder's name opens it; on a file's, shows its start.</source>
        <translation>Пока ничего не отмечено. Щелчок по имени папки открывает её, по имени файла — показывает его начало.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ticked: %1</source>
        <translation>Отмечено: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Into</source>
        <translation>Куда</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A new volume, named</source>
        <translation>В новый том с именем</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Name of the new volume</source>
        <translation>Имя нового тома</translation>
    </message>
    <message>
        <location line="+5" />
        <source>An existing volume</source>
        <translation>В существующий том</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Volume to restore into</source>
        <translation>Том, в который восстановить</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 is running and uses this volume: stop it first, Berth will not write under a running program.</source>
        <translation>%1 работает и использует этот том: сначала остановите его — Berth не пишет под работающей программой.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>If it already holds data:</source>
        <translation>Если в нём уже есть данные:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Stop and change nothing</source>
        <translation>Остановиться и ничего не менять</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Replace its contents (Berth backs them up first and puts them back if the restore fails)</source>
        <translation>Заменить содержимое (Berth сначала сохранит его и вернёт, если восстановление не удастся)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Merge (add the backup's files; files with the same name are overwritten)</source>
        <translation>Объединить (добавить файлы копии; файлы с теми же именами будут перезаписаны)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The same by hand, for learning (on the engine's computer, or anywhere with a helper container):</source>
        <translation>То же вручную, для изучения (на компьютере движка или где угодно через вспомогательный контейнер):</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="-337" />
        <location line="+342" />
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location line="-17" />
        <source>Manual command: %1</source>
        <translation>Команда вручную: %1</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Start the restore</source>
        <translation>Начать восстановление</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Volume backups (*.tar.gz *.tgz *.tar *.tar.bz2 *.tar.xz *.tar.zst)</source>
        <translation>Резервные копии томов (*.tar.gz *.tgz *.tar *.tar.bz2 *.tar.xz *.tar.zst)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>VolumeRestoreJob</name>
    <message>
        <location filename="../../src/core/jobs/volumerestorejob.cpp" line="+57" />
        <source>Restore %1 into volume %2</source>
        <translation>Восстановление %1 в том %2</translation>
    </message>
    <message>
        <location line="+23" />
        <source>%1 is not there. Choose the backup file to restore.</source>
        <translation>%1 не найден. Выберите файл резервной копии для восстановления.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>"%1" cannot be a volume's name: use letters, digits, '_', '.' and '-', starting with a letter or digit.</source>
        <translation>«%1» не может быть именем тома: используйте латинские буквы, цифры, «_», «.» и «-», начиная с буквы или цифры.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Reading the whole archive and checking it</source>
        <translation>Чтение и проверка всего архива</translation>
    </message>
    <message>
        <location line="+24" />
        <source>%1 cannot be restored: %2</source>
        <translation>%1 нельзя восстановить: %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Nothing was changed: %1</source>
        <translation>Ничего не изменено: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>%1 holds %n device node(s) (%2): a container allowed to use devices would reach this machine's hardware through them. Nothing was changed; restore them only if you trust where the archive comes from (berthctl: --allow-devices; in the window, tick the box).</source>
        <translation><numerusform>В %1 %n файл устройства (%2): через него контейнер с доступом к устройствам доберётся до оборудования этого компьютера. Ничего не изменено; восстанавливайте его, только если доверяете источнику архива (berthctl: --allow-devices; в окне — отметьте флажок).</numerusform><numerusform>В %1 %n файла устройств (%2): через них контейнер с доступом к устройствам доберётся до оборудования этого компьютера. Ничего не изменено; восстанавливайте их, только если доверяете источнику архива (berthctl: --allow-devices; в окне — отметьте флажок).</numerusform><numerusform>В %1 %n файлов устройств (%2): через них контейнер с доступом к устройствам доберётся до оборудования этого компьютера. Ничего не изменено; восстанавливайте их, только если доверяете источнику архива (berthctl: --allow-devices; в окне — отметьте флажок).</numerusform></translation>
    </message>
    <message>
        <location line="+54" />
        <source>Volume %1 is in use by %2, which is running. Writing under a running program can break its files: stop it first, then restore.</source>
        <translation>Том %1 использует работающий контейнер %2. Запись под работающей программой может испортить её файлы: сначала остановите его, затем восстанавливайте.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Volume %1 is used by %2. Replacing its contents means making the volume again, which the engine refuses while a container refers to it. Remove that container first, or restore into a new volume.</source>
        <translation>Том %1 используют: %2. Замена содержимого означает пересоздание тома, а движок не позволяет этого, пока на том ссылается контейнер. Сначала удалите этот контейнер или восстановите в новый том.</translation>
    </message>
    <message>
        <location line="+63" />
        <source>Looking whether volume %1 holds anything</source>
        <translation>Проверка, есть ли что-то в томе %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Volume %1 holds data, and Berth does not write over it unasked. Choose to replace its contents (they are backed up first; berthctl: --replace) or to merge them (--merge), or restore into a new volume.</source>
        <translation>В томе %1 есть данные, и Berth не пишет поверх них без спроса. Выберите замену содержимого (оно будет сначала сохранено; berthctl: --replace) или объединение (--merge), либо восстановите в новый том.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Cannot make %1 for the backup of the current contents.</source>
        <translation>Не удаётся создать %1 для копии текущего содержимого.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Backing up the current contents of %1 first</source>
        <translation>Сначала сохраняется текущее содержимое %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The current contents could not be backed up, so nothing was changed: %1</source>
        <translation>Текущее содержимое сохранить не удалось, поэтому ничего не изменено: %1</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Emptying volume %1</source>
        <translation>Очистка тома %1</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Writing %1 files (%2) into %3</source>
        <translation>Запись файлов (%1, %2) в %3</translation>
    </message>
    <message>
        <location line="+78" />
        <source>The engine did not keep the setuid/setgid bit of these hard-linked files: %1. Set it again with chmod inside a container, or restore this archive with tar -xzf on the engine's host.</source>
        <translation>Движок не сохранил бит setuid/setgid у этих файлов с жёсткими ссылками: %1. Установите его снова через chmod внутри контейнера или восстановите этот архив через tar -xzf на компьютере движка.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Restored %1 files (%2) into volume %3</source>
        <translation>Восстановлено файлов: %1 (%2) в том %3</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Restored %1 from the backup into volume %2: %3 files (%4)</source>
        <translation>%1 из резервной копии восстановлено в том %2: файлов — %3 (%4)</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Volume %1 may hold part of the archive (it was empty before).</source>
        <translation>В томе %1 может оказаться часть архива (до этого он был пуст).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Volume %1 may hold part of the archive; its previous contents are kept in %2 (berthctl volume restore %2 %1 --replace puts them back).</source>
        <translation>В томе %1 может оказаться часть архива; его прежнее содержимое сохранено в %2 (berthctl volume restore %2 %1 --replace вернёт его).</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Volume %1 was made for this restore and could not be removed: remove it with docker volume rm %1.</source>
        <translation>Том %1 был создан для этого восстановления, и удалить его не удалось: удалите его командой docker volume rm %1.</translation>
    </message>
    <message>
        <location line="+99" />
        <source>Volume %1 holds its previous contents again.</source>
        <translation>В томе %1 снова прежнее содержимое.</translation>
    </message>
    <message>
        <location line="-58" />
        <source>Putting the previous contents of %1 back</source>
        <translation>Возвращается прежнее содержимое %1</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Volume %1 is empty again, as it was.</source>
        <translation>Том %1 снова пуст, как и был.</translation>
    </message>
</context>
<context>
    <name>VolumeTool</name>
    <message>
        <location filename="../../src/core/jobs/volumetool.cpp" line="+113" />
        <source>the engine runs on %1/%2, and Berth's volume tool is built for linux/%3</source>
        <translation>движок работает на %1/%2, а инструмент томов Berth собран для linux/%3</translation>
    </message>
    <message>
        <location line="+115" />
        <source>The engine sent the volume tool's answer in a form Berth cannot read (%1 bytes).</source>
        <translation>Движок прислал ответ инструмента томов в виде, который Berth не может прочитать (%1 байт).</translation>
    </message>
    <message>
        <location line="+52" />
        <source>Berth's volume tool could not remove everything (exit %1): %2</source>
        <translation>Инструмент томов Berth удалил не всё (код выхода %1): %2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Berth's volume tool could not read all of the volume (exit %1): %2</source>
        <translation>Инструмент томов Berth не смог прочитать весь том (код выхода %1): %2</translation>
    </message>
    <message>
        <location line="+34" />
        <source>it names more than %1 entries</source>
        <translation>в нём больше %1 записей</translation>
    </message>
    <message>
        <location line="+2" />
        <source>entry %1 is cut short or too long</source>
        <translation>запись %1 оборвана или слишком длинная</translation>
    </message>
    <message>
        <location line="+4" />
        <source>entry %1 has no proper header</source>
        <translation>у записи %1 неправильный заголовок</translation>
    </message>
    <message>
        <location line="+4" />
        <source>entry %1 has an unknown type</source>
        <translation>у записи %1 неизвестный тип</translation>
    </message>
    <message>
        <location line="+9" />
        <source>entry %1 has a number that is not one</source>
        <translation>в записи %1 вместо числа что-то другое</translation>
    </message>
    <message>
        <location line="+3" />
        <source>entry %1 has a number out of range</source>
        <translation>в записи %1 число вне допустимых пределов</translation>
    </message>
    <message>
        <location line="+3" />
        <source>entry %1 is not a name in one folder</source>
        <translation>запись %1 — не имя внутри одной папки</translation>
    </message>
    <message>
        <location line="+2" />
        <source>entry %1 has a link target but is no link</source>
        <translation>у записи %1 есть цель ссылки, но это не ссылка</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Berth's volume tool could not read the folder (exit %1): %2</source>
        <translation>Инструмент томов Berth не смог прочитать папку (код выхода %1): %2</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Berth's volume tool sent a damaged list of %1: %2.</source>
        <translation>Инструмент томов Berth прислал повреждённый список %1: %2.</translation>
    </message>
</context>
<context>
    <name>ZstdDevice</name>
    <message>
        <location filename="../../src/core/archive/zstddevice.cpp" line="+70" />
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 ends in the middle of its data (truncated?).</source>
        <translation>%1 обрывается посреди данных (обрезан?).</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 is not valid zstd data: %2</source>
        <translation>%1 — неверные данные zstd: %2</translation>
    </message>
</context>
<context>
    <name>berthctl</name>
    <message>
        <location filename="../../src/cli/cli.cpp" line="+38" />
        <location filename="../../src/cli/networkcommands.cpp" line="+233" />
        <source>The engine did not answer in time.</source>
        <translation>Движок не ответил вовремя.</translation>
    </message>
    <message>
        <location filename="../../src/cli/volumecommands.cpp" line="+33" />
        <source>volume backup takes one volume, not '%1' too</source>
        <translation>volume backup принимает один том, а не ещё и «%1»</translation>
    </message>
    <message>
        <location line="+9" />
        <source>volume backup needs a volume: berthctl volume backup VOLUME [-o FILE]</source>
        <translation>для volume backup нужен том: berthctl volume backup ТОМ [-o ФАЙЛ]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 read, %2/s</source>
        <translation>прочитано %1, %2/с</translation>
    </message>
    <message>
        <location line="+6" />
        <source>berthctl: note: %1 kept running while the volume was read; a program writing meanwhile may have left an inconsistent copy (--pause-containers avoids that).</source>
        <translation>berthctl: внимание: %1 продолжал работать, пока читался том; программа, писавшая в это время, могла оставить несогласованную копию (--pause-containers этого избегает).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>sha256: %1 (in %2)</source>
        <translation>sha256: %1 (в %2)</translation>
    </message>
    <message>
        <location line="+26" />
        <source>%1 of %2, %3/s</source>
        <translation>%1 из %2, %3/с</translation>
    </message>
    <message>
        <location filename="../../src/cli/migratecommands.cpp" line="+57" />
        <source>%1 binds the host folder %2, which is not migrated.</source>
        <translation>%1 подключает папку компьютера %2 — она не переносится.</translation>
    </message>
    <message>
        <location filename="../../src/cli/cli.cpp" line="+81" />
        <source>berthctl: an import cut short was undone: %1.</source>
        <translation>berthctl: прерванный импорт отменён: %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>berthctl: an import cut short left what was changed since; kept: %1.</source>
        <translation>berthctl: прерванный импорт оставил то, что с тех пор изменилось; сохранено: %1.</translation>
    </message>
    <message>
        <location filename="../../src/cli/migratecommands.cpp" line="+73" />
        <source>the container would get powers over this machine; nothing was changed. Each needs its option, given only if you trust where it comes from:</source>
        <translation>контейнер получил бы власть над этим компьютером; ничего не изменено. Для каждого пункта нужен свой параметр — указывайте его, только если доверяете источнику:</translation>
    </message>
    <message>
        <location line="+51" />
        <source>--run-args: %1</source>
        <translation>--run-args: %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/cli.cpp" line="-21" />
        <source>berthctl: warning: %1 is plain TCP: anyone on the way can read it, and anyone who reaches the port is root on that machine.</source>
        <translation>berthctl: внимание: %1 — простой TCP: любой на пути может его читать, а любой, кто доберётся до порта, получает root на том компьютере.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>berthctl: warning: the certificate of %1 is not checked (SkipTLSVerify, or DOCKER_TLS_VERIFY unset): another machine could pretend to be it.</source>
        <translation>berthctl: внимание: сертификат %1 не проверяется (SkipTLSVerify или не задан DOCKER_TLS_VERIFY): другой компьютер может выдать себя за него.</translation>
    </message>
    <message>
        <location filename="../../src/cli/migratecommands.cpp" line="+49" />
        <source>migrate: unknown subcommand '%1'. Try: berthctl --help</source>
        <translation>migrate: неизвестная подкоманда «%1». См.: berthctl --help</translation>
    </message>
    <message>
        <location filename="../../src/cli/volumecommands.cpp" line="+25" />
        <source>volume: unknown subcommand '%1'. Try: berthctl volume ls</source>
        <translation>volume: неизвестная подкоманда «%1». Попробуйте: berthctl volume ls</translation>
    </message>
    <message>
        <location filename="../../src/cli/contextcommands.cpp" line="+20" />
        <source>usage: berthctl context ls [--format json] [-q] | use NAME | create NAME --docker host=URL[,ca=FILE,cert=FILE,key=FILE,skip-tls-verify=true] [--description TEXT] | rm [-f] NAME… | inspect NAME…</source>
        <translation>использование: berthctl context ls [--format json] [-q] | use ИМЯ | create ИМЯ --docker host=URL[,ca=ФАЙЛ,cert=ФАЙЛ,key=ФАЙЛ,skip-tls-verify=true] [--description ТЕКСТ] | rm [-f] ИМЯ… | inspect ИМЯ…</translation>
    </message>
    <message>
        <location line="+58" />
        <source>Current context is now "%1"</source>
        <translation>Текущий контекст теперь «%1»</translation>
    </message>
    <message>
        <location line="+25" />
        <source>unknown key '%1' in --docker: host, ca, cert, key or skip-tls-verify</source>
        <translation>неизвестный ключ «%1» в --docker: host, ca, cert, key или skip-tls-verify</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Successfully created context "%1"</source>
        <translation>Контекст «%1» создан</translation>
    </message>
    <message>
        <location line="+18" />
        <location filename="../../src/cli/main.cpp" line="+263" />
        <source>There is no context named %1 (docker context ls lists them).</source>
        <translation>Контекста %1 нет (список покажет docker context ls).</translation>
    </message>
    <message>
        <location filename="../../src/cli/volumecommands.cpp" line="+36" />
        <source>volume verify takes one file: berthctl volume verify FILE</source>
        <translation>volume verify принимает один файл: berthctl volume verify ФАЙЛ</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: can be restored.</source>
        <translation>%1: можно восстанавливать.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>checksum: %1</source>
        <translation>контрольная сумма: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>matches %1.sha256</source>
        <translation>совпадает с %1.sha256</translation>
    </message>
    <message>
        <location line="+1" />
        <source>none beside it (nothing to compare with)</source>
        <translation>рядом нет (сравнивать не с чем)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>compression: %1</source>
        <translation>сжатие: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 files (%2), %3 folders, %4 links</source>
        <translation>файлов: %1 (%2), папок: %3, ссылок: %4</translation>
    </message>
    <message>
        <location line="+6" />
        <source>at the top: %1</source>
        <translation>в корне: %1</translation>
    </message>
    <message>
        <location line="+25" />
        <source>%1 link to %2</source>
        <translation>%1 — жёсткая ссылка на %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(refused: outside the volume; a restore refuses this backup)</source>
        <translation>(отклонено: за пределами тома; восстановление этой резервной копии будет отклонено)</translation>
    </message>
    <message>
        <location filename="../../src/cli/containercommands.cpp" line="+97" />
        <source>logs takes one container, not '%1' too</source>
        <translation>logs принимает один контейнер, а не ещё и «%1»</translation>
    </message>
    <message>
        <location line="+9" />
        <source>logs needs a container name or id: berthctl logs CONTAINER</source>
        <translation>для logs нужно имя или идентификатор контейнера: berthctl logs КОНТЕЙНЕР</translation>
    </message>
    <message>
        <location line="+5" />
        <location filename="../../src/cli/projectcommands.cpp" line="+260" />
        <source>--tail takes a number of lines or 'all', not '%1'</source>
        <translation>--tail принимает число строк или «all», а не «%1»</translation>
    </message>
    <message>
        <location line="+155" />
        <source>%1 is not running: start it first (berthctl cannot exec in a stopped container).</source>
        <translation>%1 не запущен: сначала запустите его (berthctl не выполняет команды в остановленном контейнере).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>usage: berthctl run [-d] [OPTIONS] IMAGE [COMMAND] [ARG…] (docker run's options; the container runs detached)</source>
        <translation>использование: berthctl run [-d] [ПАРАМЕТРЫ] ОБРАЗ [КОМАНДА] [АРГ…] (параметры docker run; контейнер работает в фоне)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>berthctl run starts a container detached (-d); for a shell in it, run it, then berthctl exec -it NAME sh.</source>
        <translation>berthctl run запускает контейнер в фоне (-d); чтобы открыть в нём оболочку, запустите его, затем berthctl exec -it ИМЯ sh.</translation>
    </message>
    <message>
        <location filename="../../src/cli/main.cpp" line="-239" />
        <source>Usage: berthctl [--host unix:///path/to/docker.sock] COMMAND

Commands:
</source>
        <translation>Использование: berthctl [--host unix:///путь/к/docker.sock] КОМАНДА

Команды:
</translation>
    </message>
    <message>
        <location line="+5" />
        <source>  version                     show the engine Berth talks to
  ps [-a] [--format json]     list containers (running only, or all with -a)
  run [-d] [OPTIONS] IMAGE [COMMAND] [ARG…]
                              create and start a container, detached, with docker run's
                              options (-p, -v, -e, --name, --restart …); a missing image is
                              pulled first. Prints its id
</source>
        <translation>  version                     показать движок, с которым говорит Berth
  ps [-a] [--format json]     список контейнеров (работающих или, с -a, всех)
  run [-d] [ПАРАМЕТРЫ] ОБРАЗ [КОМАНДА] [АРГ…]
                              создать и запустить контейнер в фоне с параметрами docker run
                              (-p, -v, -e, --name, --restart …); отсутствующий образ сначала
                              скачивается. Печатает его id
</translation>
    </message>
    <message>
        <location line="+8" />
        <source>  images [--format json]      list images
  build [-t TAG]… [-f FILE] [--build-arg KEY=VALUE]… [--target STAGE] [--no-cache] [--pull]
        [-q] [--network MODE] DIR
                              build an image from DIR and its Dockerfile with the classic
                              builder, as DOCKER_BUILDKIT=0 docker build: DIR sent as it is
                              read (.dockerignore applies), the build's output live, the
                              image's id last. Ctrl+C stops it and removes what it made
</source>
        <translation>  images [--format json]      список образов
  build [-t ТЕГ]… [-f ФАЙЛ] [--build-arg КЛЮЧ=ЗНАЧЕНИЕ]… [--target ЭТАП] [--no-cache] [--pull]
        [-q] [--network РЕЖИМ] ПАПКА
                              собрать образ из ПАПКИ и её Dockerfile классическим сборщиком,
                              как DOCKER_BUILDKIT=0 docker build: ПАПКА отправляется по мере
                              чтения (с учётом .dockerignore), вывод сборки идёт сразу,
                              последним — id образа. Ctrl+C останавливает её и удаляет сделанное
</translation>
    </message>
    <message>
        <location line="+9" />
        <source>  volume ls [--format json]   list volumes
  volume backup VOLUME [-o FILE] [--pause-containers|--stop-containers]
                              the volume to FILE (default VOLUME-YYYYMMDD-HHMMSS.tar.gz here),
                              with FILE.sha256 beside it; restores with tar -xzf too. The
                              containers using it can be paused or stopped meanwhile (a live
                              database may otherwise give an inconsistent copy)
  volume restore FILE VOLUME [--replace|--merge] [--allow-devices] [--only PATH]…
                              FILE (.tar, .tar.gz, .tgz, .tar.bz2, .tar.xz, .tar.zst) into
                              VOLUME, made if missing; checked first. A volume with data is
                              refused unless --replace (its contents are backed up first) or
                              --merge; device nodes only with --allow-devices. With --only,
                              just that file or folder (with everything under it), each
                              PATH checked against FILE before anything changes
  volume cp [-a] [-L] VOLUME:SRC DEST|-  and  volume cp [-a] [-L] SRC|- VOLUME:DEST
                              as cp, for a volume (through a helper container that is
                              never started and goes at the end)
  volume verify FILE          check a volume backup before restoring it: its .sha256, every
                              path inside the volume, the data whole; what it holds
  volume ls-backup FILE [PATH] [--format json]
                              what a volume backup holds, as ls -l: the top, or PATH's
                              entries; read from FILE, no engine needed
</source>
        <translation>  volume ls [--format json]   список томов
  volume backup VOLUME [-o FILE] [--pause-containers|--stop-containers]
                              том в ФАЙЛ (по умолчанию ТОМ-ГГГГММДД-ЧЧММСС.tar.gz здесь)
                              и ФАЙЛ.sha256 рядом; восстанавливается и через tar -xzf.
                              Контейнеры, которые его используют, можно на это время
                              приостановить или остановить (иначе живая база данных может
                              дать несогласованную копию)
  volume restore FILE VOLUME [--replace|--merge] [--allow-devices] [--only PATH]…
                              ФАЙЛ (.tar, .tar.gz, .tgz, .tar.bz2, .tar.xz, .tar.zst) в ТОМ,
                              который создаётся, если его нет; сначала всё проверяется. Том с
                              данными не трогается без --replace (его содержимое сначала
                              сохраняется) или --merge; файлы устройств — только с --allow-devices.
                              С --only — только этот файл или папка (со всем, что в ней); каждый
                              PATH сверяется с ФАЙЛОМ до каких-либо изменений
  volume cp [-a] [-L] VOLUME:SRC DEST|-  и  volume cp [-a] [-L] SRC|- VOLUME:DEST
                              как cp, но для тома (через вспомогательный контейнер, который
                              не запускается и удаляется в конце)
  volume verify FILE          проверить резервную копию тома перед восстановлением: её .sha256,
                              что все пути внутри тома, что данные целы; что в ней
  volume ls-backup FILE [PATH] [--format json]
                              что в резервной копии тома, как ls -l: верхний уровень или
                              содержимое PATH; читается из ФАЙЛА, движок не нужен
</translation>
    </message>
    <message>
        <location line="+23" />
        <source>  network ls [-q] [--no-trunc] [-f|--filter KEY=VALUE]… [--format json]
                              list networks, as docker network ls (filters: name, id,
                              driver, label, scope, type, dangling)
  network inspect NETWORK…    the engine's description of each, as docker network inspect
  network create [-d DRIVER] [--subnet CIDR] [--gateway IP] [--internal] [--attachable]
                 [--ipv6] [--label K=V]… [-o K=V]… NAME
                              make a network; prints its id
  network rm [-f] NETWORK…    remove networks; one in use is refused, naming its containers
  network prune [-f] [--filter label=KEY[=VALUE]]…
                              remove the networks no container uses, listing them first and
                              asking (not with -f)
  network connect [--alias ALIAS]… NETWORK CONTAINER
  network disconnect [-f] NETWORK CONTAINER
                              attach a container to a network (with names it is known by
                              there), or detach it
</source>
        <translation>  network ls [-q] [--no-trunc] [-f|--filter KEY=VALUE]… [--format json]
                              список сетей, как docker network ls (фильтры: name, id,
                              driver, label, scope, type, dangling)
  network inspect NETWORK…    описание каждой сети от движка, как docker network inspect
  network create [-d DRIVER] [--subnet CIDR] [--gateway IP] [--internal] [--attachable]
                 [--ipv6] [--label K=V]… [-o K=V]… NAME
                              создать сеть; печатает её id
  network rm [-f] NETWORK…    удалить сети; используемая сеть не удаляется, и названы
                              её контейнеры
  network prune [-f] [--filter label=KEY[=VALUE]]…
                              удалить сети, которые не использует ни один контейнер: сначала
                              список и вопрос (с -f без вопроса)
  network connect [--alias ALIAS]… NETWORK CONTAINER
  network disconnect [-f] NETWORK CONTAINER
                              подключить контейнер к сети (с именами, под которыми его там
                              знают) или отключить его
</translation>
    </message>
    <message>
        <location line="+17" />
        <source>  migrate export CONTAINER -o DIR [--pause|--stop|--live] [--include-binds]
                              the container (committed, paused meanwhile by default), its
                              image and its volumes (and with --include-binds the folders of
                              this machine it mounts) to a bundle folder, checksums in
                              DIR/manifest.json
  migrate import DIR [--name NEW] [--start] [--on-conflict rename|replace|skip]
                 [--volume-map OLD=NEW]… [--port-map OLD=NEW]… [--bind-map /OLD=/NEW]…
                              the bundle onto this engine, every file checked first;
                              nothing that exists is overwritten without an option saying so
  migrate import --image FILE [--volume FILE:NAME:/path]… --name NAME [--run-args ARGS]
                              the manual procedure's files (docker save, tar -czf) as one
                              container; ARGS are docker run's options (-p, -e, --restart …)
  migrate transfer CONTAINER --to URL [--name NEW] [--start] [--on-conflict …]
                 [--volume-map OLD=NEW]…
                              the container with its image and volumes straight into the
                              engine at URL (unix:///path/to/docker.sock, ssh://USER@HOST,
                              tcp://HOST:2376), nothing on disk
    migrate import and transfer apply powers over this machine only with their option:
      --allow-privileged        privileged mode
      --allow-capabilities      added kernel capabilities (CapAdd)
      --allow-devices           devices of this machine (--device, --gpus)
      --allow-host-namespaces   this machine's or another container's network, PID, IPC,
                                UTS, user or cgroup namespace (--network host …)
      --allow-security-options  seccomp, AppArmor, SELinux changes (--security-opt)
      --allow-sysctls           kernel parameters (--sysctl)
      --allow-host-folders      folders of this machine beyond the bundle's (-v /path:…)
      --allow-runtime           another runtime or cgroup parent
                              without one, each power asked for is named and nothing changes
</source>
        <translation>  migrate export CONTAINER -o DIR [--pause|--stop|--live] [--include-binds]
                              контейнер (через commit, по умолчанию приостановленный на это
                              время), его образ и тома (а с --include-binds и папки этого
                              компьютера, которые он подключает) — в папку-пакет, контрольные
                              суммы в DIR/manifest.json
  migrate import DIR [--name NEW] [--start] [--on-conflict rename|replace|skip]
                 [--volume-map OLD=NEW]… [--port-map OLD=NEW]… [--bind-map /OLD=/NEW]…
                              пакет — на этот движок, сначала проверяется каждый файл; то, что
                              уже есть, перезаписывается только с явным параметром
  migrate import --image FILE [--volume FILE:NAME:/path]… --name NAME [--run-args ARGS]
                              файлы ручного способа (docker save, tar -czf) — как один
                              контейнер; ARGS — параметры docker run (-p, -e, --restart …)
  migrate transfer CONTAINER --to URL [--name NEW] [--start] [--on-conflict …]
                 [--volume-map OLD=NEW]…
                              контейнер с образом и томами — прямо в движок по адресу URL
                              (unix:///путь/к/docker.sock, ssh://ПОЛЬЗОВАТЕЛЬ@ХОСТ,
                              tcp://ХОСТ:2376), без файлов на диске
    migrate import и transfer дают власть над этим компьютером только с параметром:
      --allow-privileged        привилегированный режим
      --allow-capabilities      добавленные возможности ядра (CapAdd)
      --allow-devices           устройства этого компьютера (--device, --gpus)
      --allow-host-namespaces   сеть, PID, IPC, UTS, пользователи или cgroup этого
                                компьютера или другого контейнера (--network host …)
      --allow-security-options  изменения seccomp, AppArmor, SELinux (--security-opt)
      --allow-sysctls           параметры ядра (--sysctl)
      --allow-host-folders      папки этого компьютера сверх папок пакета (-v /путь:…)
      --allow-runtime           другая среда выполнения или родительская cgroup
                              без параметра каждый запрос назван, и ничего не меняется
</translation>
    </message>
    <message>
        <location line="+30" />
        <source>  context ls|use NAME|create NAME --docker host=URL[,ca=,cert=,key=]|rm NAME|inspect NAME
                              the docker CLI's contexts, read and written as it does
</source>
        <translation>  context ls|use NAME|create NAME --docker host=URL[,ca=,cert=,key=]|rm NAME|inspect NAME
                              контексты docker CLI: читаются и пишутся так же, как он это делает
</translation>
    </message>
    <message>
        <location line="+4" />
        <source>  cleanup                     remove what an interrupted Berth left on the engine: helper
                              containers, a volume an unfinished restore made, what an
                              unfinished import made (Berth does this at each connection)
</source>
        <translation>  cleanup                     убрать то, что прерванный Berth оставил на движке:
                              вспомогательные контейнеры, том незавершённого восстановления,
                              созданное незавершённым импортом (Berth делает это при каждом
                              подключении)
</translation>
    </message>
    <message>
        <location line="+5" />
        <source>  login [-u USER] [-p PASSWORD | --password-stdin] [SERVER]
                              sign in to a registry (Docker Hub without SERVER), checked
                              by the engine, kept as the docker CLI keeps it (config.json's
                              credential helper, or config.json itself, with a warning)
  logout [SERVER]             remove the sign-in for a registry
  pull NAME[:TAG|@DIGEST]     pull an image, signed in to its registry when you are
  push NAME[:TAG]             push an image to the registry its name starts with
</source>
        <translation>  login [-u USER] [-p PASSWORD | --password-stdin] [SERVER]
                              войти в реестр (Docker Hub без SERVER); вход проверяет
                              движок, хранится он как у docker CLI (помощник учётных данных
                              из config.json или сам config.json, с предупреждением)
  logout [SERVER]             удалить вход в реестр
  pull NAME[:TAG|@DIGEST]     скачать образ, со входом в его реестр, если он есть
  push NAME[:TAG]             отправить образ в реестр, с которого начинается его имя
</translation>
    </message>
    <message>
        <location line="+9" />
        <source>  logs [-f] [-n|--tail N] [--since T] [--until T] [-t|--timestamps] CONTAINER
                              a container's output, stdout to stdout and stderr to stderr
  exec [-i] [-t] [-e KEY=VALUE] [-u USER] [-w DIR] CONTAINER COMMAND [ARG…]
                              run a command in a running container; -it for a shell. Exits
                              with the command's exit code
  cp [-a] [-L] CONTAINER:SRC DEST|-  and  cp [-a] [-L] SRC|- CONTAINER:DEST
                              copy files and folders as docker cp: SRC/. copies a folder's
                              contents, '-' is a tar on stdout or stdin, -a keeps owners,
                              -L follows a link in SRC; a copy cut short leaves nothing here
  stats [--no-stream] [-a] [CONTAINER…]
                              CPU, memory, network and disk of the running containers, live
                              (once with --no-stream)

</source>
        <translation>  logs [-f] [-n|--tail N] [--since T] [--until T] [-t|--timestamps] CONTAINER
                              вывод контейнера: stdout в stdout, stderr в stderr
  exec [-i] [-t] [-e KEY=VALUE] [-u USER] [-w DIR] CONTAINER COMMAND [ARG…]
                              выполнить команду в работающем контейнере; -it — для оболочки.
                              Код выхода — код команды
  cp [-a] [-L] CONTAINER:SRC DEST|-  и  cp [-a] [-L] SRC|- CONTAINER:DEST
                              копировать файлы и папки как docker cp: SRC/. копирует
                              содержимое папки, «-» — tar в stdout или из stdin, -a сохраняет
                              владельцев, -L следует по ссылке в SRC; прерванное копирование
                              ничего здесь не оставляет
  stats [--no-stream] [-a] [CONTAINER…]
                              процессор, память, сеть и диск работающих контейнеров, вживую
                              (один раз с --no-stream)

</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Compose projects (the containers with the same com.docker.compose.project label):
  project ls [-a] [-q] [--format json]
                              the projects, as docker compose ls (running ones; -a all)
  project start|stop|restart|pause|unpause PROJECT
                              the verb on every container of the project, started in the
                              order their depends_on labels give and stopped the other way
  project rm [-f] [-v] PROJECT
                              stop and remove the project's containers and networks, as
                              docker compose down, after asking (not with -f); its volumes
                              only with -v
  project logs [-f] [-n|--tail N] [--since T] [--until T] [-t] [--no-color] PROJECT [SERVICE…]
                              the containers' output merged as docker compose logs: each
                              line after its container's name ("web-1  | …"), coloured on
                              a terminal
  project up [-f FILE]… [-p PROJECT]   and   project down [-f FILE]… [-p PROJECT] [-v]
                              run the compose tool of this machine (the docker compose plugin
                              or docker-compose) against this engine: up -d, or down

</source>
        <translation>Проекты Compose (контейнеры с одной и той же меткой com.docker.compose.project):
  project ls [-a] [-q] [--format json]
                              проекты, как docker compose ls (работающие; -a — все)
  project start|stop|restart|pause|unpause PROJECT
                              действие над каждым контейнером проекта: запуск в порядке
                              их меток depends_on, остановка в обратном
  project rm [-f] [-v] PROJECT
                              остановить и удалить контейнеры и сети проекта, как
                              docker compose down, спросив (не с -f); его тома — только
                              с -v
  project logs [-f] [-n|--tail N] [--since T] [--until T] [-t] [--no-color] PROJECT [SERVICE…]
                              вывод контейнеров вместе, как docker compose logs: каждая
                              строка после имени своего контейнера («web-1  | …»), в цвете
                              в терминале
  project up [-f FILE]… [-p PROJECT]   и   project down [-f FILE]… [-p PROJECT] [-v]
                              запустить средство compose этой машины (дополнение docker
                              compose или docker-compose) на этом движке: up -d или down

</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Options:
  -H, --host URL   the engine, as docker's -H: unix:///path/to/docker.sock,
                   ssh://[USER@]HOST[:PORT][/path/to/docker.sock] (the docker CLI there
                   relays; your ssh keys and config apply, BERTH_SSH_COMMAND replaces ssh),
                   tcp://HOST:2376 with TLS (DOCKER_TLS_VERIFY, DOCKER_CERT_PATH)
                   (default: DOCKER_HOST, the docker context, then the usual sockets)
  -c, --context NAME  the engine of a docker context (berthctl context ls)
  --version        print Berth's version
  -h, --help       this help
</source>
        <translation>Параметры:
  -H, --host URL   движок, как -H у docker: unix:///путь/к/docker.sock,
                   ssh://[ПОЛЬЗОВАТЕЛЬ@]ХОСТ[:ПОРТ][/путь/к/docker.sock] (передаёт docker CLI
                   там; действуют ваши ключи и настройки ssh, BERTH_SSH_COMMAND заменяет ssh),
                   tcp://ХОСТ:2376 с TLS (DOCKER_TLS_VERIFY, DOCKER_CERT_PATH)
                   (по умолчанию: DOCKER_HOST, контекст docker, затем обычные сокеты)
  -c, --context NAME  движок контекста docker (berthctl context ls)
  --version        показать версию Berth
  -h, --help       эта справка
</translation>
    </message>
    <message>
        <location line="+11" />
        <source>
Disk use:
  system df [-v] [--format json]
                              the engine's disk use as docker system df prints it: images,
                              containers, local volumes and build cache, with what removing
                              the unused ones frees; -v lists every item
</source>
        <translation>
Место на диске:
  system df [-v] [--format json]
                              место, занятое движком, как его печатает docker system df:
                              образы, контейнеры, локальные тома и кэш сборки и сколько
                              освободит удаление неиспользуемых; -v перечисляет всё
</translation>
    </message>
    <message>
        <location line="+72" />
        <source>unknown command '%1'. Try: berthctl --help</source>
        <translation>неизвестная команда «%1». Попробуйте: berthctl --help</translation>
    </message>
    <message>
        <location line="+5" />
        <source>conflicting options: either specify --host or --context, not both</source>
        <translation>противоречащие параметры: укажите либо --host, либо --context, но не оба</translation>
    </message>
    <message>
        <location filename="../../src/cli/options.cpp" line="+75" />
        <source>%1 needs a value. Usage: %2</source>
        <translation>%1 требует значения. Использование: %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 takes no value. Usage: %2</source>
        <translation>%1 не принимает значения. Использование: %2</translation>
    </message>
    <message>
        <location line="+52" />
        <source>unknown option '%1'. Usage: %2</source>
        <translation>неизвестный параметр «%1». Использование: %2</translation>
    </message>
    <message>
        <location line="+11" />
        <source>usage: %1</source>
        <translation>использование: %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/filecommands.cpp" line="+64" />
        <location filename="../../src/cli/registrycommands.cpp" line="+49" />
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 copied</source>
        <translation>скопировано %1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Neither the source nor the destination can be empty.</source>
        <translation>Ни источник, ни место назначения не могут быть пустыми.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Copying between volumes is not supported.</source>
        <translation>Копирование между томами не поддерживается.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copying between containers is not supported.</source>
        <translation>Копирование между контейнерами не поддерживается.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>One side must be a volume: VOLUME:PATH.</source>
        <translation>Одна из сторон должна быть томом: ТОМ:ПУТЬ.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>One side must be a container: CONTAINER:PATH.</source>
        <translation>Одна из сторон должна быть контейнером: КОНТЕЙНЕР:ПУТЬ.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Successfully copied %1 to %2</source>
        <translation>Скопировано %1 в %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/networkcommands.cpp" line="-205" />
        <source>bad format of filter (expected name=value): %1</source>
        <translation>неверный фильтр (нужно имя=значение): %1</translation>
    </message>
    <message>
        <location line="+169" />
        <source>every ip-range or gateway must have a corresponding subnet</source>
        <translation>для каждого диапазона адресов или шлюза нужна своя подсеть</translation>
    </message>
    <message>
        <location line="+79" />
        <source>network prune takes --filter label=KEY[=VALUE] only, not '%1'</source>
        <translation>network prune принимает только --filter label=КЛЮЧ[=ЗНАЧЕНИЕ], а не «%1»</translation>
    </message>
    <message>
        <location line="+16" />
        <source>WARNING! These networks, which no container uses, will be removed:</source>
        <translation>ВНИМАНИЕ! Будут удалены эти сети, которые не использует ни один контейнер:</translation>
    </message>
    <message>
        <location line="+3" />
        <location filename="../../src/cli/projectcommands.cpp" line="-39" />
        <source>Are you sure you want to continue? [y/N] </source>
        <translation>Продолжить? [y/N] </translation>
    </message>
    <message>
        <location line="+70" />
        <source>network: unknown subcommand '%1'. Try: berthctl network ls</source>
        <translation>network: неизвестная подкоманда «%1». Попробуйте: berthctl network ls</translation>
    </message>
    <message>
        <location filename="../../src/cli/imagecommands.cpp" line="+119" />
        <source>Sending build context: %1 of %2</source>
        <translation>Отправка контекста сборки: %1 из %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/projectcommands.cpp" line="-163" />
        <source>no container found for project "%1" (berthctl project ls -a lists the projects)</source>
        <translation>не найдено контейнеров проекта «%1» (berthctl project ls -a перечисляет проекты)</translation>
    </message>
    <message>
        <location line="+149" />
        <source>Going to remove these containers (stopped first): %1</source>
        <translation>Будут удалены эти контейнеры (сначала остановлены): %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>and these networks: %1</source>
        <translation>и эти сети: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>and these volumes, with the data in them, and the containers' anonymous volumes: %1</source>
        <translation>и эти тома вместе с данными в них, а также анонимные тома контейнеров: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(no named volumes)</source>
        <translation>(именованных томов нет)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Volumes are kept (-v removes them).</source>
        <translation>Тома сохраняются (-v удаляет и их).</translation>
    </message>
    <message>
        <location line="+56" />
        <source>no such service: %1</source>
        <translation>нет такого сервиса: %1</translation>
    </message>
    <message>
        <location line="+54" />
        <source>%1: no such compose file</source>
        <translation>%1: нет такого файла compose</translation>
    </message>
    <message>
        <location line="+22" />
        <source>%1 could not be started: %2</source>
        <translation>Не удалось запустить %1: %2</translation>
    </message>
    <message>
        <location line="+29" />
        <source>project: unknown subcommand '%1'. Try: berthctl project ls</source>
        <translation>project: неизвестная подкоманда «%1». Попробуйте: berthctl project ls</translation>
    </message>
    <message>
        <location filename="../../src/cli/registrycommands.cpp" line="+15" />
        <source>--password and --password-stdin are mutually exclusive</source>
        <translation>--password и --password-stdin нельзя указывать вместе</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Must provide --username with --password-stdin</source>
        <translation>С --password-stdin нужно указать --username</translation>
    </message>
    <message>
        <location line="+3" />
        <source>WARNING! Using --password via the CLI is insecure. Use --password-stdin.</source>
        <translation>ВНИМАНИЕ! Передавать --password в командной строке небезопасно. Используйте --password-stdin.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Cannot read the password from standard input.</source>
        <translation>Не удаётся прочитать пароль со стандартного ввода.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Authenticating with existing credentials...</source>
        <translation>Вход с сохранёнными учётными данными...</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Cannot perform an interactive login from a non TTY device</source>
        <translation>Интерактивный вход невозможен не с терминала</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Username is required</source>
        <translation>Нужно имя пользователя</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Password is required</source>
        <translation>Нужен пароль</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Error saving credentials: %1</source>
        <translation>Ошибка сохранения учётных данных: %1</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Not logged in to %1</source>
        <translation>Вход в %1 не выполнен</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Removing login credentials for %1</source>
        <translation>Удаляю учётные данные входа в %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/systemcommands.cpp" line="+81" />
        <source>unknown command 'system %1'. Try: berthctl system df</source>
        <translation>неизвестная команда «system %1». Попробуйте: berthctl system df</translation>
    </message>
</context>
</TS>
